import FeedCore
import Foundation

/// A feed's health, as `feedwatch feeds` lists it.
public struct FeedRow: Sendable, Encodable, Equatable {
    /// The URL polled now (after permanent redirects).
    public var url: String
    public var configuredURL: String
    @NullEncoded public var title: String?
    /// The last HTTP status, or the last error when there was no response.
    @NullEncoded public var status: String?
    @NullEncoded public var lastAttempt: Date?
    @NullEncoded public var lastSuccess: Date?
    public var consecutiveErrors: Int
    @NullEncoded public var nextDue: Date?
    /// Items stored from this feed, and how many of them are related stories.
    public var items: Int
    public var related: Int
    /// Why the feed is no longer polled (410 Gone), or null.
    @NullEncoded public var disabled: String?
    /// The web pages its items linked to (`articles:`): read, and asked for but not read (errors,
    /// robots.txt, a host's Retry-After, addresses refused), with the latest reason for one not read.
    public var pagesFetched: Int
    public var pagesFailed: Int
    @NullEncoded public var pageError: String?
    /// `pagesFailed` by the host the page was on, so that a site that blocks or fails shows by name.
    public var pageFailuresByHost: [String: Int] = [:]

    enum CodingKeys: String, CodingKey {
        case url, title, status, items, related, disabled
        case pagesFetched = "pages_fetched"
        case pagesFailed = "pages_failed"
        case pageError = "page_error"
        case pageFailuresByHost = "page_failures_by_host"
        case configuredURL = "configured_url"
        case lastAttempt = "last_attempt"
        case lastSuccess = "last_success"
        case consecutiveErrors = "consecutive_errors"
        case nextDue = "next_due"
    }
}
