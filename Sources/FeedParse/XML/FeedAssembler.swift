import FeedCore

/// Builds a `ParsedFeed` from the subtrees `XMLSubtreeParser` hands it: each entry, and the
/// feed-level elements that sit at the metadata depth.
final class FeedAssembler: XMLSubtreeConsumer {
    private var feed = ParsedFeed(format: .rss, title: "", link: nil, entries: [])
    private var feedLinks = LinkChoice()
    private var started = false
    private var notes: [String] = []
    private var updatePeriod: String?
    private var updateFrequency: Int?

    func begin(root name: String, namespace: Namespace) throws -> Namespace {
        started = true
        switch (namespace, name) {
        case (_, "rss"): feed.format = .rss
        case (.rdf, "RDF"): feed.format = .rdf
        case (.atom, "feed"): feed.format = .atom
        case (.core, "feed"):
            // Written by hand or by old tools; the structure is Atom's, so read it as Atom.
            feed.format = .atom
            notes.append("the root <feed> has no namespace; read it as Atom 1.0")
            return .atom
        default:
            throw FeedParseError("not a feed: the root element is <\(name)>, expected <rss>, <rdf:RDF> or <feed>")
        }
        return .core
    }

    /// Depth of the feed-level `<title>` and `<link>`: inside `<channel>` for RSS/RDF, the root for Atom.
    private var metadataDepth: Int { feed.format == .atom ? 1 : 2 }

    func captures(name: String, namespace: Namespace, depth: Int) -> Bool {
        isEntry(name: name, namespace: namespace) || depth == metadataDepth
    }

    func add(_ element: XMLElement, depth: Int) {
        if isEntry(name: element.name, namespace: element.namespace) {
            feed.entries.append(feed.format == .atom ? AtomEntryAdapter.entry(from: element) : RSSItemAdapter.entry(from: element))
        } else {
            addMetadata(element)
        }
    }

    private func isEntry(name: String, namespace: Namespace) -> Bool {
        feed.format == .atom ? (namespace == .atom && name == "entry") : (namespace == .core && name == "item")
    }

    /// A feed-level element: only the title and links are kept.
    private func addMetadata(_ element: XMLElement) {
        switch (element.namespace, element.name) {
        case (.core, "title") where feed.format != .atom, (.dublinCore, "title"):
            if feed.title.isEmpty { feed.title = HTMLText.plainText(fromHTMLIn: element) }
        case (.atom, "title") where feed.format == .atom:
            if feed.title.isEmpty { feed.title = AtomText.plainText(of: element) }
        case (.core, "link") where feed.format != .atom:
            feed.link = feed.link ?? LinkResolver.resolve(element.text, base: element.baseURI)
        case (.atom, "link"):
            feedLinks.offer(element)
        case (.core, "ttl"):
            feed.hints.ttlMinutes = Int(element.text.trimmingWhitespace()).flatMap { $0 > 0 ? $0 : nil }
        case (.core, "skipHours"):
            feed.hints.skipHours = Set(element.children.compactMap { Int($0.text.trimmingWhitespace()) }.map { $0 % 24 })
        case (.core, "skipDays"):
            feed.hints.skipDays = Set(element.children.compactMap { FeedHints.dayNumber($0.text) })
        case (.syndication, "updatePeriod"):
            updatePeriod = element.text
        case (.syndication, "updateFrequency"):
            updateFrequency = Int(element.text.trimmingWhitespace())
        default:
            break
        }
    }

    /// The feed, or nil when the document had no root element at all.
    func finish(warnings: [String]) -> ParsedFeed? {
        guard started else { return nil }
        var result = feed
        result.link = result.link ?? feedLinks.best
        if let updatePeriod { result.hints.updatePeriodSeconds = FeedHints.period(updatePeriod, frequency: updateFrequency) }
        result.warnings = notes + warnings
        return result
    }
}
