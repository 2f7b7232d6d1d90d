import FeedCore
import Foundation

/// What the store remembers about one configured feed.
public struct FeedRecord: Sendable, Equatable {
    public var id: Int64
    public var configuredURL: String
    /// The URL polled now: differs from the configured one after a permanent redirect.
    public var url: String
    public var title: String?
    public var validators: Validators
    public var lastStatus: String?
    public var lastError: String?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var consecutiveErrors: Int
    public var nextDue: Date?
    /// Why the feed waits beyond its interval: error back-off or a server's Retry-After.
    public var holdReason: String?
    /// Why the feed is no longer polled (410 Gone), or nil.
    public var disabled: String?
    /// What the feed last said about how often it changes.
    public var hints = FeedHints()
}
