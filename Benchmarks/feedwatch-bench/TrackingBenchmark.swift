import FeedCore
import FeedEvaluation
import Foundation

/// The TDT tracking evaluation on WikiRef220: per-event and overall miss rate, false-alarm rate
/// and C_norm, on full text and on headlines, at the default threshold; then a sweep of thresholds
/// (the evidence behind the default in the README).
struct TrackingBenchmark {
    let folder: String
    let sweep: [Double]
    let adaptive: Bool

    func run() async throws {
        let articles = try WikiRefCorpus.load(folder: folder)
        let settings = AnalysisSettings()
        print("tracking: \(articles.count) articles, events: \(WikiRefCorpus.events(in: articles).joined(separator: ", "))")
        for headlines in [false, true] {
            let report = try await TrackingEvaluation(settings: settings, adaptive: adaptive).run(articles, headlinesOnly: headlines)
            print("tracking (\(headlines ? "headlines" : "full text"), threshold \(settings.relatedThreshold)\(adaptive ? ", adaptive" : "")):")
            for event in report.events {
                print(String(
                    format: "  %-26@ targets %3d misses %3d  non-targets %3d false alarms %3d  P_miss %.3f P_FA %.4f C_norm %.3f",
                    event.event as NSString, event.targets, event.misses, event.nonTargets, event.falseAlarms,
                    event.cost.missRate, event.cost.falseAlarmRate, event.cost.normalised))
                for (file, score) in event.falseAlarmArticles { print(String(format: "      false alarm %.3f %@", score, file as NSString)) }
                for (file, score) in event.missedArticles { print(String(format: "      missed      %.3f %@", score, file as NSString)) }
            }
            print(describe("  overall", report.overall))
        }
        guard !sweep.isEmpty else { return }
        print("tracking sweep (overall C_norm, topic-weighted):")
        for threshold in sweep {
            var swept = settings
            swept.relatedThreshold = threshold
            let full = try await TrackingEvaluation(settings: swept, adaptive: adaptive).run(articles, headlinesOnly: false).overall
            let headlines = try await TrackingEvaluation(settings: swept, adaptive: adaptive).run(articles, headlinesOnly: true).overall
            print(String(format: "  threshold %.2f  ", threshold) + describe("full", full) + "  |  " + describe("headlines", headlines))
        }
    }

    private func describe(_ label: String, _ cost: DetectionCost) -> String {
        String(format: "%@: P_miss %.3f P_FA %.4f C_norm %.3f", label, cost.missRate, cost.falseAlarmRate, cost.normalised)
    }
}
