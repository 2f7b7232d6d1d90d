import FeedCore
import Foundation

/// `feedwatch inspect --format json`: a parsed feed with every key present (null when absent).
struct InspectDocument: Encodable {
    struct Entry: Encodable {
        var id: String
        var title: String
        @NullEncoded var link: String?
        @NullEncoded var published: Date?
        @NullEncoded var updated: Date?
        var summary: String
        var content: String
        var authors: [String]
        var categories: [String]
        var enclosures: [FeedEnclosure]
        @NullEncoded var image: String?
    }

    var format: FeedFormat
    var title: String
    @NullEncoded var link: String?
    var entries: [Entry]
    var warnings: [String]

    init(_ feed: ParsedFeed) {
        format = feed.format
        title = feed.title
        link = feed.link
        warnings = feed.warnings
        entries = feed.entries.map {
            Entry(id: $0.id, title: $0.title, link: $0.link, published: $0.published, updated: $0.updated,
                  summary: $0.summary, content: $0.content, authors: $0.authors, categories: $0.categories,
                  enclosures: $0.enclosures, image: $0.image)
        }
    }
}
