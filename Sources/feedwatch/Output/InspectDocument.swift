import FeedCore
import Foundation

/// `feedwatch inspect --format json`: a parsed feed with every key present (null when absent).
struct InspectDocument: Encodable {
    let feed: ParsedFeed

    struct EntryView: Encodable {
        let entry: FeedEntry

        enum CodingKeys: String, CodingKey { case id, title, link, published, updated, summary, content, authors, categories }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(entry.id, forKey: .id)
            try container.encode(entry.title, forKey: .title)
            try container.encode(entry.link, forKey: .link)
            try container.encode(entry.published, forKey: .published)
            try container.encode(entry.updated, forKey: .updated)
            try container.encode(entry.summary, forKey: .summary)
            try container.encode(entry.content, forKey: .content)
            try container.encode(entry.authors, forKey: .authors)
            try container.encode(entry.categories, forKey: .categories)
        }
    }

    enum CodingKeys: String, CodingKey { case format, title, link, entries, warnings }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(feed.format, forKey: .format)
        try container.encode(feed.title, forKey: .title)
        try container.encode(feed.link, forKey: .link)
        try container.encode(feed.entries.map(EntryView.init), forKey: .entries)
        try container.encode(feed.warnings, forKey: .warnings)
    }
}
