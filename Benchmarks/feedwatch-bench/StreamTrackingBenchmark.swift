import FeedCore
import FeedEvaluation
import Foundation

/// The development evaluation: WikiRef's and ECB+'s events tracked all at once inside the rss-2023
/// stream, in every text mode and with 1, 2 and 4 seed articles per event. Per corpus, mode and
/// seed count: P_miss, P_FA, C_norm and the near-miss rate at the default threshold for that many
/// seeds, beside C_norm at one threshold for every story (the model before seed-count defaults).
/// Then one threshold chosen on ECB+ and reported on WikiRef, so the figures say how a setting
/// generalises; then what judging the first alerts changes.
struct StreamTrackingBenchmark {
    let background: Int?
    let seedCounts: [Int]
    /// Whether to compare adaptive stories with static ones instead.
    let adaptive: Bool
    /// Whether to measure only what judging the first alerts changes.
    let judgingOnly: Bool
    /// Whether each story's seeds arrive in the stream's text mode (a story seeded with headlines).
    let seedsAsItems: Bool
    /// Whether the baseline leaves dates out (`CentroidBaseline.run`).
    let baselineWithoutDates: Bool
    static let thresholds = stride(from: 0.03, through: 0.201, by: 0.01).map { $0 }
    /// One corpus, mode and seed count: feedwatch's report and the baseline's.
    private typealias CorpusRun = (corpus: String, report: StreamTracking.Report, baseline: StreamTracking.Report)

