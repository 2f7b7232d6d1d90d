import FeedCore

/// Builds a `ParsedFeed` from the elements a reader hands it, whichever reader that is (the
/// streaming one, or the recovering DOM one for broken documents).
struct FeedAssembler {
    private(set) var feed: ParsedFeed
    private var feedLinks = LinkChoice()

    init?(rootName name: String, namespace: Namespace) {
        let format: FeedFormat
        switch (namespace, name) {
        case (_, "rss"): format = .rss
        case (.rdf, "RDF"): format = .rdf
        case (.atom, "feed"): format = .atom
        default: return nil
        }
        feed = ParsedFeed(format: format, title: "", link: nil, entries: [])
    }

    var format: FeedFormat { feed.format }

    /// Depth of the feed-level `<title>` and `<link>`: inside `<channel>` for RSS/RDF, the root for Atom.
    var metadataDepth: Int { format == .atom ? 1 : 2 }

    func isEntry(name: String, namespace: Namespace) -> Bool {
        format == .atom ? (namespace == .atom && name == "entry") : (namespace == .core && name == "item")
    }

    mutating func addEntry(_ node: XMLNode) {
        feed.entries.append(format == .atom ? AtomEntryAdapter.entry(from: node) : RSSItemAdapter.entry(from: node))
    }

    /// A feed-level element: only the title and links are kept.
    mutating func addMetadata(_ node: XMLNode) {
        switch (Namespace(node.namespaceURI), node.name) {
        case (.core, "title") where format != .atom:
            if feed.title.isEmpty { feed.title = HTMLText.plainText(fromHTML: node.text) }
        case (.atom, "title") where format == .atom:
            if feed.title.isEmpty { feed.title = AtomText.plainText(of: node) }
        case (.core, "link") where format != .atom:
            feed.link = feed.link ?? LinkResolver.resolve(node.text, base: node.baseURI)
        case (.atom, "link"):
            feedLinks.offer(node)
        default:
            break
        }
    }

    func finish(warnings: [String]) -> ParsedFeed {
        var result = feed
        result.link = result.link ?? feedLinks.best
        result.warnings = warnings
        return result
    }
}
