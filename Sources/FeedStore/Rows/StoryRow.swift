import FeedCore
import Foundation

/// A related story, as `feedwatch stories` lists it.
public struct StoryRow: Sendable, Encodable, Equatable {
    public var id: Int64
    public var story: String
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    @NullEncoded public var published: Date?
    public var score: Double
    public var matched: [String]
}

extension StoryRow {
    /// A new alert as the row `feedwatch stories` will list for it: what the alert hooks receive.
    public init(_ alert: Alert) {
        self.init(
            id: alert.itemID, story: alert.story, title: alert.title, link: alert.link, feed: alert.feed, published: alert.published,
            score: alert.score, matched: alert.matched)
    }
}