    func run() async throws {
        let wikiref = WikiRefCorpus.labelled(try WikiRefCorpus.load(folder: "../shared/corpus/wikiref/WikiRef220"))
        let ecbplus = try ECBPlusCorpus.load(folder: "../shared/corpus/ecbplus/ECB+")
        let stream = "../shared/corpus/rss-2023/stream.jsonl.gz"
        let hits = try BackgroundStream.topicHits(path: "../shared/corpus/rss-2023/wikiref-topic-hits.tsv")
        let entries = try BackgroundStream.load(path: stream, excluding: hits, limit: background)
        print("stream tracking: \(entries.count) rss-2023 entries around WikiRef220 (\(wikiref.count) articles) and ECB+ (\(ecbplus.count))")
        if adaptive || judgingOnly {
            try await adaptive ? printAdaptive(wikiref: wikiref, ecbplus: ecbplus, entries: entries)
                : printJudging(wikiref: wikiref, ecbplus: ecbplus, entries: entries)
            return
        }
        let settings = AnalysisSettings()
        print(String(
            format: "default thresholds (%.2f for 1 seed, %.2f for 2, %.2f for 4%@) beside one threshold %.2f for every story:",
            settings.relatedThreshold(seeds: 1), settings.relatedThreshold(seeds: 2), settings.relatedThreshold(seeds: 4),
            seedsAsItems ? "; teaser seeds a step lower, and the seed count's threshold stands for theirs" : "", settings.relatedThreshold))
        print("corpus    mode                        seeds events items   P_miss  P_FA     C_norm  near-miss   C_norm at " + String(format: "%.2f", settings.relatedThreshold)
            + "  best threshold: C_norm   TF-IDF centroid, best: C_norm near-miss")
        var reports: [CorpusRun] = []
        for mode in TextMode.allCases {
            for seeds in seedCounts {
                for (name, articles) in [("WikiRef", wikiref), ("ECB+", ecbplus)] {
                    let started = ContinuousClock.now
                    let report = await StreamTracking(settings: settings, seedsAsItems: seedsAsItems).run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds)
                    let baseline = CentroidBaseline.run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds, seedsAsItems: seedsAsItems,
                        withoutDates: baselineWithoutDates)
                    reports.append((name, report, baseline))
                    let best = baseline.bestThreshold(among: CentroidBaseline.thresholds)
                    let nearMiss = baseline.nearMissRate(at: best).map { String(format: "%.3f", $0) } ?? "  –  "
                    print(Self.row(name, report, settings: settings)
                        + String(format: "   %.2f: %.3f  ", best, baseline.cost(at: best).normalised) + nearMiss
                        + String(format: "   (%.0f s)", (ContinuousClock.now - started).seconds))
                }
            }
        }
        Self.printTransfer(reports, settings: settings)
        try await printJudging(wikiref: wikiref, ecbplus: ecbplus, entries: entries)
    }

    private static func row(_ corpus: String, _ report: StreamTracking.Report, settings: AnalysisSettings) -> String {
        let threshold = settings.relatedThreshold(seeds: report.seedsPerEvent)
        let cost = report.cost(at: threshold)
        let best = report.bestThreshold(among: thresholds)
        let nearMiss = report.nearMissRate(at: threshold).map { String(format: "%.3f", $0) } ?? "  –  "
        return corpus.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + report.mode.rawValue.padding(toLength: 27, withPad: " ", startingAt: 0)
            + String(
                format: " %5d %6d %6d   %.3f   %.5f  %.3f   ", report.seedsPerEvent, report.events.count, report.streamItems, cost.missRate,
                cost.falseAlarmRate, cost.normalised)
            + nearMiss + String(
                format: "       %.3f           %.2f: %.3f", report.cost(at: settings.relatedThreshold).normalised, best, report.cost(at: best).normalised)
    }

    /// The default thresholds beside one threshold for every story chosen on ECB+ (least C_norm
    /// averaged over every mode and seed count) and reported on WikiRef; then the baseline's.
    private static func printTransfer(
        _ reports: [CorpusRun], settings: AnalysisSettings
    ) {
        func mean(_ corpus: String, baseline: Bool = false, _ threshold: (StreamTracking.Report) -> Double) -> Double {
            let costs = reports.filter { $0.corpus == corpus }.map { baseline ? $0.baseline : $0.report }
                .map { $0.cost(at: threshold($0)).normalised }
            return costs.reduce(0, +) / Double(max(costs.count, 1))
        }
        func chosenOnECB(baseline: Bool, among candidates: [Double]) -> Double {
            candidates.min { one, other in mean("ECB+", baseline: baseline, { _ in one }) < mean("ECB+", baseline: baseline, { _ in other }) } ?? 0
        }
        let chosen = chosenOnECB(baseline: false, among: thresholds)
        let byDefault = { (report: StreamTracking.Report) in settings.relatedThreshold(seeds: report.seedsPerEvent) }
        print(String(
            format: "mean C_norm over every mode and seed count: default thresholds ECB+ %.3f, WikiRef %.3f; %.2f for every story ECB+ %.3f, WikiRef %.3f; "
                + "one threshold chosen on ECB+, %.2f: ECB+ %.3f, WikiRef %.3f",
            mean("ECB+", byDefault), mean("WikiRef", byDefault), settings.relatedThreshold, mean("ECB+", { _ in settings.relatedThreshold }),
            mean("WikiRef", { _ in settings.relatedThreshold }), chosen, mean("ECB+", { _ in chosen }), mean("WikiRef", { _ in chosen })))
        let best = { (report: StreamTracking.Report) in report.bestThreshold(among: CentroidBaseline.thresholds) }
        let baselineChosen = chosenOnECB(baseline: true, among: CentroidBaseline.thresholds)
        print(String(
            format: "TF-IDF centroid baseline, mean C_norm: each run at its own best threshold ECB+ %.3f, WikiRef %.3f; one threshold chosen on ECB+, %.2f: ECB+ %.3f, WikiRef %.3f",
            mean("ECB+", baseline: true, best), mean("WikiRef", baseline: true, best), baselineChosen,
            mean("ECB+", baseline: true, { _ in baselineChosen }), mean("WikiRef", baseline: true, { _ in baselineChosen })))
    }

    /// Adaptive stories beside static ones, at the default threshold.
    private func printAdaptive(wikiref: [LabelledArticle], ecbplus: [LabelledArticle], entries: [LabelledArticle]) async throws {
        let settings = AnalysisSettings()
        print("adaptive stories beside static ones, at the default thresholds:")
        print("corpus    mode                        seeds   C_norm static  adaptive   near-miss static  adaptive")
        for mode in TextMode.allCases {
            for seeds in seedCounts {
                for (name, articles) in [("WikiRef", wikiref), ("ECB+", ecbplus)] {
                    var reports: [StreamTracking.Report] = []
                    for adaptive in [false, true] {
                        reports.append(await StreamTracking(settings: settings, adaptive: adaptive, seedsAsItems: seedsAsItems).run(
                            corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds))
                    }
                    let threshold = settings.relatedThreshold(seeds: seeds)
                    let costs = reports.map { String(format: "%.3f", $0.cost(at: threshold).normalised) }
                    let nearMisses = reports.map { $0.nearMissRate(at: threshold).map { String(format: "%.3f", $0) } ?? "  –  " }
                    print(
                        name.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + mode.rawValue.padding(toLength: 27, withPad: " ", startingAt: 0)
                            + String(format: " %5d   ", seeds) + costs[0] + "          " + costs[1] + "      " + nearMisses[0] + "             " + nearMisses[1])
                }
            }
        }
    }

    /// Relevance feedback: an analyst judges every alert of the stream's first two days in 21 (the
    /// first tenth), and the rest of the stream is scored with and without what the stories learnt.
    private func printJudging(wikiref: [LabelledArticle], ecbplus: [LabelledArticle], entries: [LabelledArticle]) async throws {
        let settings = AnalysisSettings()
        let judged = 2.0 / 21
        print(String(format: "judging the alerts of the stream's first %.0f %% (two days in three weeks); the rest scored at the default thresholds:", judged * 100))
        print("corpus    mode                        seeds   C_norm unjudged  judged   P_miss unjudged  judged   P_FA unjudged  judged    near-miss unjudged  judged")
        for mode in TextMode.allCases {
            for seeds in seedCounts {
                for (name, articles) in [("WikiRef", wikiref), ("ECB+", ecbplus)] {
                    let tracking = StreamTracking(settings: settings, seedsAsItems: seedsAsItems)
                    let plain = await tracking.run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds, scoredAfter: judged)
                    let taught = await tracking.run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds, scoredAfter: judged, judging: true)
                    let threshold = settings.relatedThreshold(seeds: seeds)
                    let (before, after) = (plain.cost(at: threshold), taught.cost(at: threshold))
                    let nearMiss = { (report: StreamTracking.Report) in
                        report.nearMissRate(at: threshold).map { String(format: "%.3f", $0) } ?? "  –  "
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
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
