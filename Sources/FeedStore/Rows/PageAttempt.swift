import FeedCore
import Foundation

/// The last request for one page (`pages`): what came of it, and when it may be asked for again.
public struct PageAttempt: Sendable, Equatable {
    /// The URL as the item linked it.
    public var url: String
    public var outcome: PageOutcome
    /// After redirects, when it was read.
    public var finalURL: String?
    public var error: String?
    public var attemptedAt: Date
    /// How many times it was asked for, this one included.
    public var attempts: Int
    /// When a page that was not read may be asked for again; nil: never (it was read, or it is not
    /// a page we may fetch).
    public var retryAfter: Date?

    public init(url: String, outcome: PageOutcome, finalURL: String?, error: String?, attemptedAt: Date, attempts: Int, retryAfter: Date?) {
        self.url = url
        self.outcome = outcome
        self.finalURL = finalURL
        self.error = error
        self.attemptedAt = attemptedAt
        self.attempts = attempts
        self.retryAfter = retryAfter
    }
}
