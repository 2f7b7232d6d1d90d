import Foundation

/// Fixes, before libxml2 sees them, the byte-level faults real feeds have that would make it drop
/// text: C0 control characters (forbidden in XML 1.0, pasted from word processors), bare `&` (URLs
/// such as `?a=1&b=2` written unescaped), and `&#X41;` (XML only knows lowercase `x`). Other feed
/// parsers repair the same things; recovery inside libxml2 instead loses the surrounding text.
enum DocumentRepair {
    struct Result {
        var data: Data
        var notes: [String]
    }

    static func repair(_ data: Data) -> Result {
        guard DocumentBytes.isASCIICompatible(data) else { return Result(data: data, notes: []) }
        return data.withUnsafeBytes { raw in
            var edits = ampersandEdits(raw)
            let controls = containsForbidden(raw) ? raw.indices.filter { isForbidden(raw[$0]) } : []
            guard !edits.isEmpty || !controls.isEmpty else { return Result(data: data, notes: []) }
            edits += controls.map { Edit(offset: $0, kind: .drop) }
            edits.sort { $0.offset < $1.offset }
            return Result(data: apply(edits, to: raw), notes: notes(for: edits))
        }
    }

    private struct Edit {
        enum Kind { case escapeAmpersand, lowercaseHexMarker, drop }
        var offset: Int
        var kind: Kind
    }

    private static func apply(_ edits: [Edit], to raw: UnsafeRawBufferPointer) -> Data {
        var output = Data(capacity: raw.count + edits.count * 4)
        var copied = 0
        for edit in edits {
            output.append(contentsOf: raw[copied..<edit.offset])
            switch edit.kind {
            case .escapeAmpersand: output.append(contentsOf: Array("&amp;".utf8))
            case .lowercaseHexMarker: output.append(UInt8(ascii: "x"))
            case .drop: break
            }
            copied = edit.offset + 1
        }
        output.append(contentsOf: raw[copied...])
        return output
    }

    private static func notes(for edits: [Edit]) -> [String] {
        let escaped = edits.filter { $0.kind == .escapeAmpersand }.count
        let removed = edits.filter { $0.kind == .drop }.count
        let hex = edits.filter { $0.kind == .lowercaseHexMarker }.count
        var notes: [String] = []
        if removed > 0 { notes.append("removed \(removed) control character\(removed == 1 ? "" : "s") that XML forbids") }
        if escaped > 0 { notes.append("escaped \(escaped) bare '&' that did not start a character reference") }
        if hex > 0 { notes.append("read \(hex) '&#X' reference\(hex == 1 ? "" : "s") as '&#x'") }
        return notes
    }

    // MARK: ampersands

    /// Each `&` that does not start a well-formed reference, outside CDATA sections (where `&` is
    /// just a character).
    private static func ampersandEdits(_ raw: UnsafeRawBufferPointer) -> [Edit] {
        guard let base = raw.baseAddress else { return [] }
        var edits: [Edit] = []
        var cdata = CDATASections(raw)
        var offset = 0
        while offset < raw.count, let found = memchr(base + offset, Int32(UInt8(ascii: "&")), raw.count - offset) {
            let position = base.distance(to: UnsafeRawPointer(found))
            offset = position + 1
            switch referenceShape(raw, at: position) {
            case .wellFormed: continue
            case .uppercaseHex: if !cdata.contains(position) { edits.append(Edit(offset: position + 2, kind: .lowercaseHexMarker)) }
            case .bare: if !cdata.contains(position) { edits.append(Edit(offset: position, kind: .escapeAmpersand)) }
            }
        }
        return edits
    }

    private enum ReferenceShape { case wellFormed, uppercaseHex, bare }

    private static func referenceShape(_ raw: UnsafeRawBufferPointer, at position: Int) -> ReferenceShape {
        var index = position + 1
        guard index < raw.count else { return .bare }
        if raw[index] == UInt8(ascii: "#") {
            index += 1
            let hexMarker = index < raw.count ? raw[index] : 0
            let hex = hexMarker == UInt8(ascii: "x") || hexMarker == UInt8(ascii: "X")
            if hex { index += 1 }
            let digitsStart = index
            while index < raw.count, isDigit(raw[index], hex: hex) { index += 1 }
            guard index > digitsStart, index < raw.count, raw[index] == UInt8(ascii: ";") else { return .bare }
            return hexMarker == UInt8(ascii: "X") ? .uppercaseHex : .wellFormed
        }
        guard isNameStart(raw[index]) else { return .bare }
        index += 1
        while index < raw.count, index - position < 64, isNameStart(raw[index]) || isDigit(raw[index], hex: false)
            || raw[index] == UInt8(ascii: "-") || raw[index] == UInt8(ascii: ".")
        {
            index += 1
        }
        return index < raw.count && raw[index] == UInt8(ascii: ";") ? .wellFormed : .bare
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        return hex && (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f")
    }

    // MARK: control characters

    /// Eight bytes at a time: a word has a byte below 0x20 exactly when (w - 0x20…) & ~w & 0x80…
    /// is non-zero; only then are its bytes looked at one by one.
    private static func containsForbidden(_ raw: UnsafeRawBufferPointer) -> Bool {
        let low: UInt64 = 0x2020_2020_2020_2020, high: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if (word &- low) & ~word & high != 0, raw[offset..<offset + 8].contains(where: isForbidden) { return true }
            offset += 8
        }
        return raw[offset...].contains(where: isForbidden)
    }

    @inline(__always) private static func isForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
