import FeedCore
import Foundation

/// An Atom 1.0 or 0.3 `<entry>` subtree → `FeedEntry`.
enum AtomEntryAdapter {
    static func entry(from element: XMLElement) -> FeedEntry {
        var title = "", summary = "", content = ""
        var id: String?, published: Date?, updated: Date?
        var links = LinkChoice()
        var extensions = EntryExtensions()
        var authors: [String] = [], categories: [String] = []
        for child in element.children {
            switch (child.namespace, child.name) {
            case (.atom, "id"): id = child.text
            case (.atom, "title"): title = AtomText.plainText(of: child)
            case (.atom, "link") where child.attribute("rel") == "enclosure": extensions.addAtomEnclosure(child)
            case (.atom, "link"): links.offer(child)
            case (.atom, "summary"): summary = AtomText.plainText(of: child)
            case (.atom, "content") where child.attribute("src") == nil: content = AtomText.plainText(of: child)
            // Atom 1.0's own element wins over Atom 0.3's and Dublin Core's, wherever it appears.
            case (.atom, "published"): published = FeedDate.parse(child.text) ?? published
            case (.atom, "issued"), (.atom, "created"), (.dublinCore, "date"): published = published ?? FeedDate.parse(child.text)
            case (.atom, "updated"), (.atom, "modified"): updated = FeedDate.parse(child.text)
            case (.atom, "author"):
                if let name = child.child("name") { appendNonEmpty(name.text, to: &authors) }
            case (.dublinCore, "creator"): appendNonEmpty(child.text, to: &authors)
            case (.atom, "category"):
                appendNonEmpty(child.attribute("term") ?? child.attribute("label") ?? "", to: &categories)
            case (.dublinCore, "subject"): appendNonEmpty(child.text, to: &categories)
            default: _ = extensions.offer(child)
            }
        }
        let link = links.best
        var entry = FeedEntry(
            id: "", title: title, link: link, published: published, updated: updated,
            summary: summary, content: content, authors: authors, categories: categories)
        extensions.complete(&entry)
        entry.id = EntryIdentity.key(
            guid: id, link: link, title: entry.title, date: published ?? updated, text: entry.content + entry.summary)
        return entry
    }
}
