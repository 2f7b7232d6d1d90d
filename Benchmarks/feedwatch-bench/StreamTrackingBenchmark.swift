import FeedCore
import FeedEvaluation
import Foundation

/// The development evaluation: WikiRef's and ECB+'s events tracked all at once inside the rss-2023
/// stream, in every text mode and with 1, 2 and 4 seed articles per event. Per corpus, mode and
/// seed count: P_miss, P_FA, C_norm and the near-miss rate at the default threshold; then the
/// threshold chosen on one corpus (least C_norm) and what it gives on the other, so the figures
/// say how a setting generalises.
struct StreamTrackingBenchmark {
    let background: Int?
    let seedCounts: [Int]
    static let thresholds = stride(from: 0.03, through: 0.201, by: 0.01).map { $0 }

    func run() async throws {
        let settings = AnalysisSettings()
        let wikiref = WikiRefCorpus.labelled(try WikiRefCorpus.load(folder: "../shared/corpus/wikiref/WikiRef220"))
        let ecbplus = try ECBPlusCorpus.load(folder: "../shared/corpus/ecbplus/ECB+")
        let stream = "../shared/corpus/rss-2023/stream.jsonl.gz"
        let hits = try BackgroundStream.topicHits(path: "../shared/corpus/rss-2023/wikiref-topic-hits.tsv")
        let entries = try BackgroundStream.load(path: stream, excluding: hits, limit: background)
        print("stream tracking: \(entries.count) rss-2023 entries around WikiRef220 (\(wikiref.count) articles) and ECB+ (\(ecbplus.count)); "
            + "threshold \(settings.relatedThreshold)")
        print("corpus    mode                        seeds events items   P_miss  P_FA     C_norm  near-miss  best threshold  C_norm there")
        var reports: [String: StreamTracking.Report] = [:]
        for mode in TextMode.allCases {
            for seeds in seedCounts {
                for (name, articles) in [("WikiRef", wikiref), ("ECB+", ecbplus)] {
                    let started = ContinuousClock.now
                    let report = await StreamTracking(settings: settings).run(
                        corpus: name, articles: articles, background: entries, mode: mode, seedsPerEvent: seeds)
                    reports["\(name) \(mode.rawValue) \(seeds)"] = report
                    let cost = report.cost(at: settings.relatedThreshold)
                    let best = report.bestThreshold(among: Self.thresholds)
                    let nearMiss = report.nearMissRate(at: settings.relatedThreshold).map { String(format: "%.3f", $0) } ?? "  –  "
                    print(
                        name.padding(toLength: 9, withPad: " ", startingAt: 0) + " " + mode.rawValue.padding(toLength: 27, withPad: " ", startingAt: 0)
                            + String(
                                format: " %5d %6d %6d   %.3f   %.5f  %.3f   ", seeds, report.events.count, report.streamItems, cost.missRate,
                                cost.falseAlarmRate, cost.normalised)
                            + nearMiss + String(
                                format: "      %.2f            %.3f   (%.0f s)", best, report.cost(at: best).normalised,
                                (ContinuousClock.now - started).seconds))
                }
            }
        }
        print("a threshold chosen on one corpus, reported on the other (C_norm):")
        for mode in TextMode.allCases {
            for seeds in seedCounts {
                guard let wiki = reports["WikiRef \(mode.rawValue) \(seeds)"], let ecb = reports["ECB+ \(mode.rawValue) \(seeds)"] else { continue }
                let fromWiki = wiki.bestThreshold(among: Self.thresholds), fromECB = ecb.bestThreshold(among: Self.thresholds)
                print("  " + mode.rawValue.padding(toLength: 27, withPad: " ", startingAt: 0) + String(
                    format: " seeds %d: chosen on WikiRef %.2f -> ECB+ %.3f (its own best %.3f); chosen on ECB+ %.2f -> WikiRef %.3f (its own best %.3f)",
                    seeds, fromWiki, ecb.cost(at: fromWiki).normalised, ecb.cost(at: fromECB).normalised,
                    fromECB, wiki.cost(at: fromECB).normalised, wiki.cost(at: fromWiki).normalised))
            }
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
