import Foundation

/// A new related story, as announced once in the log.
public struct Alert: Sendable, Equatable {
    public var itemID: Int64
    public var story: String
    public var score: Double
    public var title: String
    public var link: String?
    public var feed: String
    public var matched: [String]
    public var published: Date?

    public init(
        itemID: Int64, story: String, score: Double, title: String, link: String?, feed: String, matched: [String], published: Date? = nil
    ) {
        self.itemID = itemID
        self.story = story
        self.score = score
        self.title = title
        self.link = link
        self.feed = feed
        self.matched = matched
        self.published = published
    }
}
