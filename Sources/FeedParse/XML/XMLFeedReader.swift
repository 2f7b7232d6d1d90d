import FeedCore
import Foundation

/// Reads RSS, RDF and Atom documents with libxml2's streaming reader.
///
/// Only one entry's subtree is ever built in memory at a time, so memory is bounded by the largest
/// entry, not by the document.
enum XMLFeedReader {
    static func parse(_ data: Data, url: String?, encoding: String?) throws -> ParsedFeed {
        let (cleaned, replaced) = ControlCharacters.replace(in: data)
        var feed = try read(cleaned, url: url, encoding: encoding)
        if replaced > 0 {
            feed.warnings.insert("replaced \(replaced) control character\(replaced == 1 ? "" : "s") that XML forbids", at: 0)
        }
        return feed
    }

    private static func read(_ data: Data, url: String?, encoding: String?) throws -> ParsedFeed {
        try XMLStreamReader.read(data, url: url, encoding: encoding) { reader in
            var feed: ParsedFeed?
            var feedLinks = LinkChoice()
            var moved = reader.next()
            while moved {
                guard reader.isElementStart else {
                    moved = reader.next()
                    continue
                }
                let namespace = Namespace(reader.namespaceURI)
                let name = reader.localName
                guard var current = feed else {
                    guard let format = rootFormat(name: name, namespace: namespace) else {
                        throw FeedParseError("not a feed: the root element is <\(name)>, expected <rss>, <rdf:RDF> or <feed>")
                    }
                    feed = ParsedFeed(format: format, title: "", link: nil, entries: [])
                    moved = reader.next()
                    continue
                }
                if isEntry(name: name, namespace: namespace, format: current.format), let node = reader.expand() {
                    let entry = current.format == .atom ? AtomEntryAdapter.entry(from: node) : RSSItemAdapter.entry(from: node)
                    current.entries.append(entry)
                    feed = current
                    moved = reader.skipSubtree()
                    continue
                }
                if reader.depth == metadataDepth(current.format), let node = reader.expand() {
                    switch (namespace, name) {
                    case (.core, "title") where current.format != .atom, (.atom, "title") where current.format == .atom:
                        if current.title.isEmpty {
                            current.title = current.format == .atom ? AtomText.plainText(of: node) : HTMLText.plainText(fromHTML: node.text)
                        }
                    case (.core, "link") where current.format != .atom:
                        current.link = current.link ?? LinkResolver.resolve(node.text, base: node.baseURI)
                    case (.atom, "link"):
                        feedLinks.offer(node)
                    default: break
                    }
                    feed = current
                    moved = reader.skipSubtree()
                    continue
                }
                moved = reader.next()
            }
            guard var result = feed else {
                throw FeedParseError(reader.errors.messages.first.map { "not well-formed XML: \($0)" } ?? "the document is empty")
            }
            result.link = result.link ?? feedLinks.best
            result.warnings = reader.errors.messages.map { "recovered from malformed XML at \($0)" }
            return result
        }
    }

    private static func rootFormat(name: String, namespace: Namespace) -> FeedFormat? {
        switch (namespace, name) {
        case (_, "rss"): return .rss
        case (.rdf, "RDF"): return .rdf
        case (.atom, "feed"): return .atom
        default: return nil
        }
    }

    private static func isEntry(name: String, namespace: Namespace, format: FeedFormat) -> Bool {
        format == .atom ? (namespace == .atom && name == "entry") : (namespace == .core && name == "item")
    }

    /// Depth of the feed-level `<title>` and `<link>`: inside `<channel>` for RSS/RDF, the root for Atom.
    private static func metadataDepth(_ format: FeedFormat) -> Int {
        format == .atom ? 1 : 2
    }
}
