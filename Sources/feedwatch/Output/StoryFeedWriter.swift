import FeedCore
import FeedStore
import Foundation

/// A story's related items as a feed a reader can subscribe to: Atom 1.0 (RFC 4287) or JSON Feed 1.1.
struct StoryFeedWriter {
    struct Entry {
        let row: StoryRow
        let item: StoredItem
    }

    let story: String
    let entries: [Entry]
    /// The feed's own time: the newest entry's, so an unchanged export is byte-identical.
    var updated: Date { entries.map(\.item.firstSeen).max() ?? Date(timeIntervalSince1970: 0) }

    /// Permanent ids: the story's and an item's tag URIs (RFC 4151), from the item's key in its feed.
    var feedID: String { "tag:feedwatch.invalid,2022:story/\(percentEncoded(story))" }

    func entryID(_ entry: Entry) -> String {
        "tag:feedwatch.invalid,2022:item/\(percentEncoded(entry.item.feed))/\(percentEncoded(entry.item.entry.id))"
    }

    /// What the reader sees as the entry's text: why feedwatch flagged it, then the item's own text.
    func summary(_ entry: Entry) -> String {
        "Related to \(story) (score \(String(format: "%.3f", entry.row.score)); matched: \(entry.row.matched.joined(separator: ", "))). "
            + "From \(entry.item.feed).\n\n" + entry.item.entry.bodyText
    }

    func atom() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(XMLEscaping.escape("feedwatch: \(story)"))</title>\n  <id>\(XMLEscaping.escape(feedID))</id>\n"
        xml += "  <updated>\(Self.timestamp(updated))</updated>\n  <author><name>feedwatch</name></author>\n"
        xml += "  <generator>feedwatch</generator>\n"
        for entry in entries {
            xml += "  <entry>\n    <title>\(XMLEscaping.escape(entry.item.entry.title.isEmpty ? "(untitled)" : entry.item.entry.title))</title>\n"
            xml += "    <id>\(XMLEscaping.escape(entryID(entry)))</id>\n"
            if let link = entry.item.entry.link { xml += "    <link rel=\"alternate\" href=\"\(XMLEscaping.escape(link))\"/>\n" }
            xml += "    <updated>\(Self.timestamp(entry.item.firstSeen))</updated>\n"
            if let published = entry.item.entry.published { xml += "    <published>\(Self.timestamp(published))</published>\n" }
            for term in entry.row.matched.prefix(8) { xml += "    <category term=\"\(XMLEscaping.escape(term))\"/>\n" }
            xml += "    <summary type=\"text\">\(XMLEscaping.escape(summary(entry)))</summary>\n  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    func jsonFeed() throws -> String {
        struct Item: Encodable {
            let id: String
            let url: String?
            let title: String
            let content_text: String
            let date_published: String?
            let date_modified: String
            let tags: [String]
        }
        struct Feed: Encodable {
            let version = "https://jsonfeed.org/version/1.1"
            let title: String
            let description: String
            let items: [Item]
        }
        let feed = Feed(
            title: "feedwatch: \(story)", description: "New stories related to \(story), found by feedwatch",
            items: entries.map {
                Item(
                    id: entryID($0), url: $0.item.entry.link, title: $0.item.entry.title, content_text: summary($0),
                    date_published: $0.item.entry.published.map(Self.timestamp), date_modified: Self.timestamp($0.item.firstSeen),
                    tags: Array($0.row.matched.prefix(8)))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(feed), as: UTF8.self) + "\n"
    }

    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    private func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}
