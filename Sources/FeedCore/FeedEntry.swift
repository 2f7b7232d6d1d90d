import Foundation

/// One item of a feed, normalised: text fields are plain text, links absolute, dates real or nil.
public struct FeedEntry: Sendable, Equatable, Codable {
    /// Stable identity within its feed: guid/id, else link, else a hash of title, date and text.
    public var id: String
    public var title: String
    public var link: String?
    public var published: Date?
    public var updated: Date?
    public var summary: String
    public var content: String
    public var authors: [String]
    public var categories: [String]
    public var enclosures: [FeedEnclosure]
    /// The entry's picture: `media:thumbnail`, `itunes:image`, a JSON Feed `image`.
    public var image: String?
    /// The article read from the item's page, when it was fetched.
    public var page: ItemPage?

    public init(
        id: String, title: String, link: String?, published: Date?, updated: Date?,
        summary: String, content: String, authors: [String], categories: [String],
        enclosures: [FeedEnclosure] = [], image: String? = nil
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.image = image
    }

    /// The article read from its page when there is one, else `feedText`.
    public var bodyText: String {
        if let page, !page.text.isEmpty { return page.text }
        return feedText
    }

    /// The longest text the feed carries: full content when the feed has it, else the summary.
    public var feedText: String {
        content.count >= summary.count ? content : summary
    }

    /// Words of the feed's own text (title and `feedText`): what decides whether the page is worth
    /// fetching.
    public var feedWords: Int {
        title.wordCount + feedText.wordCount
    }
}
