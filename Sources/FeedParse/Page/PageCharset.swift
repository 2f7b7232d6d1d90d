import Foundation

/// The encoding to read a web page in: `EncodingChoice`'s rules, with the page's `<meta charset>`
/// or `<meta http-equiv="Content-Type" content="…; charset=…">` as its declaration. A label
/// libxml2 cannot read is dropped with a warning, and the page is then read as UTF-8 (stray
/// bytes as Windows-1252), as browsers fall back.
struct PageCharset {
    /// The label to hand libxml2, or nil when the page starts with a byte order mark.
    var label: String?
    var decodesStrayBytes: Bool
    var notes: [String]

    /// Browsers look for the declaration in the first 1,024 bytes; pages that put it later (after
    /// long inline scripts) are common enough to look a little further.
    private static let searchedBytes = 4_096

    init(for data: Data, httpCharset: String?) {
        var notes: [String] = []
        var declared = Self.metaCharset(data)
        if let label = declared, !LibXML2.canDecode(label) {
            notes.append("ignored the page's unknown charset '\(label)'")
            declared = nil
        }
        let choice = EncodingChoice(for: data, httpCharset: httpCharset, declared: declared)
        // libxml2 would otherwise act on a `<meta>` it finds itself, even one declared wrongly.
        label = choice.label ?? (EncodingChoice.byteOrderMark(data) != nil ? nil : declared ?? "UTF-8")
        decodesStrayBytes = choice.decodesStrayBytes
        self.notes = notes + choice.notes
    }

    /// The label of the first `<meta>` in the page's head that names a charset.
    static func metaCharset(_ data: Data) -> String? {
        guard DocumentBytes.isASCIICompatible(data) else { return nil }
        let head = String(decoding: data.prefix(searchedBytes), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let key = tag.range(of: "charset") {
                let rest = tag[key.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
                if rest.first == "=" {
                    let value = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                        .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                    if !value.isEmpty { return String(value) }
                }
            }
            searchStart = tagEnd
        }
        return nil
    }
}
