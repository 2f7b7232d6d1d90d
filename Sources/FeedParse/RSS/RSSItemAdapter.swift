import FeedCore
import Foundation

/// An RSS 0.9x/2.0 `<item>` or RSS 1.0 (RDF) `<item>` subtree → `FeedEntry`.
enum RSSItemAdapter {
    /// - Parameter site: the channel's `<link>` when it is absolute: what a relative item link with
    ///   no `xml:base` in scope is relative to (publishers write them for their site, and the
    ///   document's own URL is often a feed proxy's).
    static func entry(from item: XMLElement, site: String?) -> FeedEntry {
        var title = "", summary = "", content = ""
        var guid: String?, link: String?, guidLink: String?, published: Date?, updated: Date?
        var atomLinks = LinkChoice()
        var extensions = EntryExtensions(site: site)
        var authors: [String] = [], categories: [String] = []
        let base = item.baseURI
        for child in item.children {
            switch (child.namespace, child.name) {
            case (.core, "title"): title = HTMLText.plainText(fromHTMLIn: child)
            case (.dublinCore, "title") where title.isEmpty: title = HTMLText.plainText(fromHTMLIn: child)
            case (.core, "link"): link = link ?? LinkResolver.resolve(child.text, base: child.hasXMLBase ? child.baseURI : site ?? base)
            case (.core, "guid"):
                guid = child.text
                if child.attribute("isPermaLink")?.lowercased() != "false" { guidLink = permalink(child.text, base: base) }
            case (.core, "description"): summary = HTMLText.plainText(fromHTMLIn: child)
            case (.dublinCore, "description") where summary.isEmpty: summary = HTMLText.plainText(fromHTMLIn: child)
            case (.content, "encoded"): content = HTMLText.plainText(fromHTMLIn: child)
            // Older ways to carry the full text: inline XHTML, and escaped HTML in <fullitem>.
            case (.xhtml, "body"), (.core, "body"): if content.isEmpty { content = MarkupRenderer.render(childrenOf: child) }
            case (.core, "fullitem"): if content.isEmpty { content = HTMLText.plainText(fromHTMLIn: child) }
            case (.core, "pubDate"), (.dublinCore, "date"), (.dublinCore, "issued"), (.dublinCore, "created"):
                published = published ?? FeedDate.parse(child.text)
            case (.dublinCore, "modified"), (.atom, "updated"): updated = FeedDate.parse(child.text)
            case (.core, "author"), (.dublinCore, "creator"), (.dublinCore, "author"):
                appendNonEmpty(AuthorName.clean(child.text), to: &authors)
            case (.core, "category"), (.dublinCore, "subject"): appendNonEmpty(child.text, to: &categories)
            case (.atom, "link") where child.attribute("rel") == "enclosure": extensions.addAtomEnclosure(child)
            case (.atom, "link"): atomLinks.offer(child)
            default: _ = extensions.offer(child)
            }
        }
        link = link ?? atomLinks.best ?? guidLink
        if guid == nil { guid = item.attribute("about", namespace: .rdf) }
        var entry = FeedEntry(
            id: "", title: title, link: link, published: published, updated: updated,
            summary: summary, content: content, authors: authors, categories: categories)
        extensions.complete(&entry)
        entry.id = EntryIdentity.key(guid: guid, link: link, title: entry.title, date: published, text: entry.content + entry.summary)
        return entry
    }

    /// Whether the item's `<link>` is relative with no `xml:base` in scope: it then waits for the
    /// channel's `<link>`, should that come after the items.
    static func needsSite(_ item: XMLElement) -> Bool {
        guard let child = item.children.first(where: { $0.namespace == .core && $0.name == "link" }), !child.hasXMLBase else { return false }
        let text = child.text.trimmingWhitespace()
        return !text.isEmpty && URL(string: text)?.scheme == nil
    }

    /// A guid that is a permalink doubles as the item's link when `<link>` is missing.
    private static func permalink(_ guid: String, base: String?) -> String? {
        let trimmed = guid.trimmingWhitespace()
        guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") else { return nil }
        return LinkResolver.resolve(trimmed, base: base)
    }
}

func appendNonEmpty(_ raw: String, to list: inout [String]) {
    let value = HTMLText.plainText(fromText: raw)
    if !value.isEmpty && !list.contains(value) { list.append(value) }
}
