import FeedCore
import Foundation

/// A copy of a stored story, as `feedwatch show` lists where the story spread: the outlet (feed),
/// when feedwatch saw it, how close it is, and which item it copies (the story or another copy).
public struct CopyRow: Sendable, Encodable, Equatable {
    public var id: Int64
    public var story: String
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    @NullEncoded public var published: Date?
    public var firstSeen: Date
    public var similarity: Double
    public var copyOf: Int64

    enum CodingKeys: String, CodingKey {
        case id, story, title, link, feed, published, similarity
        case firstSeen = "first_seen"
        case copyOf = "copy_of"
    }
}
