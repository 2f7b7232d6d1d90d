import Foundation

/// Which character encoding to read a document in, from its byte order mark, the HTTP charset and
/// its XML declaration, with the repairs real servers need:
///
/// 1. A byte order mark wins (RFC 7303 §3.3 gives it precedence over the charset parameter).
/// 2. Else the HTTP `charset`, if libxml2 knows it, overrides the declaration (RFC 7303 §3.2).
/// 3. Else the declaration; else UTF-8.
/// 4. `iso-8859-1`, `latin1` and `us-ascii` mean Windows-1252, as in every browser (WHATWG
///    Encoding Standard): publishers who write them use its curly quotes and dashes.
/// 5. A single-byte label on a document that is valid UTF-8 and not plain ASCII is wrong (servers
///    default to `charset=ISO-8859-1`): it is read as UTF-8.
struct EncodingChoice {
    /// The label to hand libxml2 as an override, or nil to let it follow the document.
    var label: String?
    var notes: [String] = []

    init(for data: Data, httpCharset: String?) {
        if let mark = Self.byteOrderMark(data) {
            if let httpCharset, Self.canonical(httpCharset) != mark {
                notes.append("ignored the HTTP charset '\(httpCharset)': the document starts with a \(mark) byte order mark")
            }
            label = nil
            return
        }
        var chosen: String?
        if let httpCharset {
            if LibXML2.canDecode(httpCharset) {
                chosen = httpCharset
            } else {
                notes.append("ignored the unknown HTTP charset '\(httpCharset)'")
            }
        }
        let declared = Self.declaredEncoding(data)
        guard let named = chosen ?? declared else { return }
        let canonical = Self.canonical(named)
        if Self.singleByte.contains(canonical) || canonical.hasPrefix("ISO-8859-") || canonical.hasPrefix("WINDOWS-125") {
            if Self.isNonASCIIUTF8(data) {
                notes.append("the document is labelled '\(named)' but is UTF-8; read it as UTF-8")
                label = "UTF-8"
                return
            }
        }
        let effective = Self.windows1252Aliases.contains(canonical) ? "windows-1252" : named
        // Only override what the document says when it differs: libxml2 then reads the declaration itself.
        label = chosen == nil && effective == named ? nil : effective
    }

    private static let windows1252Aliases: Set<String> = [
        "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "L1", "CP819", "IBM819", "ISO-IR-100", "US-ASCII", "ASCII",
        "ANSI_X3.4-1968", "WINDOWS-1252", "CP1252", "X-CP1252",
    ]
    private static let singleByte: Set<String> = windows1252Aliases.union(["KOI8-R", "KOI8-U", "CP1251", "CP1250", "MACINTOSH"])

    private static func canonical(_ label: String) -> String { label.trimmingWhitespace().uppercased() }

    private static func byteOrderMark(_ data: Data) -> String? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        return nil
    }

    /// `encoding="…"` of an XML declaration at the very start of an ASCII-compatible document.
    static func declaredEncoding(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[head.startIndex..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    private static func isNonASCIIUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard raw.contains(where: { $0 >= 0x80 }) else { return false }
            return String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil
        }
    }
}
