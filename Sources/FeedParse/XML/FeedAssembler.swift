import FeedCore
import Foundation

/// Builds a `ParsedFeed` from the subtrees `XMLSubtreeParser` hands it: each entry, and the
/// feed-level elements that sit at the metadata depth.
final class FeedAssembler: XMLSubtreeConsumer {
    private var feed = ParsedFeed(format: .rss, title: "", link: nil, entries: [])
    private var feedLinks = LinkChoice()
    private var started = false
    private var notes: [String] = []
    private var updatePeriod: String?
    private var updateFrequency: Int?
    /// RSS items with a relative link that came before the channel's `<link>`: their place in
    /// `feed.entries` (a placeholder until then) and their subtree.
    private var awaitingSite: [(index: Int, item: XMLElement)] = []
    private var channelLinkSeen = false
    /// The channel's `<link>` as written, when it is an absolute http(s) URL.
    private var site: String?

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
            throw FeedParseError("not a feed: the root element is <\(name)>, expected <rss>, <rdf:RDF> or <feed>", kind: .noFeedRoot)
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
            if feed.format == .atom {
                feed.entries.append(AtomEntryAdapter.entry(from: element))
            } else if !channelLinkSeen && RSSItemAdapter.needsSite(element) {
                awaitingSite.append((feed.entries.count, element))
                feed.entries.append(RSSItemAdapter.entry(from: element, site: nil))
            } else {
                feed.entries.append(RSSItemAdapter.entry(from: element, site: site))
            }
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
            guard !channelLinkSeen, let link = LinkResolver.resolve(element.text, base: element.baseURI) else { break }
            channelLinkSeen = true
            feed.link = link
            site = Self.absoluteWebURL(element.text.trimmingWhitespace())
            adaptAwaitingItems()
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

    private static func absoluteWebURL(_ text: String) -> String? {
        guard let scheme = URL(string: text)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return text
    }

    private func adaptAwaitingItems() {
        guard let site else { return awaitingSite.removeAll() }
        for (index, item) in awaitingSite { feed.entries[index] = RSSItemAdapter.entry(from: item, site: site) }
        awaitingSite.removeAll()
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
