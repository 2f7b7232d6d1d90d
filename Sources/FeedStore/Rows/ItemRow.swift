import FeedCore
import Foundation

/// Any seen item with its verdict for one story, as `feedwatch items` lists it.
public struct ItemRow: Sendable, Encodable, Equatable {
    public var id: Int64
    public var story: String
    public var verdict: Verdict
    public var score: Double
    public var title: String
    public var link: String?
    public var feed: String
    public var published: Date?

    enum CodingKeys: String, CodingKey { case id, story, verdict, score, title, link, feed, published }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(story, forKey: .story)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(score, forKey: .score)
        try container.encode(title, forKey: .title)
        try container.encode(link, forKey: .link)
        try container.encode(feed, forKey: .feed)
        try container.encode(published, forKey: .published)
    }
}
