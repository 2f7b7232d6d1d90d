import FeedCore
import Foundation

/// Reads RSS, RDF and Atom documents: streamed through libxml2's SAX parser, one entry's subtree
/// in memory at a time.
enum XMLFeedReader {
    /// - Parameter httpCharset: the charset the HTTP `Content-Type` named, if any.
    static func parse(_ data: Data, url: String?, httpCharset: String?) throws -> ParsedFeed {
        let repaired = DocumentRepair.repair(data)
        let cleaned = repaired.data
        let choice = EncodingChoice(for: cleaned, httpCharset: httpCharset)
        let encoding = choice.label
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
        feed.warnings.insert(contentsOf: repaired.notes + choice.notes, at: 0)
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
        let assembler = FeedAssembler()
        let errors = try XMLSubtreeParser.parse(data, url: url, encoding: encoding, into: assembler)
        guard let feed = assembler.finish(warnings: errors.messages.map { "recovered from malformed XML at \($0)" }) else {
            throw FeedParseError(errors.messages.first.map { "not well-formed XML: \($0)" } ?? "the document is empty")
        }
        return feed
    }
}
