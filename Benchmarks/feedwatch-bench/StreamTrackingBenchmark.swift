import FeedCore
import FeedEvaluation
import Foundation

/// The development evaluation: WikiRef's and ECB+'s events tracked all at once inside the rss-2023
/// stream, in every text mode and with 1, 2 and 4 seed articles per event, once with the shipped
/// fixed threshold and once with each story's threshold scaled by how its scores spread over the
/// stream (`scaled_threshold: true`). Per corpus, mode and seed count: P_miss, P_FA, C_norm and the near-miss rate at
/// the default threshold. Then one threshold per model chosen on ECB+ (least C_norm averaged over
/// every mode and seed count) and reported on WikiRef, so the figures say how a setting generalises.
struct StreamTrackingBenchmark {
    let background: Int?
    let seedCounts: [Int]
    static let thresholds = stride(from: 0.03, through: 0.301, by: 0.01).map { $0 }

    func run() async throws {
        let wikiref = WikiRefCorpus.labelled(try WikiRefCorpus.load(folder: "../shared/corpus/wikiref/WikiRef220"))
        let ecbplus = try ECBPlusCorpus.load(folder: "../shared/corpus/ecbplus/ECB+")
        let stream = "../shared/corpus/rss-2023/stream.jsonl.gz"
        let hits = try BackgroundStream.topicHits(path: "../shared/corpus/rss-2023/wikiref-topic-hits.tsv")
        let entries = try BackgroundStream.load(path: stream, excluding: hits, limit: background)
        print("stream tracking: \(entries.count) rss-2023 entries around WikiRef220 (\(wikiref.count) articles) and ECB+ (\(ecbplus.count))")
        for scaled in [false, true] {
            var settings = AnalysisSettings()
            settings.scaledThreshold = scaled
            print("\(scaled ? "scaled threshold (scaled_threshold: true)" : "fixed threshold (the default)"), \(settings.relatedThreshold):")
            print("corpus    mode                        seeds events items   P_miss  P_FA     C_norm  near-miss  best threshold  C_norm there")
            var reports: [(corpus: String, report: StreamTracking.Report)] = []
            for mode in TextMode.allCases {
                for seeds in seedCounts {
                    for (name, articles) in [("WikiRef", wikiref), ("ECB+", ecbplus)] {
                        let started = ContinuousClock.now
                        let report = await StreamTracking(settings: settings).run(
                            corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds)
                        reports.append((name, report))
                        print(Self.row(name, report, threshold: settings.relatedThreshold) + String(format: "   (%.0f s)", (ContinuousClock.now - started).seconds))
                    }
                }
            }
            Self.printTransfer(reports)
        }
        try await printJudging(wikiref: wikiref, ecbplus: ecbplus, entries: entries)
    }

    /// Relevance feedback: an analyst judges every alert of the stream's first two days in 21 (the
    /// first tenth), and the rest of the stream is scored with and without what the stories learnt.
    private func printJudging(wikiref: [LabelledArticle], ecbplus: [LabelledArticle], entries: [LabelledArticle]) async throws {
        let settings = AnalysisSettings()
        let judged = 2.0 / 21
        print(String(format: "judging the alerts of the stream's first %.0f %% (two days in three weeks); the rest scored at %.2f:", judged * 100, settings.relatedThreshold))
        print("corpus    mode                        seeds   C_norm unjudged  judged   P_miss unjudged  judged   P_FA unjudged  judged    near-miss unjudged  judged")
        for mode in TextMode.allCases {
            for seeds in seedCounts {
                for (name, articles) in [("WikiRef", wikiref), ("ECB+", ecbplus)] {
                    let tracking = StreamTracking(settings: settings)
                    let plain = await tracking.run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds, scoredAfter: judged)
                    let taught = await tracking.run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds, scoredAfter: judged, judging: true)
                    let (before, after) = (plain.cost(at: settings.relatedThreshold), taught.cost(at: settings.relatedThreshold))
                    let nearMiss = { (report: StreamTracking.Report) in
                        report.nearMissRate(at: settings.relatedThreshold).map { String(format: "%.3f", $0) } ?? "  –  "
                    }
                    print(
                        name.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + mode.rawValue.padding(toLength: 27, withPad: " ", startingAt: 0)
                            + String(
                                format: " %5d   %.3f            %.3f    %.3f            %.3f    %.5f        %.5f   ", seeds, before.normalised,
                                after.normalised, before.missRate, after.missRate, before.falseAlarmRate, after.falseAlarmRate)
                            + nearMiss(plain) + "              " + nearMiss(taught))
                }
            }
        }
    }

    private static func row(_ corpus: String, _ report: StreamTracking.Report, threshold: Double) -> String {
        let cost = report.cost(at: threshold)
        let best = report.bestThreshold(among: thresholds)
        let nearMiss = report.nearMissRate(at: threshold).map { String(format: "%.3f", $0) } ?? "  –  "
        return corpus.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + report.mode.rawValue.padding(toLength: 27, withPad: " ", startingAt: 0)
            + String(
                format: " %5d %6d %6d   %.3f   %.5f  %.3f   ", report.seedsPerEvent, report.events.count, report.streamItems, cost.missRate,
                cost.falseAlarmRate, cost.normalised)
            + nearMiss + String(format: "      %.2f            %.3f", best, report.cost(at: best).normalised)
    }

    /// The threshold of least C_norm over all of ECB+'s runs, and every WikiRef run at it.
    private static func printTransfer(_ reports: [(corpus: String, report: StreamTracking.Report)]) {
        func mean(_ corpus: String, at threshold: Double) -> Double {
            let costs = reports.filter { $0.corpus == corpus }.map { $0.report.cost(at: threshold).normalised }
            return costs.reduce(0, +) / Double(max(costs.count, 1))
        }
        guard let chosen = thresholds.min(by: { mean("ECB+", at: $0) < mean("ECB+", at: $1) }) else { return }
        let wikiBest = thresholds.min { mean("WikiRef", at: $0) < mean("WikiRef", at: $1) } ?? chosen
        print(String(
            format: "one threshold for every mode and seed count, chosen on ECB+: %.2f (ECB+ mean C_norm %.3f); on WikiRef it gives %.3f (WikiRef's own best, %.2f: %.3f)",
            chosen, mean("ECB+", at: chosen), mean("WikiRef", at: chosen), wikiBest, mean("WikiRef", at: wikiBest)))
        for (corpus, report) in reports where corpus == "WikiRef" {
            print("  WikiRef " + report.mode.rawValue + String(
                format: ", seeds %d, at %.2f: C_norm %.3f", report.seedsPerEvent, chosen, report.cost(at: chosen).normalised))
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
