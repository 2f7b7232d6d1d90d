import FeedCore
import Foundation

/// Makes links absolute against the base in force (xml:base, else the feed's own URL).
enum LinkResolver {
    static func resolve(_ raw: String, base: String?) -> String? {
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if isPlainAbsoluteWebURL(trimmed) { return trimmed }
        if let url = URL(string: trimmed), url.scheme != nil { return url.absoluteString }
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL) else {
            return trimmed
        }
        return resolved.absoluteURL.absoluteString
    }

    /// Most links are already absolute http(s) URLs that `URL` would hand back unchanged; checking
    /// that by bytes saves Foundation's parse on every link.
    private static func isPlainAbsoluteWebURL(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else { return false }
        return text.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "^") && byte != UInt8(ascii: "`")
                && byte != UInt8(ascii: "{") && byte != UInt8(ascii: "|") && byte != UInt8(ascii: "}")
        }
    }
}
