import FeedCore
import FeedFetch
import FeedParse
import FeedStore
import Foundation
import Logging

/// Reads the web pages of a feed's new items that `ArticlePolicy` picks, and gives those items the
/// article in place of the feed's teaser. Runs in the feed's preparation task, before anything is
/// stored: fetch → parse → (pages) → analyse → store.
public struct ArticleReader: Sendable {
    let fetcher: PageFetcher
    let store: Store
    /// Pages of one feed read at once; each still waits for its host's slot (`HostBudget`).
    let concurrency: Int
    let metrics: FeedMetrics
    let policy: ArticlePolicy

    /// - Parameter store: where earlier requests are remembered (`pages`), so none is repeated.
    public init(fetcher: PageFetcher, store: Store, concurrency: Int, metrics: FeedMetrics, policy: ArticlePolicy = .standard) {
        self.fetcher = fetcher
        self.store = store
        self.concurrency = concurrency
        self.metrics = metrics
        self.policy = policy
    }

    /// Entries with their pages read where the policy asked for them, prepared again from the
    /// article; per entry, what became of its page.
    public struct Outcome: Sendable {
        public let entries: [FeedEntry]
        public let prepared: [PreparedItem]
        public let reads: [ArticleRead]
    }

    /// A page not read is asked for again after this long, doubling per attempt, up to a day.
    static let firstRetry: TimeInterval = 3_600
    static let longestRetry: TimeInterval = 86_400

    /// Called as each poll cycle starts.
    public func newCycle() async {
        await fetcher.newCycle()
    }

    func read(_ fresh: FreshEntries, mode: ArticleFetching, engine: AnalysisEngine, now: Date) async -> FreshEntries {
        let outcome = await read(fresh.entries, prepared: fresh.prepared, mode: mode, engine: engine, now: now)
        return fresh.with(entries: outcome.entries, prepared: outcome.prepared, reads: outcome.reads)
    }

    /// - Parameter prepared: `engine.prepare(entry)` per entry: what the policy decides on.
    /// - Returns: under `never`, no reads at all: nothing to log or store per item.
    public func read(_ entries: [FeedEntry], prepared: [PreparedItem], mode: ArticleFetching, engine: AnalysisEngine, now: Date) async -> Outcome {
        guard mode != .never else { return Outcome(entries: entries, prepared: prepared, reads: []) }
        let decisions = zip(entries, prepared).map { policy.decide($0, prepared: $1, mode: mode) }
        // What each item is left with unless its page is read below.
        var results: [(page: ItemPage?, read: ArticleRead)] = decisions.map {
            (nil, ArticleRead(note: "page not read: \($0.reason)", attempt: nil, level: .debug))
        }
        let wanted = zip(entries, decisions).compactMap { $1.fetch ? $0.link : nil }
        guard !wanted.isEmpty else { return Outcome(entries: entries, prepared: prepared, reads: results.map(\.read)) }
        let known = (try? await store.pageAttempts(wanted)) ?? [:]
        await withTaskGroup(of: (Int, ItemPage?, ArticleRead).self) { group in
            var running = 0
            for (index, entry) in entries.enumerated() {
                let decision = decisions[index]
                guard decision.fetch, let link = entry.link else { continue }
                if running >= concurrency, let done = await group.next() {
                    results[done.0] = (done.1, done.2)
                    running -= 1
                }
                running += 1
                let previous = known[link]
                group.addTask {
                    let (page, read) = await self.page(for: entry, link: link, because: decision.reason, previous: previous, now: now)
                    return (index, page, read)
                }
            }
            for await done in group { results[done.0] = (done.1, done.2) }
        }
        var entries = entries, prepared = prepared, reads: [ArticleRead] = []
        for index in entries.indices {
            let (page, read) = results[index]
            reads.append(read)
            guard let page else { continue }
            entries[index].page = page
            prepared[index] = engine.merge(article: engine.prepare(entries[index]), feedText: prepared[index], stories: decisions[index].stories)
        }
        return Outcome(entries: entries, prepared: prepared, reads: reads)
    }

