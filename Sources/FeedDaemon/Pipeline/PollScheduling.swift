import FeedCore
import FeedFetch
import FeedStore
import Foundation

/// When a feed is polled next, and whether it may be polled now.
struct PollScheduling {
    let settings: PollSettings
    /// Feeds configured with their own `interval`, by configured URL.
    var intervals: [String: Double] = [:]

    init(settings: PollSettings, intervals: [String: Double] = [:]) {
        self.settings = settings
        self.intervals = intervals
    }

    init(_ configuration: Configuration) {
        self.init(
            settings: configuration.poll,
            intervals: Dictionary(
                configuration.feeds.compactMap { feed in feed.intervalSeconds.map { (feed.url, $0) } }, uniquingKeysWith: { first, _ in first }))
    }

    static let retryAfterReason = "server asked to retry later (Retry-After)"

    /// Why the feed must not be polled now even in a forced cycle, or nil.
    /// - Parameter serverHolds: Retry-After times by `retryScope`, from `serverHolds(_:now:)`.
    func hold(_ feed: FeedRecord, now: Date, serverHolds: [String: Date] = [:]) -> String? {
        if let disabled = feed.disabled { return "disabled: \(disabled); change its URL in the config to try again" }
        if let reason = feed.holdReason, let due = feed.nextDue, due > now {
            return "\(reason); next attempt \(due.formatted(.iso8601))"
        }
        if let until = serverHolds[Self.retryScope(feed.url)], until > now {
            return "\(Self.retryAfterReason) for \(Self.retryScope(feed.url)); next attempt \(until.formatted(.iso8601))"
        }
        return nil
    }

    /// Retry-After holds in force, by scope: a server that asks one feed to wait asks every feed at
    /// the same host and path (they differ only by query), and no other.
    func serverHolds(_ feeds: [FeedRecord], now: Date) -> [String: Date] {
        var holds: [String: Date] = [:]
        for feed in feeds where feed.holdReason == Self.retryAfterReason {
            guard let due = feed.nextDue, due > now else { continue }
            holds[Self.retryScope(feed.url)] = max(holds[Self.retryScope(feed.url)] ?? due, due)
        }
        return holds
    }

    /// What a Retry-After applies to: host (and port) and path, without query or fragment.
    static func retryScope(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return url }
        return host + (components.port.map { ":\($0)" } ?? "") + (components.path.isEmpty ? "/" : components.path)
    }

    func isDue(_ feed: FeedRecord, now: Date) -> Bool {
        feed.nextDue.map { $0 <= now } ?? true
    }

    /// - Parameter hints: what the document just parsed says, or nil after a 304 (the stored ones apply).
    func success(_ feed: FeedRecord, now: Date, status: Int, document: FetchedDocument?, title: String?, hints: FeedHints?) -> FeedPollRecord {
        FeedPollRecord(
            attemptedAt: now, status: String(status), succeeded: true, validators: document?.validators,
            newURL: document?.permanentURL, title: title,
            nextDue: nextDue(after: now, feed: feed.configuredURL, hints: hints ?? feed.hints, fresh: document?.freshSeconds),
            consecutiveErrors: 0, hints: hints)
    }

    /// The configured interval (the feed's own, else `poll.interval`), raised (never lowered) by the
    /// feed's own hints and the server's freshness, kept within `min_interval`…`max_interval`; plus up to 10 % of
    /// jitter fixed per feed, so feeds of one host polled on one schedule spread out; then moved out
    /// of the feed's skipped hours and days.
    func nextDue(after now: Date, feed: String, hints: FeedHints, fresh: Double?) -> Date {
        let configured = intervals[feed] ?? settings.intervalSeconds
        var interval = configured
        for hinted in [hints.minimumIntervalSeconds, fresh].compactMap({ $0 }) { interval = max(interval, hinted) }
        interval = max(settings.minIntervalSeconds, min(interval, max(settings.maxIntervalSeconds, configured)))
        let jitter = Double(XXH64.hash(feed) % 1000) / 1000 * 0.1 * interval
        var due = now.addingTimeInterval(interval + jitter)
        // Skip lists are in GMT, by whole hours; a week of skips is the most there can be.
        for _ in 0..<(7 * 24) where Self.isSkipped(due, hints: hints) { due.addTimeInterval(3600) }
        return due
    }

    private static func isSkipped(_ date: Date, hints: FeedHints) -> Bool {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let hour = (seconds - days * 86_400) / 3600
        let weekday = ((days % 7 + 7 + 3) % 7) + 1  // 1970-01-01 was a Thursday (4)
        return hints.skipHours.contains(hour) || hints.skipDays.contains(weekday)
    }

    func failure(_ failure: FetchFailure, feed: FeedRecord, now: Date) -> FeedPollRecord {
        let errors = feed.consecutiveErrors + 1
        let backoff = now.addingTimeInterval(settings.backoff(afterErrors: errors))
        if failure.isGone {
            return FeedPollRecord(
                attemptedAt: now, status: "410", error: failure.message, succeeded: false, nextDue: backoff,
                disabled: "410 Gone", consecutiveErrors: errors)
        }
        if let retryAfter = failure.retryAfter?.date(after: now), retryAfter > backoff {
            return FeedPollRecord(
                attemptedAt: now, status: failure.status.map(String.init) ?? "error", error: failure.message,
                succeeded: false, nextDue: retryAfter, holdReason: Self.retryAfterReason,
                consecutiveErrors: errors)
        }
        return FeedPollRecord(
            attemptedAt: now, status: failure.status.map(String.init) ?? "error", error: failure.message,
            succeeded: false, nextDue: backoff, holdReason: "backing off after \(errors) consecutive error\(errors == 1 ? "" : "s")",
            consecutiveErrors: errors)
    }
}
