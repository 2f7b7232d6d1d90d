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
/// Feeds are fetched and parsed concurrently (bounded overall and per host); a feed's new items are
/// then prepared for analysis in a parallel task (`FreshEntries`), and finally analysed against
/// the store and stored in one transaction, one feed at a time, on the store's thread. Alerts are
/// logged only after that transaction committed: an item is alerted at most once.
public actor Poller {
    private var configuration: Configuration
    private let store: Store
    private let fetcher: FeedFetcher
    private var engine: AnalysisEngine
    /// `Store.judgmentsStamp()` when the engine last learnt the judgments.
    private var judgmentsStamp = ""
    private let logger: Logger
    private var scheduling: PollScheduling
    private let now: @Sendable () -> Date
    /// When unrelated items' text was last pruned (`retention.unrelated_text`): at most hourly.
    private var prunedAt: Date?
    public nonisolated let metrics: FeedMetrics
    private let hooks: AlertHooks
    /// Whether the last write of `metrics.textfile` failed, so a lasting problem is logged once.
    private var textfileFailing = false
    /// Whether the configured feeds are in the store: done once per configuration, not per cycle
    /// (an idle daemon wakes every few seconds; 500 upserts each time were most of its CPU).
    private var feedsRegistered = false
    /// This cycle's alerts, written when it ends (`writeAlerts`), and its related stories so far.
    /// By item id: a replaced original's alert is removed without a search.
    private var cycleAlerts: [Int64: [FeedCore.Alert]] = [:]
    private var cycleOriginals = CycleOriginals()
    /// The items behind this cycle's alerts as analysed, checked again before the alerts are written.
    private var cycleScored: [Int64: PreparedItem] = [:]
    /// Per item of this cycle and story, the original it took the place of as an earlier copy.
    private var cycleReplaced: [Int64: [String: Int64]] = [:]
    /// Whether alerts stored but never written (the last run stopped mid-cycle) were taken up.
    private var unwrittenAlertsTaken = false
    /// Each host's connections, shared by its feeds and the pages items link to.
    private var budget: HostBudget
    private var reader: ArticleReader
    private var articleModes: [String: ArticleFetching]

    /// The store's thread: hops between the poller and the store cost no thread switch.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { store.unownedExecutor }

    public init(configuration: Configuration, store: Store, fetcher: FeedFetcher, logger: Logger,
                now: @escaping @Sendable () -> Date = { Date() }, metrics: FeedMetrics = FeedMetrics()) async throws {
        self.configuration = configuration
        self.store = store
        self.fetcher = fetcher
        self.logger = logger
        self.now = now
        self.metrics = metrics
        hooks = AlertHooks(settings: configuration.alerts, logger: logger, metrics: metrics)
        scheduling = PollScheduling(configuration)
        (budget, reader) = Self.pageReading(configuration, store: store, metrics: metrics, now: now)
        articleModes = Self.articleModes(configuration)
        engine = try await Self.engine(for: configuration, store: store, logger: logger)
        judgmentsStamp = try await store.judgmentsStamp()
    }

    /// A host budget for feeds and pages, and the reader of items' pages that shares it.
    private static func pageReading(
        _ configuration: Configuration, store: Store, metrics: FeedMetrics, now: @escaping @Sendable () -> Date
    ) -> (HostBudget, ArticleReader) {
        let budget = HostBudget(perHost: configuration.fetch.perHost, total: configuration.fetch.concurrency)
        let fetcher = PageFetcher(settings: configuration.fetch, budget: budget, now: now)
        return (budget, ArticleReader(fetcher: fetcher, store: store, concurrency: configuration.fetch.concurrency, metrics: metrics))
    }

    /// Whether a feed's items' pages are read (`articles:`).
    private func articleMode(_ feed: FeedRecord) -> ArticleFetching {
        articleModes[feed.configuredURL] ?? configuration.fetch.articles
    }

    /// The feeds that set their own `articles:`, by configured URL: looked up per fetched feed.
    private static func articleModes(_ configuration: Configuration) -> [String: ArticleFetching] {
        Dictionary(configuration.feeds.compactMap { feed in feed.articles.map { (feed.url, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Seeds read, background, judgments, own reports and adaptive profiles restored, duplicate index keyed for these settings.
    private static func engine(for configuration: Configuration, store: Store, logger: Logger) async throws -> AnalysisEngine {
        var engine = try AnalysisEngine(configuration: configuration, background: try await BackgroundStatistics(loadingFrom: store))
        try await engine.restore(from: store)
        let reindexed = try await engine.prepareIndex(of: store)
        if reindexed > 0 { logger.notice("duplicate index rebuilt for the current analysis settings: \(reindexed) stored items") }
        let index = try await store.duplicateIndexSize()
        logger.info("duplicate index: \(index.items) items, \(index.keys) keys, \((index.bytes + 524_288) / 1_048_576) MB in memory")
        return engine
    }

    /// Judgments made (`feedwatch judge`) since the stories last learnt them: the stories are built
    /// again with them, so they apply from this cycle. When they cannot be (a seed file gone
    /// unreadable), the stories keep their models and polling goes on.
    private func relearnJudgments() async throws {
        let stamp = try await store.judgmentsStamp()
        guard stamp != judgmentsStamp else { return }
        judgmentsStamp = stamp
        do {
            engine = try await Self.engine(for: configuration, store: store, logger: logger)
            logger.notice("new judgments: the stories' models learnt them")
        } catch {
            logger.warning("new judgments not learnt: \(error); the stories keep their models until the next judgment, reload or restart")
        }
    }

    /// Takes a new configuration (SIGHUP): feeds and stories added or removed, intervals, limits and
    /// analysis settings apply from the next cycle. Throws, keeping the old configuration, when the
    /// new one cannot work (unreadable seeds) or would need a restart (another state file).
    public func reload(_ new: Configuration) async throws -> String {
        guard new.statePath == configuration.statePath else {
            throw FeedwatchError(.usage, "\(new.file): 'state' changed to \(new.statePath); restart feedwatch to switch state files")
        }
        engine = try await Self.engine(for: new, store: store, logger: logger)
        judgmentsStamp = try await store.judgmentsStamp()
        await hooks.reconfigure(new.alerts)
        let old = configuration
        configuration = new
        feedsRegistered = false
        scheduling = PollScheduling(new)
        // Hosts' page holds and robots.txt rules outlive a reload that leaves the fetch settings be.
        if new.fetch != old.fetch { (budget, reader) = Self.pageReading(new, store: store, metrics: metrics, now: now) }
        articleModes = Self.articleModes(new)
        let feeds = (Set(new.feeds.map(\.url)), Set(old.feeds.map(\.url)))
        let stories = (Set(new.stories.map(\.name)), Set(old.stories.map(\.name)))
        var summary = "configuration reloaded from \(new.file): \(new.feeds.count) feeds "
            + "(\(feeds.0.subtracting(feeds.1).count) added, \(feeds.1.subtracting(feeds.0).count) removed), \(new.stories.count) stories "
            + "(\(stories.0.subtracting(stories.1).count) added, \(stories.1.subtracting(stories.0).count) removed)"
        if new.fetch.userAgent != old.fetch.userAgent || new.fetch.totalTimeoutSeconds != old.fetch.totalTimeoutSeconds
            || new.fetch.connectTimeoutSeconds != old.fetch.connectTimeoutSeconds || new.fetch.maxBodyBytes != old.fetch.maxBodyBytes
            || new.fetch.maxRedirects != old.fetch.maxRedirects
        {
            summary += "; fetch.user_agent, timeouts, max_body and max_redirects apply after a restart"
        }
        if new.metrics.listenHost != old.metrics.listenHost || new.metrics.listenPort != old.metrics.listenPort {
            summary += "; metrics.listen applies after a restart"
        }
        return summary
    }

    /// Gives the alert hooks up to `poll.drain` to deliver what is waiting. Call once, on the way out.
    public func finishAlerts() async {
        await hooks.finish(within: configuration.poll.drainSeconds)
    }

    /// One cycle. `force` polls every feed now regardless of its interval (`run --once`), but never
    /// one a server told us to leave alone (Retry-After, error back-off, 410).
    public func pollOnce(force: Bool) async throws -> PollReport {
        do {
            return try await cycle(force: force)
        } catch {
            // What this cycle stored but did not alert is in the store: the next cycle takes it up.
            unwrittenAlertsTaken = false
            guard let error = error as? SQLiteError else { throw error }
            throw FeedwatchError(.runtime, "store \(configuration.statePath): \(error)")
        }
    }

    private func cycle(force: Bool) async throws -> PollReport {
        var report = PollReport()
        let started = now()
        cycleOriginals = CycleOriginals()
        cycleAlerts = [:]
        cycleScored = [:]
        cycleReplaced = [:]
        if !unwrittenAlertsTaken {
            let unwritten = try await store.unwrittenAlerts()
            if !unwritten.isEmpty { logger.notice("\(unwritten.count) related stories stored before a stop were never alerted: alerting them now") }
            cycleAlerts = Dictionary(grouping: unwritten, by: \.itemID)
            unwrittenAlertsTaken = true
        }
        try await relearnJudgments()
        await reader.newCycle()
        let registered = try await configuredFeeds()
        let serverHolds = scheduling.serverHolds(registered, now: started)
        var due: [FeedRecord] = []
        for feed in registered where force || scheduling.isDue(feed, now: started) {
            if let hold = scheduling.hold(feed, now: started, serverHolds: serverHolds) {
                try await skip(feed, because: hold, until: serverHolds[PollScheduling.retryScope(feed.url)], into: &report)
            } else {
                due.append(feed)
            }
        }
        try await fetchFairly(due, into: &report)
        try await settleAlerts()
        try await writeAlerts(into: &report)
        if report.newItems > 0 { try await store.catchUpSearchIndex() }
        try await pruneIfDue()
        if report.polled > 0 || report.skipped > 0 { logger.info("\(report.summary)") }
        let finished = now()
        metrics.recordCycle(duration: .milliseconds(Int64(finished.timeIntervalSince(started) * 1000)), feeds: registered.count, finishedAt: finished)
        writeMetricsFile()
        try await store.releaseMemory()
        return report
    }

    private func writeMetricsFile() {
        guard let path = configuration.metrics.textfile else { return }
        do {
            try MetricsTextfile.write(metrics.exposition(), to: path)
            if textfileFailing { logger.notice("metrics.textfile \(path): written again") }
            textfileFailing = false
        } catch {
            if !textfileFailing { logger.error("\(error)") }
            textfileFailing = true
        }
    }

    /// The configured feeds' records, in configuration order.
    private func configuredFeeds() async throws -> [FeedRecord] {
        let urls = configuration.feeds.map(\.url)
        guard feedsRegistered else {
            let registered = try await store.registerFeeds(urls)
            feedsRegistered = true
            return registered
        }
        return try await store.feeds(configuredAs: urls)
    }

    private func pruneIfDue() async throws {
        guard let retention = configuration.unrelatedTextRetentionSeconds else { return }
        let time = now()
        if let prunedAt, time.timeIntervalSince(prunedAt) < 3600 { return }
        prunedAt = time
        let pruned = try await store.pruneUnrelatedText(seenBefore: time.addingTimeInterval(-retention))
        if pruned > 0 { logger.info("retention: pruned the text of \(pruned) unrelated items first seen over \(Int(retention / 86_400)) days ago") }
    }

    /// How many feeds the configuration lists.
    public var feedCount: Int { configuration.feeds.count }

    /// The earliest time a configured feed is due, for the daemon's sleep.
    public func nextDue() async throws -> Date? {
        let configured = Set(configuration.feeds.map(\.url))
        return try await store.allFeeds().filter { configured.contains($0.configuredURL) && $0.disabled == nil }
            .compactMap(\.nextDue).min()
    }

    /// Fetches at most `fetch.concurrency` feeds at once and `fetch.per_host` per host, hosts taking
    /// turns; stores each feed as it arrives. On graceful shutdown no new feed starts, and fetches
    /// still running after `poll.drain` are cancelled and left due (nothing recorded for them).
    private func fetchFairly(_ feeds: [FeedRecord], into report: inout PollReport) async throws {
        let fetcher = self.fetcher, metrics = self.metrics, budget = self.budget, reader = self.reader, now = self.now
        let drain = Duration.milliseconds(Int64(configuration.poll.drainSeconds * 1000))
        var queue = FairFetchQueue(feeds, perHost: configuration.fetch.perHost) { HostKey.of($0.url) }
        try await withThrowingTaskGroup(of: FetchEvent.self) { group in
            group.addTask { await Self.drainDeadline(after: drain) }
            // Fetches are bounded by `fetch.concurrency`; fetched feeds waiting to be prepared or
            // stored by twice as many more, so the analysis tasks keep every core busy while the
            // store commits, without parsed feeds piling up in memory. A feed prepared in its own
            // fetch task keeps its fetch slot (and its host's) until it is stored.
            var fetching = 0, preparing = 0
            var draining = false
            let concurrency = max(1, configuration.fetch.concurrency)
            func startFeeds() {
                while !draining, fetching < concurrency, fetching + preparing < 3 * concurrency, !Task.isShuttingDownGracefully,
                    let feed = queue.next()
                {
                    fetching += 1
                    // Items are stored only in the transaction that records a successful poll, so
                    // a feed never fetched has none: its entries need no look-up in the store, and
                    // are prepared in the fetch's own task instead of waiting for the store's
                    // thread to ask. (Stored entries would still be skipped: the unique key decides.)
                    let engine = feed.lastSuccess == nil ? self.engine : nil
                    let mode = articleMode(feed)
                    group.addTask {
                        let outcome = await Self.fetchAndParse(feed, fetcher: fetcher, budget: budget, metrics: metrics)
                        guard let engine, case .parsed(let parsed, let document) = outcome else { return .fetched(feed, outcome) }
                        let fresh = FreshEntries(parsed: parsed, document: document, entries: Self.oldestFirst(parsed), engine: engine)
                        return .prepared(feed, await reader.read(fresh, mode: mode, engine: engine, now: now()), heldFetchSlot: true)
                    }
                }
            }
            startFeeds()
            while fetching + preparing > 0, let event = try await group.next() {
                switch event {
                case .drainExpired:
                    logger.warning("shutting down: cancelling \(fetching) fetch(es) still running after \(drain)")
                    draining = true
                    group.cancelAll()
                case .fetched(let feed, let outcome):
                    fetching -= 1
                    queue.finished(feed)
                    switch outcome {
                    case .parsed(let parsed, let document):
                        let entries = try await store.unseenEntries(feedID: feed.id, Self.oldestFirst(parsed))
                        let engine = self.engine
                        let mode = articleMode(feed)
                        preparing += 1
                        group.addTask {
                            let fresh = FreshEntries(parsed: parsed, document: document, entries: entries, engine: engine)
                            return .prepared(feed, await reader.read(fresh, mode: mode, engine: engine, now: now()), heldFetchSlot: false)
                        }
                    case .notModified:
                        try await recordNotModified(feed, into: &report)
                    case .failed where draining:
                        break
                    case .failed(let failure):
                        // A host that asks its feeds to wait means its pages too.
                        await reader.fetcher.holdPages(of: HostKey.of(feed.url), after: failure.status, retryAfter: failure.retryAfter)
                        if let until = try await recordFailure(failure, for: feed, into: &report) {
                            let scope = PollScheduling.retryScope(feed.url)
                            for sibling in queue.remove(where: { PollScheduling.retryScope($0.url) == scope }) {
                                try await skip(sibling, because: "\(PollScheduling.retryAfterReason) for \(scope)", until: until, into: &report)
                            }
                        }
                    }
                    startFeeds()
                case .prepared(let feed, let fresh, let heldFetchSlot):
                    if heldFetchSlot {
                        fetching -= 1
                        queue.finished(feed)
                    } else {
                        preparing -= 1
                    }
                    // The next fetches start first, so they run while this feed is stored.
                    startFeeds()
                    try await recordFresh(fresh, for: feed, into: &report)
                }
            }
            group.cancelAll()
        }
    }

    /// Feeds list newest first; taking their entries oldest first makes the earliest copy the original.
    private static func oldestFirst(_ parsed: ParsedFeed) -> [FeedEntry] { parsed.entries.reversed() }

    private enum FetchEvent: Sendable {
        case fetched(FeedRecord, FeedOutcome)
        /// A feed's new entries, prepared; in its fetch task (a feed with nothing stored), which
        /// then still holds its fetch slot, or in a task of its own.
        case prepared(FeedRecord, FreshEntries, heldFetchSlot: Bool)
        case drainExpired
    }

    /// Returns `poll.drain` after graceful shutdown began. When the cycle ends first it is cancelled
    /// (outside a ServiceGroup, as in `run --once`, graceful shutdown never comes).
    private static func drainDeadline(after drain: Duration) async -> FetchEvent {
        do {
            try await gracefulShutdown()
            try await Task.sleep(for: drain)
        } catch {}
        return .drainExpired
    }

    private func skip(_ feed: FeedRecord, because reason: String, until: Date?, into report: inout PollReport) async throws {
        logger.info("feed \(feed.url): skipped, \(reason)")
        report.skipped += 1
        metrics.recordPoll(outcome: "skipped", status: nil, duration: nil)
        // A sibling's Retry-After becomes this feed's own hold, so the daemon does not wake for it.
        if let until, feed.holdReason != PollScheduling.retryAfterReason || (feed.nextDue ?? .distantPast) < until {
            try await store.postpone(feedID: feed.id, until: until, reason: PollScheduling.retryAfterReason)
        }
    }

    private static func fetchAndParse(_ feed: FeedRecord, fetcher: FeedFetcher, budget: HostBudget, metrics: FeedMetrics) async -> FeedOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        let outcome: FeedOutcome, status: Int?
        let fetched = await budget.withSlot(for: feed.url) { await fetcher.fetch(feed.url, validators: feed.validators) }
        switch fetched {
        case .notModified(let code):
            (outcome, status) = (.notModified, code)
        case .failed(let failure):
            (outcome, status) = (.failed(failure), failure.status)
        case .document(let document):
            status = document.status
            do {
                outcome = .parsed(try FeedParser.parse(document.body, url: feed.url, encoding: document.charset), document)
            } catch {
                outcome = .failed(FetchFailure(status: document.status, message: "cannot parse the feed: \(error)"))
            }
        }
        metrics.recordPoll(outcome: outcome.metricName, status: status, duration: clock.now - started)
        return outcome
    }

    private func recordNotModified(_ feed: FeedRecord, into report: inout PollReport) async throws {
        report.polled += 1
        report.notModified += 1
        try await store.recordPoll(feedID: feed.id, scheduling.success(feed, now: now(), status: 304, document: nil, title: nil, hints: nil))
    }

    /// Stores a failed poll; returns the Retry-After time when the server asked to wait.
    private func recordFailure(_ failure: FetchFailure, for feed: FeedRecord, into report: inout PollReport) async throws -> Date? {
        report.polled += 1
        report.failed += 1
        let time = now()
        let record = scheduling.failure(failure, feed: feed, now: time)
        try await store.recordPoll(feedID: feed.id, record)
        let next = record.disabled.map { "disabled (\($0))" } ?? "next attempt \(record.nextDue.formatted(.iso8601))"
        logger.warning("feed \(feed.url): \(failure.message); \(next)")
        return failure.retryAfter?.date(after: time)
    }

    /// Analyses and stores a fetched feed's new entries; their alerts wait for the cycle's end.
    private func recordFresh(_ fresh: FreshEntries, for feed: FeedRecord, into report: inout PollReport) async throws {
        report.polled += 1
        report.fetched += 1
        for warning in fresh.parsed.warnings { logger.warning("feed \(feed.url): \(warning)") }
        for (entry, read) in zip(fresh.entries, fresh.reads) where read.level > .debug || logger.logLevel <= .debug {
            logger.log(level: read.level, "feed \(feed.url): item '\(entry.title)': \(read.note)")
        }
        let analyses = try await storeItems(fresh, feed: feed, time: now())
        for analysis in analyses {
            for (story, replaced) in analysis.replacedOriginals {
                cycleAlerts[replaced]?.removeAll { $0.story == story }
                logger.info("story \(story): item \(replaced) is a copy of an earlier publication stored in the same cycle; no alert for it")
            }
        }
        for alert in analyses.flatMap(\.alerts) { cycleAlerts[alert.itemID, default: []].append(alert) }
        for analysis in analyses {
            guard let prepared = analysis.prepared, let itemID = analysis.alerts.first?.itemID else { continue }
            cycleScored[itemID] = prepared
            if !analysis.replacedOriginals.isEmpty { cycleReplaced[itemID] = analysis.replacedOriginals }
        }
        engine.absorb(analyses)
        report.newItems += analyses.count
        metrics.recordItems(analyses)
    }

    /// Withdraws the alerts `AlertSettlement` finds no longer due, with their stored verdicts.
    private func settleAlerts() async throws {
        let withdrawals = AlertSettlement.withdrawals(alerts: cycleAlerts, scored: cycleScored, replaced: cycleReplaced, engine: engine)
        (cycleScored, cycleReplaced) = ([:], [:])
        guard !withdrawals.isEmpty else { return }
        let time = now()
        let copies = try await store.withTransaction { transaction in
            try withdrawals.map {
                try transaction.withdraw($0.alert.itemID, story: $0.alert.story, score: $0.now.score, matched: $0.now.matched, decidedAt: time)
            }
        }
        metrics.recordWithdrawals(stories: withdrawals.map(\.alert.story))
        // The running stories counted the withdrawn items they were sure of, and their copies, as
        // their own reports; the store now holds them as unrelated, so a restart would not.
        let counted = zip(withdrawals, copies).filter { withdrawal, copyCount in
            copyCount > 0 || OwnReports.isSure(score: withdrawal.alert.score, threshold: withdrawal.threshold)
        }
        if !counted.isEmpty {
            var recounted = engine
            try await recounted.recountReports(of: Set(counted.map(\.0.alert.story)).sorted(), from: store)
            engine = recounted
        }
        for (withdrawal, copyCount) in zip(withdrawals, copies) {
            let alert = withdrawal.alert
            cycleAlerts[alert.itemID]?.removeAll { $0.story == alert.story }
            let place = withdrawal.now.elsewhere.map { " (\($0.item))" } ?? ""
            let copied = copyCount > 0 ? ", nor for its \(copyCount) stored cop\(copyCount == 1 ? "y" : "ies")" : ""
            let scores = String(format: "%.3f < %.3f", withdrawal.now.score, withdrawal.threshold)
            logger.info("""
                story \(alert.story): item \(alert.itemID) '\(alert.title)' happens elsewhere\(place), and this cycle's items \
                show where its terms make news: its score is now \(scores), so it is unrelated and there is no alert for it\(copied)
                """)
        }
    }

    /// Writes the cycle's alert lines, oldest publication first, and hands them to the hooks. The
    /// store records them as written first: a crash between the two is the one way to lose an
    /// alert; one before it leaves them for the next cycle.
    private func writeAlerts(into report: inout PollReport) async throws {
        let alerts = cycleAlerts.values.joined()
            .sorted { ($0.published ?? .distantFuture, $0.itemID, $0.story) < ($1.published ?? .distantFuture, $1.itemID, $1.story) }
        cycleAlerts = [:]
        guard !alerts.isEmpty else { return }
        try await store.markAlerted(alerts, at: now())
        for alert in alerts { logger.notice("\(AlertLine.format(alert))") }
        // Only when there is something to deliver: the hooks' actor runs on the shared pool.
        if configuration.alerts.isEnabled { await hooks.deliver(alerts) }
        report.alerts += alerts
    }

    /// One transaction: the feed's new items, their verdicts, the index and the feed's state.
    private func storeItems(_ fresh: FreshEntries, feed: FeedRecord, time: Date) async throws -> [ItemAnalysis] {
        let engine = self.engine
        let pollRecord = scheduling.success(
            feed, now: time, status: fresh.document.status, document: fresh.document, title: fresh.parsed.title, hints: fresh.parsed.hints)
        let originals = cycleOriginals
        return try await store.withTransaction { transaction in
            let analyses = try engine.store(
                fresh.entries, prepared: fresh.prepared, articleNotes: fresh.reads.map(\.note), feedID: feed.id, feed: feed.configuredURL,
                in: transaction, now: time, originals: originals)
            for attempt in fresh.reads.compactMap(\.attempt) { try transaction.recordPage(attempt, feedID: feed.id) }
            try transaction.recordPoll(feedID: feed.id, pollRecord)
            return analyses
        }
    }
}
