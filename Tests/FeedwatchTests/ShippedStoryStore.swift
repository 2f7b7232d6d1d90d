import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// A fresh store with one feed, and the shipped story (`../shared/seeds`, threshold 0.09) with an
/// engine that has learnt nothing yet: what a daemon's first start sees.
struct ShippedStoryStore {
    let directory: TemporaryDirectory
    let store: Store
    let feed: FeedRecord
    let story: StoryDefinition
    let engine: AnalysisEngine

    init() async throws {
        directory = try TemporaryDirectory()
        store = try Store(path: directory.path("state.sqlite"))
        feed = try #require(try await store.registerFeeds(["https://a.test/feed"]).first)
        story = StoryDefinition(name: "s", seeds: try Self.seeds(), relatedThreshold: 0.09)
        engine = AnalysisEngine(stories: [story], settings: AnalysisSettings(), background: BackgroundStatistics())
    }

    /// The shipped seeds (`../shared/seeds`) as the analysis reads them.
    static func seeds() throws -> [SeedDocument] {
        try SharedData.seedTexts().map { SeedDocument(name: $0.name, text: $0.text) }
    }

    /// An engine as a restarted daemon makes it: the stored background, nothing else restored yet.
    func restartedEngine() async throws -> AnalysisEngine {
        AnalysisEngine(stories: [story], settings: AnalysisSettings(), background: try await BackgroundStatistics(loadingFrom: store))
    }
}
