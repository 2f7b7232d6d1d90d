import FeedCore
import FeedFetch
import FeedStore
import Foundation

/// When a feed is polled next, and whether it may be polled now.
struct PollScheduling {
    let settings: PollSettings

    /// Why the feed must not be polled now even in a forced cycle, or nil.
    func hold(_ feed: FeedRecord, now: Date) -> String? {
        if let disabled = feed.disabled { return "disabled: \(disabled); change its URL in the config to try again" }
        if let reason = feed.holdReason, let due = feed.nextDue, due > now {
            return "\(reason); next attempt \(due.formatted(.iso8601))"
        }
        return nil
    }

    func isDue(_ feed: FeedRecord, now: Date) -> Bool {
        feed.nextDue.map { $0 <= now } ?? true
    }

    func success(now: Date, status: Int, document: FetchedDocument?, title: String?) -> FeedPollRecord {
        FeedPollRecord(
            attemptedAt: now, status: String(status), succeeded: true, validators: document?.validators,
            newURL: document?.permanentURL, title: title, nextDue: now.addingTimeInterval(settings.intervalSeconds),
            consecutiveErrors: 0)
    }

    func failure(_ failure: FetchFailure, feed: FeedRecord, now: Date) -> FeedPollRecord {
        let errors = feed.consecutiveErrors + 1
        let backoff = now.addingTimeInterval(settings.backoff(afterErrors: errors))
        if failure.isGone {
            return FeedPollRecord(
                attemptedAt: now, status: "410", error: failure.message, succeeded: false, nextDue: backoff,
                disabled: "410 Gone", consecutiveErrors: errors)
        }
        if let retryAfter = failure.retryAfter, retryAfter > backoff {
            return FeedPollRecord(
                attemptedAt: now, status: failure.status.map(String.init) ?? "error", error: failure.message,
                succeeded: false, nextDue: retryAfter, holdReason: "server asked to retry later (Retry-After)",
                consecutiveErrors: errors)
        }
        return FeedPollRecord(
            attemptedAt: now, status: failure.status.map(String.init) ?? "error", error: failure.message,
            succeeded: false, nextDue: backoff, holdReason: "backing off after \(errors) consecutive error\(errors == 1 ? "" : "s")",
            consecutiveErrors: errors)
    }
}
