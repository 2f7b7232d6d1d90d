import FeedCore
import Foundation

/// Parses a feed document of any supported format into a `ParsedFeed`.
public enum FeedParser {
    /// - Parameters:
    ///   - data: the document's bytes as received.
    ///   - url: where it came from; relative links are resolved against it.
    ///   - encoding: the charset named by the HTTP `Content-Type`, if any.
    public static func parse(_ data: Data, url: String? = nil, encoding: String? = nil) throws -> ParsedFeed {
        let firstByte = data.withUnsafeBytes { raw in raw.first(where: { !Self.isWhitespaceOrBOM($0) }) }
        guard let first = firstByte else {
            throw FeedParseError("the document is empty")
        }
        if first == UInt8(ascii: "{") { return try JSONFeedAdapter.parse(data, url: url) }
        return try XMLFeedReader.parse(data, url: url, httpCharset: encoding)
    }

    private static func isWhitespaceOrBOM(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0xEF || byte == 0xBB || byte == 0xBF
    }
}
