import FeedCore
import Foundation

/// Reads RSS, RDF and Atom documents with libxml2's streaming reader.
///
/// Only one entry's subtree is ever built in memory at a time, so memory is bounded by the largest
/// entry, not by the document. A document the reader cannot finish (it stops at the first
/// well-formedness error, recover mode or not) is read again by `XMLDocumentReader`, and the
/// fuller of the two results wins.
enum XMLFeedReader {
    static func parse(_ data: Data, url: String?, encoding: String?) throws -> ParsedFeed {
        let (cleaned, removed) = ControlCharacters.remove(from: data)
        var feed: ParsedFeed
        do {
            let streamed = try stream(cleaned, url: url, encoding: encoding)
            if streamed.complete {
                feed = streamed.feed
            } else {
                let recovered = try? XMLDocumentReader.parse(cleaned, url: url, encoding: encoding)
                feed = recovered.map { $0.entries.count >= streamed.feed.entries.count ? $0 : streamed.feed } ?? streamed.feed
            }
        } catch let streamError {
            guard let recovered = try? XMLDocumentReader.parse(cleaned, url: url, encoding: encoding) else { throw streamError }
            feed = recovered
        }
        if removed > 0 {
            feed.warnings.insert("removed \(removed) control character\(removed == 1 ? "" : "s") that XML forbids", at: 0)
        }
        return feed
    }

    /// The streamed feed, and whether the reader got to the end without a fatal error.
    private static func stream(_ data: Data, url: String?, encoding: String?) throws -> (feed: ParsedFeed, complete: Bool) {
        try XMLStreamReader.read(data, url: url, encoding: encoding) { reader in
            var assembler: FeedAssembler?
            var moved = reader.next()
            while moved {
                guard reader.isElementStart else {
                    moved = reader.next()
                    continue
                }
                let namespace = Namespace(reader.namespaceURI)
                let name = reader.localName
                guard var current = assembler else {
                    guard let root = FeedAssembler(rootName: name, namespace: namespace) else {
                        throw FeedParseError("not a feed: the root element is <\(name)>, expected <rss>, <rdf:RDF> or <feed>")
                    }
                    assembler = root
                    moved = reader.next()
                    continue
                }
                if current.isEntry(name: name, namespace: namespace), let node = reader.expand() {
                    current.addEntry(node)
                } else if reader.depth == current.metadataDepth, let node = reader.expand() {
                    current.addMetadata(node)
                } else {
                    moved = reader.next()
                    continue
                }
                assembler = current
                moved = reader.skipSubtree()
            }
            guard let assembler else {
                throw FeedParseError(reader.errors.messages.first.map { "not well-formed XML: \($0)" } ?? "the document is empty")
            }
            let warnings = reader.errors.messages.map { "recovered from malformed XML at \($0)" }
            return (assembler.finish(warnings: warnings), reader.errors.fatalCount == 0)
        }
    }
}
