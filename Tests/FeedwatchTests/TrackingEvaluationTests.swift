import FeedCore
import FeedEvaluation
import FeedTestSupport
import Foundation
import Testing

/// The TDT evaluation, run in CI on the whole WikiRef220 stream (~25 s in a debug build; the
/// release-mode run with the threshold sweep is `feedwatch-bench tracking --sweep`, figures in the README).
@Suite struct TrackingEvaluationTests {
    @Test func detectionCostIsTheNormalisedTDTCost() {
        #expect(DetectionCost(missRate: 0, falseAlarmRate: 0).normalised == 0)
        #expect(abs(DetectionCost(missRate: 1, falseAlarmRate: 0).normalised - 1) < 1e-12)
        #expect(abs(DetectionCost(missRate: 0, falseAlarmRate: 1).normalised - 4.9) < 1e-12)
        #expect(abs(DetectionCost(targets: 10, misses: 1, nonTargets: 100, falseAlarms: 2).normalised - (0.1 + 4.9 * 0.02)) < 1e-12)
    }

    @Test func corpusHasItsFiveEvents() throws {
        let articles = try WikiRefCorpus.load(folder: SharedData.corpus("wikiref/WikiRef220").path)
        #expect(articles.count == 220)
        #expect(WikiRefCorpus.events(in: articles) == [
            "ParisAttacks2015", "malaysia.airlines.flight", "michelle.obama", "premier.league", "samsung.galaxy.s5",
        ])
        #expect(articles.first { $0.file == "ParisAttacks2015 (1).txt" }?.title == "Paris attacks death toll rises to 130")
    }

    @Test func trackingMeetsTheGoalsAtTheDefaultThreshold() async throws {
        let articles = try WikiRefCorpus.load(folder: SharedData.corpus("wikiref/WikiRef220").path)
        let evaluation = TrackingEvaluation(settings: AnalysisSettings())
        let full = try await evaluation.run(articles, headlinesOnly: false)
        let headlines = try await evaluation.run(articles, headlinesOnly: true)
        for report in [full, headlines] {
            let cost = report.overall
            print(String(
                format: "tracking (%@): P_miss %.3f P_FA %.4f C_norm %.3f", report.headlinesOnly ? "headlines" : "full text",
                cost.missRate, cost.falseAlarmRate, cost.normalised))
            #expect(report.events.count == 5)
            #expect(report.events.allSatisfy { $0.targets > 0 && $0.nonTargets > 0 })
        }
        // Measured 0.049 and 0.135; the goals are those figures with a margin, so that a change
        // that makes tracking worse fails here (the product's goals: 0.05 and 0.12).
        #expect(full.overall.normalised <= 0.06)
        #expect(headlines.overall.normalised <= 0.16)
    }

    /// Headlines as the daemon reads them by default (`articles: auto`): each article served from
    /// loopback as a news page, and read through the daemon's fetcher and extractor when its
    /// headline scores near the threshold. The few pages read turn false alarms and near misses
    /// into full-text verdicts.
    @Test func headlinesWithTheirPagesReadCostLessThanHeadlinesAlone() async throws {
        let articles = try WikiRefCorpus.load(folder: SharedData.corpus("wikiref/WikiRef220").path)
        let site = try await ArticleSite.start(articles.map { ArticleSite.Article(title: $0.title, body: $0.body) })
        let scratch = try await ScratchStore(feedURL: "test:pages")
        defer { scratch.remove(); Task { try? await site.stop() } }
        let index = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($0.element.file, $0.offset) })
        let headlines = try await TrackingEvaluation(settings: AnalysisSettings()).run(articles, headlinesOnly: true)
        let withPages = try await TrackingEvaluation(
            settings: AnalysisSettings(), pages: .fromLoopback(rememberedIn: scratch.store) { site.url(of: index[$0.file] ?? 0) }
        ).run(articles, headlinesOnly: true)
        let pagesRead = withPages.events.map(\.pagesRead).reduce(0, +)
        let items = withPages.events.map { $0.targets + $0.nonTargets }.reduce(0, +)
        print(String(
            format: "tracking (headlines): C_norm %.3f; with pages read (auto): %.3f, %d pages read for %d items",
            headlines.overall.normalised, withPages.overall.normalised, pagesRead, items))
        // Measured 0.118 with 29 pages for 1,075 items.
        #expect(withPages.overall.normalised < headlines.overall.normalised)
        #expect(withPages.overall.normalised <= 0.13)
        #expect(pagesRead > 0 && pagesRead * 20 < items)
    }
}
