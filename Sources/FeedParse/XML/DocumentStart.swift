import Foundation

/// Removes what CMS plug-ins and PHP notices put before an XML declaration: a newline, spaces, a
/// byte order mark after them, or a line of warning text. XML allows the declaration only as the
/// very first bytes; libxml2's recovery from a late one loses entries and the text of escaped
/// characters, so the document is cut to start at the declaration (a byte order mark kept first).
enum DocumentStart {
    struct Result {
        var data: Data
        var note: String?
    }

    /// How far into the document a late declaration is looked for: past any PHP notice, short of
    /// the entries (where `<?xml` inside escaped text would be content, not a declaration).
    static let searchLimit = 16_384
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func trim(_ data: Data) -> Result {
        guard DocumentBytes.isASCIICompatible(data) else { return Result(data: data) }
        // Offsets of the first declaration in the window, and of a byte order mark before it.
        let (declaration, mark) = data.withUnsafeBytes { raw -> (Int?, Int?) in
            guard let declaration = DocumentBytes.find("<?xml", in: raw, before: searchLimit) else { return (nil, nil) }
            return (declaration, DocumentBytes.find("\u{FEFF}", in: raw, before: declaration))
        }
        // Where it belongs: first, or right after the byte order mark.
        if declaration == 0 || (declaration == byteOrderMark.count && mark == 0) { return Result(data: data) }
        if let declaration, !startsWithFeedRoot(data.prefix(declaration)) {
            let prefix = data.prefix(declaration)
            let keptMark = mark != nil
            let skipped = prefix.count - (keptMark ? byteOrderMark.count : 0)
            let what = prefix.allSatisfy { isWhitespace($0) || byteOrderMark.contains($0) } ? "whitespace" : "text"
            return Result(
                data: (keptMark ? Data(byteOrderMark) : Data()) + data.dropFirst(declaration),
                note: "ignored \(skipped) byte\(skipped == 1 ? "" : "s") of \(what) before the XML declaration")
        }
        // No declaration: whitespace before the root element is allowed, but not a byte order mark after it.
        let leading = data.prefix { isWhitespace($0) }
        guard !leading.isEmpty, data[leading.endIndex...].starts(with: byteOrderMark) else { return Result(data: data) }
        return Result(
            data: Data(byteOrderMark) + data[(leading.endIndex + byteOrderMark.count)...],
            note: "moved a byte order mark that followed whitespace to the start")
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Whether a feed's root element already started: then a later `<?xml` is content.
    private static func startsWithFeedRoot(_ bytes: Data) -> Bool { FeedRootLocator.firstRoot(in: bytes) != nil }
}
