import Foundation

/// A related story, as `feedwatch stories` lists it.
public struct StoryRow: Sendable, Encodable, Equatable {
    public var id: Int64
    public var story: String
    public var title: String
    public var link: String?
    public var feed: String
    public var published: Date?
    public var score: Double
    public var matched: [String]

    enum CodingKeys: String, CodingKey { case id, story, title, link, feed, published, score, matched }

    /// Absent values are written as null, never left out, so scripts can rely on every key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(story, forKey: .story)
        try container.encode(title, forKey: .title)
        try container.encode(link, forKey: .link)
        try container.encode(feed, forKey: .feed)
        try container.encode(published, forKey: .published)
        try container.encode(score, forKey: .score)
        try container.encode(matched, forKey: .matched)
    }
}
