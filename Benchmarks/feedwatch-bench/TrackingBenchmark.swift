import FeedCore
import FeedEvaluation
import FeedTestSupport
import Foundation

/// The TDT tracking evaluation on WikiRef220: per-event and overall miss rate, false-alarm rate
/// and C_norm, on full text, on headlines, and on headlines whose pages are read as the daemon
/// reads them by default (`articles: auto`, each article served from loopback as a news page), at
/// the default threshold; then a sweep of thresholds (the evidence behind the default in the README).
struct TrackingBenchmark {
    let folder: String
    let sweep: [Double]
    let adaptive: Bool

    func run() async throws {
        let articles = try WikiRefCorpus.load(folder: folder)
        let settings = AnalysisSettings()
        print("tracking: \(articles.count) articles, events: \(WikiRefCorpus.events(in: articles).joined(separator: ", "))")
        let site = try await ArticleSite.start(articles.map { ArticleSite.Article(title: $0.title, body: $0.body) }, outlets: 8)
        defer { Task { try? await site.stop() } }
        let index = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($0.element.file, $0.offset) })
        let pageStore = try await ScratchStore(feedURL: "bench:pages")
        defer { pageStore.remove() }
        let pages = PageReading<WikiRefArticle>.fromLoopback(rememberedIn: pageStore.store) { site.url(of: index[$0.file] ?? 0) }
        for (headlines, pages) in [(false, nil), (true, nil), (true, pages)] {
            let report = try await TrackingEvaluation(settings: settings, adaptive: adaptive, pages: pages).run(articles, headlinesOnly: headlines)
            let mode = !headlines ? "full text" : pages == nil ? "headlines" : "headlines, pages read as under articles: auto"
            print("tracking (\(mode), threshold \(settings.relatedThreshold)\(adaptive ? ", adaptive" : "")):")
            for event in report.events {
                print(String(
                    format: "  %-26@ targets %3d misses %3d  non-targets %3d false alarms %3d  P_miss %.3f P_FA %.4f C_norm %.3f",
                    event.event as NSString, event.targets, event.misses, event.nonTargets, event.falseAlarms,
                    event.cost.missRate, event.cost.falseAlarmRate, event.cost.normalised))
                for (file, score) in event.falseAlarmArticles { print(String(format: "      false alarm %.3f %@", score, file as NSString)) }
                for (file, score) in event.missedArticles { print(String(format: "      missed      %.3f %@", score, file as NSString)) }
            }
            print(describe("  overall", report.overall) + (pages == nil ? "" : "  (\(report.events.map(\.pagesRead).reduce(0, +)) pages read)"))
        }
        guard !sweep.isEmpty else { return }
        print("tracking sweep (overall C_norm, topic-weighted):")
        // The rows printed, and a wider grid for each event's own best threshold: how far
        // thresholds alone, even one per event, could take each mode.
        let grid = Set(sweep.map { ($0 * 100).rounded() } + (2...30).map(Double.init)).sorted().map { $0 / 100 }
        var swept: [(full: TrackingEvaluation.Report, headlines: TrackingEvaluation.Report)] = []
        for threshold in grid {
            var settings = settings
            settings.relatedThreshold = threshold
            let full = try await TrackingEvaluation(settings: settings, adaptive: adaptive).run(articles, headlinesOnly: false)
            let headlines = try await TrackingEvaluation(settings: settings, adaptive: adaptive).run(articles, headlinesOnly: true)
            swept.append((full, headlines))
            guard sweep.contains(where: { abs($0 - threshold) < 1e-9 }) else { continue }
            let withPages = try await TrackingEvaluation(settings: settings, adaptive: adaptive, pages: pages).run(articles, headlinesOnly: true)
            print(
                String(format: "  threshold %.2f  ", threshold) + describe("full", full.overall) + "  |  " + describe("headlines", headlines.overall)
                    + "  |  " + describe("with pages (auto)", withPages.overall))
        }
        print("  each event at its own best threshold in 0.02-0.30 (no user knows these):")
        for (label, reports) in [("full text", swept.map(\.full)), ("headlines", swept.map(\.headlines))] {
            let events = reports[0].events.indices.map { index in
                zip(grid, reports).map { ($0, $1.events[index]) }.min { $0.1.cost.normalised < $1.1.cost.normalised }!
            }
            let parts = events.map { String(format: "%@ %.3f at %.2f", $0.1.event as NSString, $0.1.cost.normalised, $0.0) }
            let mean = DetectionCost.average(events.map(\.1.cost)).normalised
            print(String(format: "    %@: mean C_norm %.3f (", label as NSString, mean) + parts.joined(separator: ", ") + ")")
        }
    }

    private func describe(_ label: String, _ cost: DetectionCost) -> String {
        String(format: "%@: P_miss %.3f P_FA %.4f C_norm %.3f", label, cost.missRate, cost.falseAlarmRate, cost.normalised)
    }
}
