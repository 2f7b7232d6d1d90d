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
