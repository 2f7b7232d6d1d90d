import FeedCore
import Foundation

/// Any seen item with its verdict for one story, as `feedwatch items` lists it.
public struct ItemRow: Sendable, Encodable, Equatable {
    public var id: Int64
    public var story: String
    public var verdict: Verdict
    public var score: Double
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    @NullEncoded public var published: Date?
}
