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
            feed = try parseOnce(cleaned, url: url, encoding: encoding)
            if encoding == nil, feed.warnings.contains(where: isNotUTF8), let retried = mislabelledRetry(cleaned, url: url),
                retried.entries.count >= feed.entries.count
            {
                feed = retried
            }
        } catch let error as FeedParseError where encoding == nil && isNotUTF8(error.message) {
            guard let retried = mislabelledRetry(cleaned, url: url) else { throw error }
            feed = retried
        }
        if removed > 0 {
            feed.warnings.insert("removed \(removed) control character\(removed == 1 ? "" : "s") that XML forbids", at: 0)
        }
        return feed
    }

    /// Bytes that are not UTF-8 in a document that claims (or defaults to) UTF-8 are, in practice,
    /// Latin-1 or Windows-1252 (its superset) written by a misconfigured server or CMS.
    private static func mislabelledRetry(_ data: Data, url: String?) -> ParsedFeed? {
        guard var feed = try? parseOnce(data, url: url, encoding: "windows-1252") else { return nil }
        feed.warnings.insert("the document is not valid UTF-8 as declared; read it as Windows-1252", at: 0)
        return feed
    }

    private static func isNotUTF8(_ message: String) -> Bool { message.contains("not proper UTF-8") }

    private static func parseOnce(_ data: Data, url: String?, encoding: String?) throws -> ParsedFeed {
        do {
            let streamed = try stream(data, url: url, encoding: encoding)
            if streamed.complete { return streamed.feed }
            let recovered = try? XMLDocumentReader.parse(data, url: url, encoding: encoding)
            return recovered.map { $0.entries.count >= streamed.feed.entries.count ? $0 : streamed.feed } ?? streamed.feed
        } catch let streamError {
            guard let recovered = try? XMLDocumentReader.parse(data, url: url, encoding: encoding) else { throw streamError }
            return recovered
        }
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
