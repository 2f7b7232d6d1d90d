import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore
import Foundation

/// TDT tracking on a WikiRef corpus, through the daemon's own analysis and store: for each event,
/// its earliest articles are the seeds and every other article of the corpus arrives, one at a
/// time in a fixed shuffled order, as a new feed item. An item counts as detected when the story
/// calls it related or a duplicate of something it knows. With `pages`, an item whose headline
/// scores near the threshold is scored on its page, as the daemon reads it by default.
public struct TrackingEvaluation: Sendable {
    public struct EventResult: Sendable {
        public let event: String
        public let targets: Int
        public let nonTargets: Int
        /// The articles wrongly flagged, with the verdict's score (0 for duplicates).
        public let falseAlarmArticles: [(file: String, score: Double)]
        /// The event's articles it missed, with the score they reached.
        public let missedArticles: [(file: String, score: Double)]
        /// With `pages`: the items scored on their page in place of their own text.
        public let pagesRead: Int

        public var misses: Int { missedArticles.count }
        public var falseAlarms: Int { falseAlarmArticles.count }

        public var cost: DetectionCost {
            DetectionCost(targets: targets, misses: misses, nonTargets: nonTargets, falseAlarms: falseAlarms)
        }
    }

    public struct Report: Sendable {
        public let headlinesOnly: Bool
        public let events: [EventResult]
        /// Topic-weighted, as TDT averages.
        public var overall: DetectionCost { DetectionCost.average(events.map(\.cost)) }
    }

    public var settings: AnalysisSettings
    public var seedsPerEvent: Int
    /// At most this many stream items per event (CI runs a small slice); nil for the whole corpus.
    public var streamLimit: Int?
    /// Adaptive tracking: sure reports join the profile as they are found.
    public var adaptive: Bool
    /// Items' pages read as the daemon reads them under `articles: auto` (the default); nil: the
    /// item's own text only.
    public var pages: PageReading<WikiRefArticle>?

    public init(
        settings: AnalysisSettings, seedsPerEvent: Int = 5, streamLimit: Int? = nil, adaptive: Bool = false,
        pages: PageReading<WikiRefArticle>? = nil
    ) {
        self.settings = settings
        self.seedsPerEvent = seedsPerEvent
        self.streamLimit = streamLimit
        self.adaptive = adaptive
        self.pages = pages
    }

    /// - Parameter headlinesOnly: stream items carry their headline alone (seeds stay full text).
    public func run(_ articles: [WikiRefArticle], headlinesOnly: Bool) async throws -> Report {
        var results: [EventResult] = []
        for event in WikiRefCorpus.events(in: articles) {
            results.append(try await run(event: event, articles: articles, headlinesOnly: headlinesOnly))
        }
        return Report(headlinesOnly: headlinesOnly, events: results)
    }

    private func run(event: String, articles: [WikiRefArticle], headlinesOnly: Bool) async throws -> EventResult {
        let seeds = articles.filter { $0.topic == event }.sorted { $0.number < $1.number }.prefix(seedsPerEvent)
        let seedFiles = Set(seeds.map(\.file))
        var order = StreamOrder(seed: 2022)
        var stream = order.shuffled(articles.filter { !seedFiles.contains($0.file) })
        if let streamLimit { stream = Array(stream.prefix(streamLimit)) }

        let scratch = try await ScratchStore(feedURL: "wikiref:stream")
        defer { scratch.remove() }
        let (store, feed) = (scratch.store, scratch.feed)

        let story = StoryDefinition(
            name: event, seeds: seeds.map { SeedDocument(name: $0.file, text: $0.text) }, relatedThreshold: settings.relatedThreshold,
            adaptive: adaptive)
        var engine = AnalysisEngine(stories: [story], settings: settings, background: BackgroundStatistics())
        var targets = 0, nonTargets = 0, pagesRead = 0
        var falseAlarmArticles: [(file: String, score: Double)] = []
        var missedArticles: [(file: String, score: Double)] = []
        let now = Date(timeIntervalSince1970: 1_659_484_800)
        await pages?.reader.newCycle()
        for article in stream {
            var entries = [FeedEntry(
                id: article.file, title: article.title, link: pages?.link(article), published: nil, updated: nil,
                summary: headlinesOnly ? "" : article.text, content: "", authors: [], categories: [])]
            var prepared: [PreparedItem] = []
            if let pages {
                let outcome = await pages.reader.read(entries, prepared: entries.map(engine.prepare), mode: .auto, engine: engine, now: now)
                (entries, prepared) = (outcome.entries, outcome.prepared)
                pagesRead += entries.filter { $0.page != nil }.count
            }
            let current = engine
            let analysis = try await store.withTransaction { [entries, prepared] transaction in
                try current.store(entries, prepared: prepared, feedID: feed.id, feed: "wikiref", in: transaction, now: now).first
            }
            guard let analysis else { continue }
            engine.absorb([analysis])
            let detected = (analysis.verdicts[event]?.verdict ?? .unrelated) != .unrelated
            if article.topic == event {
                targets += 1
                if !detected { missedArticles.append((article.file, analysis.verdicts[event]?.score ?? 0)) }
            } else {
                nonTargets += 1
                if detected { falseAlarmArticles.append((article.file, analysis.verdicts[event]?.score ?? 0)) }
            }
        }
        return EventResult(
            event: event, targets: targets, nonTargets: nonTargets, falseAlarmArticles: falseAlarmArticles, missedArticles: missedArticles,
            pagesRead: pagesRead)
    }
}
