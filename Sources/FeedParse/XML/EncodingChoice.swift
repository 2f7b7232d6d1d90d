import Foundation

/// Which character encoding to read a document in, from its byte order mark, the HTTP charset and
/// what the document declares (an XML declaration, or an HTML page's `<meta charset>`), with the
/// repairs real servers need:
///
/// 1. A byte order mark wins (RFC 7303 §3.3 gives it precedence over the charset parameter).
/// 2. Else the HTTP `charset`, if libxml2 knows it, overrides the declaration (RFC 7303 §3.2).
/// 3. Else the declaration; else UTF-8.
/// 4. `iso-8859-1`, `latin1` and `us-ascii` mean Windows-1252, as in every browser (WHATWG
///    Encoding Standard): publishers who write them use its curly quotes and dashes.
/// 5. A single-byte label on a document that is valid UTF-8 and not plain ASCII is wrong (servers
///    default to `charset=ISO-8859-1`): it is read as UTF-8.
/// 6. A document in UTF-8 (by its label, or mostly so under a Windows-1252 label) with bytes that
///    are not UTF-8 has them read as Windows-1252, each valid UTF-8 sequence as UTF-8
///    (`StrayByteDecoder`).
struct EncodingChoice {
    /// The label to hand libxml2 as an override, or nil to let it follow the document.
    var label: String?
    /// Whether the bytes must go through `StrayByteDecoder` first (and are then UTF-8).
    var decodesStrayBytes = false
    var notes: [String] = []

    init(for data: Data, httpCharset: String?, declared: String?) {
        if let mark = Self.byteOrderMark(data) {
            if let httpCharset, Self.canonical(httpCharset) != mark {
                notes.append("ignored the HTTP charset '\(httpCharset)': the document starts with a \(mark) byte order mark")
            }
            label = nil
            if mark == "UTF-8" { readStrayBytesIfAny(data, labelledBy: "its byte order mark") }
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
        guard let named = chosen ?? declared else {
            // UTF-16 or UTF-32 without a byte order mark (zero bytes at the start): libxml2 detects those.
            if DocumentBytes.isASCIICompatible(data) { readStrayBytesIfAny(data, labelledBy: "no declaration (so UTF-8)") }
            return
        }
        let canonical = Self.canonical(named)
        if canonical == "UTF-8" || canonical == "UTF8" {
            label = chosen
            readStrayBytesIfAny(data, labelledBy: "'\(named)'")
            return
        }
        if Self.singleByte.contains(canonical) || canonical.hasPrefix("ISO-8859-") || canonical.hasPrefix("WINDOWS-125") {
            let census = StrayByteDecoder.census(data)
            if census.multibyteSequences > 0 && census.strayBytes == 0 {
                notes.append("the document is labelled '\(named)' but is UTF-8; read it as UTF-8")
                label = "UTF-8"
                return
            }
            if Self.windows1252Aliases.contains(canonical), readsAsMostlyUTF8(census, labelled: named) { return }
        }
        let effective = Self.windows1252Aliases.contains(canonical) ? "windows-1252" : named
        // Only override what the document says when it differs: libxml2 then reads the declaration itself.
        label = chosen == nil && effective == named ? nil : effective
    }

    /// A document that should be UTF-8 and is not: its stray bytes are read as Windows-1252.
    private mutating func readStrayBytesIfAny(_ data: Data, labelledBy label: String) {
        let stray = StrayByteDecoder.census(data).strayBytes
        guard stray > 0 else { return }
        notes.append("the document is not valid UTF-8 as \(label) says: read its \(stray) stray byte\(stray == 1 ? "" : "s") as Windows-1252")
        decodesStrayBytes = true
        self.label = "UTF-8"
    }

    /// A Windows-1252 label on a document whose non-ASCII text is mostly valid UTF-8: the label is
    /// a server default, and the few other bytes are the Windows-1252 it names.
    private mutating func readsAsMostlyUTF8(_ census: StrayByteDecoder.Census, labelled named: String) -> Bool {
        guard census.multibyteSequences > 0, census.multibyteSequences >= census.strayBytes else { return false }
        notes.append(
            "the document is labelled '\(named)' but is UTF-8 except \(census.strayBytes) byte\(census.strayBytes == 1 ? "" : "s"): "
                + "read those as Windows-1252 and the rest as UTF-8")
        decodesStrayBytes = true
        label = "UTF-8"
        return true
    }

    private static let windows1252Aliases: Set<String> = [
        "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "L1", "CP819", "IBM819", "ISO-IR-100", "US-ASCII", "ASCII",
        "ANSI_X3.4-1968", "WINDOWS-1252", "CP1252", "X-CP1252",
    ]
    private static let singleByte: Set<String> = windows1252Aliases.union(["KOI8-R", "KOI8-U", "CP1251", "CP1250", "MACINTOSH"])

    private static func canonical(_ label: String) -> String { label.trimmingWhitespace().uppercased() }

    /// The encoding a byte order mark at the start names, or nil without one.
    static func byteOrderMark(_ data: Data) -> String? {
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
}