    /// The item's article, from the store when another item's page at the same link was read,
    /// else fetched unless an earlier request's back-off forbids it.
    private func page(for entry: FeedEntry, link: String, because reason: String, previous: PageAttempt?, now: Date) async -> (ItemPage?, ArticleRead) {
        if let previous {
            if previous.outcome == .fetched {
                guard let stored = try? await store.storedPage(link: link) else {
                    return (nil, ArticleRead(
                        note: "page read earlier, with no more text than a feed gave (or its text since pruned): judged on the feed's text",
                        attempt: nil, level: .debug))
                }
                return (stored, ArticleRead(note: "page read earlier from \(stored.url) (\(reason))", attempt: nil, level: .debug))
            }
            if previous.outcome != .fetched, (previous.retryAfter ?? .distantFuture) > now {
                let next = previous.retryAfter.map { "not before \($0.formatted(.iso8601))" } ?? "never again"
                return (nil, ArticleRead(
                    note: "page not read: asked for \(previous.attempts) time(s), last \(previous.outcome.rawValue) (\(previous.error ?? "")); \(next)",
                    attempt: nil, level: .debug))
            }
        }
        let attempts = (previous?.attempts ?? 0) + 1
        let result = await fetcher.fetch(link)
        metrics.recordPage(outcome: result.outcome, host: HostKey.of(link))
        func attempt(_ outcome: PageOutcome, final: String? = nil, error: String? = nil, retry: Bool) -> PageAttempt {
            let wait = min(Self.longestRetry, Self.firstRetry * Double(1 << min(attempts - 1, 10)))
            return PageAttempt(
                url: link, outcome: outcome, finalURL: final, error: error, attemptedAt: now, attempts: attempts,
                retryAfter: retry ? now.addingTimeInterval(wait) : nil)
        }
        switch result {
        case .page(let fetched):
            do {
                let extracted = try PageExtractor.extract(fetched.body, url: fetched.url, httpCharset: fetched.charset)
                let recorded = attempt(.fetched, final: fetched.url, retry: false)
                guard extracted.words > entry.feedWords else {
                    return (nil, ArticleRead(
                        note: "page \(fetched.url) read, but its main text (\(extracted.words) words) is no longer than the feed's: judged on the feed's text",
                        attempt: recorded, level: .debug))
                }
                let page = ItemPage(url: fetched.url, canonical: extracted.canonical, text: extracted.text)
                return (page, ArticleRead(note: "page \(fetched.url) read: \(extracted.words) words (\(reason))", attempt: recorded, level: .debug))
            } catch {
                let message = "\(error)"
                return (nil, ArticleRead(
                    note: "page \(fetched.url) not read: \(message); judged on the feed's text",
                    attempt: attempt(.failed, final: fetched.url, error: message, retry: false), level: .notice))
            }
        case .skipped(let skip) where skip.kind == .repeated:
            return (nil, ArticleRead(note: "page \(link) not read: \(skip)", attempt: nil, level: .debug))
        case .skipped(let skip):
            // Robots and holds pass; an address we may not reach or a link that is no web page does not.
            let retry = skip.kind == .robots || skip.kind == .held || skip.kind == .unresolved
            let level: Logger.Level = skip.kind == .refused && !skip.firstForHost ? .debug : .notice
            return (nil, ArticleRead(
                note: "page \(link) not read: \(skip); judged on the feed's text",
                attempt: attempt(skip.kind.outcome, error: skip.description, retry: retry), level: level))
        case .failed(let failure):
            return (nil, ArticleRead(
                note: "page \(link) not read: \(failure.message); judged on the feed's text",
                attempt: attempt(.failed, error: failure.message, retry: true), level: .notice))
        }
    }
}
