import FeedAnalysis
import FeedCore
import FeedFetch
import FeedParse
import FeedStore
import Foundation
import Logging
import ServiceLifecycle

/// Runs poll cycles: fetch → parse → analyse → store → alert. The only place that knows that order.
///
/// Feeds are fetched and parsed concurrently (bounded); each feed's items are then analysed and
/// stored in one transaction, one feed at a time, and its alerts are logged only after that
/// transaction committed: an item is alerted at most once.
public actor Poller {
    private let configuration: Configuration
    private let store: Store
    private let fetcher: FeedFetcher
    private var engine: AnalysisEngine
    private let logger: Logger
    private let scheduling: PollScheduling
    private let now: @Sendable () -> Date

    public init(configuration: Configuration, store: Store, fetcher: FeedFetcher, logger: Logger,
                now: @escaping @Sendable () -> Date = { Date() }) async throws {
        self.configuration = configuration
        self.store = store
        self.fetcher = fetcher
        self.logger = logger
        self.now = now
        scheduling = PollScheduling(
            settings: configuration.poll,
            intervals: Dictionary(configuration.feeds.compactMap { feed in feed.intervalSeconds.map { (feed.url, $0) } }, uniquingKeysWith: { first, _ in first }))
        let stored = try await store.loadBackground()
        var engine = try AnalysisEngine(
            configuration: configuration,
            background: BackgroundStatistics(documentCount: stored.documents, documentFrequency: stored.frequencies))
        try await engine.restoreAdaptation(from: store)
        self.engine = engine
        let reindexed = try await engine.prepareIndex(of: store)
        if reindexed > 0 { logger.notice("duplicate index rebuilt for the current analysis settings: \(reindexed) stored items") }
    }

    /// One cycle. `force` polls every feed now regardless of its interval (`run --once`), but never
    /// one a server told us to leave alone (Retry-After, error back-off, 410).
    public func pollOnce(force: Bool) async throws -> PollReport {
        var report = PollReport()
        let started = now()
        var feeds: [FeedRecord] = []
        for feed in try await store.registerFeeds(configuration.feeds.map(\.url)) {
            if let hold = scheduling.hold(feed, now: started) {
                logger.info("feed \(feed.url): skipped, \(hold)")
                report.skipped += 1
            } else if force || scheduling.isDue(feed, now: started) {
                feeds.append(feed)
            }
        }
        try await fetchConcurrently(feeds) { feed, outcome in
            try await self.record(outcome, for: feed, into: &report)
        }
        if report.polled > 0 || report.skipped > 0 { logger.info("\(report.summary)") }
        return report
    }

    /// The earliest time a configured feed is due, for the daemon's sleep.
    public func nextDue() async throws -> Date? {
        let configured = Set(configuration.feeds.map(\.url))
        return try await store.allFeeds().filter { configured.contains($0.configuredURL) && $0.disabled == nil }
            .compactMap(\.nextDue).min()
    }

    private func fetchConcurrently(
        _ feeds: [FeedRecord], handle: (FeedRecord, FeedOutcome) async throws -> Void
    ) async throws {
        let fetcher = self.fetcher
        let limit = max(1, configuration.fetch.concurrency)
        try await withThrowingTaskGroup(of: (FeedRecord, FeedOutcome).self) { group in
            var pending = feeds[...]
            func startNext() {
                guard !Task.isShuttingDownGracefully, let feed = pending.popFirst() else { return }
                group.addTask { (feed, await Self.fetchAndParse(feed, fetcher: fetcher)) }
            }
            for _ in 0..<limit { startNext() }
            while let (feed, outcome) = try await group.next() {
                try await handle(feed, outcome)
                startNext()
            }
        }
    }

    private static func fetchAndParse(_ feed: FeedRecord, fetcher: FeedFetcher) async -> FeedOutcome {
        switch await fetcher.fetch(feed.url, validators: feed.validators) {
        case .notModified: return .notModified
        case .failed(let failure): return .failed(failure)
        case .document(let document):
            do {
                return .parsed(try FeedParser.parse(document.body, url: feed.url, encoding: document.charset), document)
            } catch {
                return .failed(FetchFailure(status: document.status, message: "cannot parse the feed: \(error)"))
            }
        }
    }

    private func record(_ outcome: FeedOutcome, for feed: FeedRecord, into report: inout PollReport) async throws {
        report.polled += 1
        let time = now()
        switch outcome {
        case .notModified:
            report.notModified += 1
            try await store.recordPoll(feedID: feed.id, scheduling.success(feed, now: time, status: 304, document: nil, title: nil, hints: nil))
        case .failed(let failure):
            report.failed += 1
            let record = scheduling.failure(failure, feed: feed, now: time)
            try await store.recordPoll(feedID: feed.id, record)
            let next = record.disabled.map { "disabled (\($0))" } ?? "next attempt \(record.nextDue.formatted(.iso8601))"
            logger.warning("feed \(feed.url): \(failure.message); \(next)")
        case .parsed(let parsed, let document):
            report.fetched += 1
            for warning in parsed.warnings { logger.warning("feed \(feed.url): \(warning)") }
            let analyses = try await storeItems(parsed, document: document, feed: feed, time: time)
            engine.absorb(analyses)
            let alerts = analyses.flatMap(\.alerts)
            report.newItems += analyses.count
            for alert in alerts { logger.notice("\(AlertLine.format(alert))") }
            report.alerts += alerts
        }
    }

    /// One transaction: the feed's new items, their verdicts, the index and the feed's state.
    private func storeItems(_ parsed: ParsedFeed, document: FetchedDocument, feed: FeedRecord, time: Date) async throws
        -> [ItemAnalysis]
    {
        let engine = self.engine
        let pollRecord = scheduling.success(
            feed, now: time, status: document.status, document: document, title: parsed.title, hints: parsed.hints)
        return try await store.withTransaction { transaction in
            var analyses: [ItemAnalysis] = []
            // Feeds list newest first; taking them oldest first makes the earliest copy the original.
            for entry in parsed.entries.reversed() {
                guard let itemID = try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: time) else { continue }
                analyses.append(try engine.process(itemID: itemID, entry: entry, feed: feed.configuredURL, in: transaction, now: time))
            }
            try transaction.recordPoll(feedID: feed.id, pollRecord)
            return analyses
        }
    }
}
