import FeedCore
import Foundation

/// An Atom 1.0 or 0.3 `<entry>` subtree → `FeedEntry`.
enum AtomEntryAdapter {
    static func entry(from node: XMLNode) -> FeedEntry {
        var title = "", summary = "", content = ""
        var id: String?, published: Date?, updated: Date?
        var links = LinkChoice()
        var authors: [String] = [], categories: [String] = []
        for child in node.children {
            switch (Namespace(child.namespaceURI), child.name) {
            case (.atom, "id"): id = child.text
            case (.atom, "title"): title = AtomText.plainText(of: child)
            case (.atom, "link"): links.offer(child)
            case (.atom, "summary"): summary = AtomText.plainText(of: child)
            case (.atom, "content") where child.attribute("src") == nil: content = AtomText.plainText(of: child)
            case (.atom, "published"), (.atom, "issued"), (.atom, "created"), (.dublinCore, "date"):
                published = published ?? FeedDate.parse(child.text)
            case (.atom, "updated"), (.atom, "modified"): updated = FeedDate.parse(child.text)
            case (.atom, "author"):
                if let name = child.child("name") { appendNonEmpty(name.text, to: &authors) }
            case (.dublinCore, "creator"): appendNonEmpty(child.text, to: &authors)
            case (.atom, "category"):
                appendNonEmpty(child.attribute("term") ?? child.attribute("label") ?? "", to: &categories)
            case (.dublinCore, "subject"): appendNonEmpty(child.text, to: &categories)
            default: break
            }
        }
        let link = links.best
        let key = EntryIdentity.key(guid: id, link: link, title: title, date: published ?? updated, text: content + summary)
        return FeedEntry(
            id: key, title: title, link: link, published: published, updated: updated,
            summary: summary, content: content, authors: authors, categories: categories)
    }

}
