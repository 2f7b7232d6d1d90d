import FeedCore
import Foundation

/// Reads RSS, RDF and Atom documents: streamed through libxml2's SAX parser, one entry's subtree
/// in memory at a time.
enum XMLFeedReader {
    /// - Parameter httpCharset: the charset the HTTP `Content-Type` named, if any.
    static func parse(_ data: Data, url: String?, httpCharset: String?) throws -> ParsedFeed {
        let start = DocumentStart.trim(data)
        let repaired = DocumentRepair.repair(start.data)
        let choice = EncodingChoice(
            for: repaired.data, httpCharset: httpCharset, declared: EncodingChoice.declaredEncoding(repaired.data))
        let cleaned = choice.decodesStrayBytes ? StrayByteDecoder.decode(repaired.data) : repaired.data
        var feed: ParsedFeed
        do {
            feed = try parseOnce(cleaned, url: url, encoding: choice.label)
        } catch let error as FeedParseError where error.kind == .noFeedRoot {
            guard let wrapped = try parseWrapped(cleaned, url: url, encoding: choice.label, wrapper: error) else { throw error }
            feed = wrapped
        }
        feed.warnings.insert(contentsOf: (start.note.map { [$0] } ?? []) + repaired.notes + choice.notes, at: 0)
        return feed
    }

    /// A feed inside another document (an HTML page whose body holds `<rss>` or `<feed>`) or after
    /// text that is not XML: the first feed element is read as if it were the document, in the
    /// encoding the whole one is in.
    private static func parseWrapped(_ data: Data, url: String?, encoding: String?, wrapper: FeedParseError) throws -> ParsedFeed? {
        guard let root = FeedRootLocator.firstRoot(in: data, from: data.startIndex + 1) else { return nil }
        let label = encoding ?? EncodingChoice.declaredEncoding(data)
        var feed = try parseOnce(data[root...], url: url, encoding: label)
        // The wrapper's closing tags follow the feed: expected, not a fault of the feed.
        feed.warnings.removeAll { $0.hasSuffix("Extra content at the end of the document") }
        feed.warnings.insert("the feed is not the document's root (\(wrapper.message)); read the first feed element in it", at: 0)
        return feed
    }

    private static func parseOnce(_ data: Data, url: String?, encoding: String?) throws -> ParsedFeed {
        let assembler = FeedAssembler()
        let errors = try XMLSubtreeParser.parse(data, url: url, encoding: encoding, into: assembler)
        guard let feed = assembler.finish(warnings: errors.messages.map { "recovered from malformed XML at \($0)" }) else {
            throw FeedParseError(errors.messages.first.map { "not well-formed XML: \($0)" } ?? "the document is empty", kind: .noFeedRoot)
        }
        return feed
    }
}
