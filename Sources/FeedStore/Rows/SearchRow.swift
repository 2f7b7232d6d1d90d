import FeedCore
import Foundation

/// An item matching a full-text query, as `feedwatch search` lists it: best match first.
public struct SearchRow: Sendable, Encodable, Equatable {
    public var id: Int64
    public var story: String
    public var verdict: Verdict
    public var score: Double
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    @NullEncoded public var published: Date?
    /// Where the query matched, with the matches in [brackets].
    public var snippet: String
}
