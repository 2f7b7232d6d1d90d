import FeedCore

/// What Media RSS, iTunes and enclosures add to an entry. Media and iTunes text only fills fields
/// the core elements left empty (YouTube's Atom entries, podcasts), so it never overrides them.
struct EntryExtensions {
    private var title = ""
    private var description = ""
    private var image: String?
    private var authors: [String] = []
    private var categories: [String] = []
    private(set) var enclosures: [FeedEnclosure] = []
    /// What a relative URL with no `xml:base` in scope is relative to, when not the document's URL
    /// (an RSS channel's absolute `<link>`: `RSSItemAdapter`).
    private let site: String?

    init(site: String? = nil) { self.site = site }

    /// Takes the element if it belongs to an extension; false when it is not one of ours.
    mutating func offer(_ element: XMLElement) -> Bool {
        switch (element.namespace, element.name) {
        case (.media, "group"):
            for child in element.children { _ = offer(child) }
        case (.media, "title"):
            if title.isEmpty { title = mediaText(element) }
        case (.media, "description"):
            if description.isEmpty { description = mediaText(element) }
        case (.media, "thumbnail"):
            image = image ?? element.attribute("url").flatMap { resolve($0, in: element) }
        case (.media, "content"):
            addEnclosure(url: element.attribute("url"), type: element.attribute("type"), length: element.attribute("fileSize"), in: element)
        case (.core, "enclosure"):
            addEnclosure(url: element.attribute("url"), type: element.attribute("type"), length: element.attribute("length"), in: element)
        case (.iTunes, "summary"), (.iTunes, "subtitle"):
            if description.isEmpty { description = HTMLText.plainText(fromTextIn: element) }
        case (.iTunes, "author"):
            appendNonEmpty(element.text, to: &authors)
        case (.iTunes, "category"):
            appendNonEmpty(element.attribute("text") ?? "", to: &categories)
            for child in element.children { _ = offer(child) }
        case (.media, "category"):
            appendNonEmpty(element.text, to: &categories)
        case (.iTunes, "image"):
            image = image ?? iTunesImage(element)
        case (.iTunes, "link") where element.attribute("rel") ?? "image" == "image":
            // Old feeds gave the artwork as itunes:link rel="image".
            image = image ?? iTunesImage(element)
        default:
            return false
        }
        return true
    }

    /// `url` is a common mistake for `href`.
    private func iTunesImage(_ element: XMLElement) -> String? {
        (element.attribute("href") ?? element.attribute("url")).flatMap { resolve($0, in: element) }
    }

    /// Atom's `<link rel="enclosure">`.
    mutating func addAtomEnclosure(_ element: XMLElement) {
        addEnclosure(url: element.attribute("href"), type: element.attribute("type"), length: element.attribute("length"), in: element)
    }

    func complete(_ entry: inout FeedEntry) {
        if entry.title.isEmpty { entry.title = title }
        if entry.summary.isEmpty && entry.content.isEmpty { entry.summary = description }
        if entry.authors.isEmpty { entry.authors = authors }
        for category in categories where !entry.categories.contains(category) { entry.categories.append(category) }
        entry.enclosures = enclosures
        entry.image = image
    }

    private mutating func addEnclosure(url: String?, type: String?, length: String?, in element: XMLElement) {
        guard let url, let resolved = resolve(url, in: element),
            !enclosures.contains(where: { $0.url == resolved })
        else { return }
        let declaredType = type?.trimmingWhitespace()
        enclosures.append(FeedEnclosure(
            url: resolved, type: declaredType?.isEmpty == false ? declaredType : nil,
            length: length.flatMap { Int($0.trimmingWhitespace()) }))
    }

    private func resolve(_ url: String, in element: XMLElement) -> String? {
        LinkResolver.resolve(url, base: element.hasXMLBase ? element.baseURI : site ?? element.baseURI)
    }

    /// Media RSS text is plain unless `type="html"`.
    private func mediaText(_ element: XMLElement) -> String {
        element.attribute("type") == "html" ? HTMLText.plainText(fromHTMLIn: element) : HTMLText.plainText(fromTextIn: element)
    }
}
