import FeedCore
import Foundation

/// An RSS 0.9x/2.0 `<item>` or RSS 1.0 (RDF) `<item>` subtree → `FeedEntry`.
enum RSSItemAdapter {
    static func entry(from item: XMLNode) -> FeedEntry {
        var title = "", summary = "", content = ""
        var guid: String?, link: String?, guidLink: String?, published: Date?, updated: Date?
        var atomLinks = LinkChoice()
        var authors: [String] = [], categories: [String] = []
        let base = item.baseURI
        for child in item.children {
            switch (Namespace(child.namespaceURI), child.name) {
            case (.core, "title"): title = HTMLText.plainText(fromHTML: child.text)
            case (.dublinCore, "title") where title.isEmpty: title = HTMLText.plainText(fromHTML: child.text)
            case (.core, "link"): link = link ?? LinkResolver.resolve(child.text, base: base)
            case (.core, "guid"):
                guid = child.text
                if child.attribute("isPermaLink")?.lowercased() != "false" { guidLink = permalink(child.text, base: base) }
            case (.core, "description"): summary = HTMLText.plainText(fromHTML: child.text)
            case (.content, "encoded"): content = HTMLText.plainText(fromHTML: child.text)
            case (.core, "pubDate"), (.dublinCore, "date"): published = published ?? FeedDate.parse(child.text)
            case (.dublinCore, "modified"), (.atom, "updated"): updated = FeedDate.parse(child.text)
            case (.core, "author"), (.dublinCore, "creator"): appendNonEmpty(child.text, to: &authors)
            case (.core, "category"), (.dublinCore, "subject"): appendNonEmpty(child.text, to: &categories)
            case (.atom, "link"): atomLinks.offer(child)
            default: break
            }
        }
        link = link ?? atomLinks.best ?? guidLink
        if guid == nil { guid = item.attribute("about", namespace: Namespace.rdfURI) }
        let id = EntryIdentity.key(guid: guid, link: link, title: title, date: published, text: content + summary)
        return FeedEntry(
            id: id, title: title, link: link, published: published, updated: updated,
            summary: summary, content: content, authors: authors, categories: categories)
    }

    /// A guid that is a permalink doubles as the item's link when `<link>` is missing.
    private static func permalink(_ guid: String, base: String?) -> String? {
        let trimmed = guid.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") else { return nil }
        return LinkResolver.resolve(trimmed, base: base)
    }
}

func appendNonEmpty(_ raw: String, to list: inout [String]) {
    let value = HTMLText.plainText(fromText: raw)
    if !value.isEmpty && !list.contains(value) { list.append(value) }
}
