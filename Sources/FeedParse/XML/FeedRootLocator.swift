import Foundation

/// Finds, by bytes, where a feed's root element starts: `<rss`, `<feed`, `<RDF`, each possibly with
/// a namespace prefix (`<atom:feed`, `<rdf:RDF`). Used when a feed is wrapped in another document,
/// such as an HTML page whose body holds it, which an XML parser would read only as HTML.
enum FeedRootLocator {
    private static let rootNames: [[UInt8]] = ["rss", "feed", "RDF"].map { Array($0.utf8) }

    /// The index of the `<` of the first feed root start tag in `bytes` at or after `from`, if any.
    static func firstRoot(in bytes: Data, from: Data.Index? = nil) -> Data.Index? {
        let skipped = (from ?? bytes.startIndex) - bytes.startIndex
        return bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            var offset = skipped
            while offset < raw.count, let found = memchr(base + offset, Int32(UInt8(ascii: "<")), raw.count - offset) {
                let open = base.distance(to: UnsafeRawPointer(found))
                if isFeedRoot(raw, nameStart: open + 1) { return open }
                offset = open + 1
            }
            return nil
        }.map { bytes.startIndex + $0 }
    }

    private static func isFeedRoot(_ raw: UnsafeRawBufferPointer, nameStart: Int) -> Bool {
        var end = nameStart
        while end < raw.count, isNameByte(raw[end]) { end += 1 }
        guard end > nameStart, end < raw.count, isNameEnd(raw[end]) else { return false }
        let qualified = raw[nameStart..<end]
        let local = qualified.lastIndex(of: UInt8(ascii: ":")).map { qualified[($0 + 1)...] } ?? qualified
        return rootNames.contains { local.elementsEqual($0) }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
