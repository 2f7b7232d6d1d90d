/// HTML → plain text in one pass over the bytes, with the HTML tokenizer's idea of what is markup:
/// tags (quoted attribute values may hold `>`), comments, doctypes and processing instructions
/// disappear; `<` not starting a tag is text; character references are decoded; the contents of
/// scripts, styles and other non-text elements are dropped; blocks become paragraphs.
///
/// Our own rather than libxml2's HTML parser: on the HTML in `../shared/corpus/big`, libxml2
/// 2.9.14's HTML parser runs at about 40 MB/s even with empty SAX callbacks (measured in C), which
/// alone would cap the feed parser far below the issue's goal. Text extraction needs no tree.
struct HTMLTextExtractor {
    private let html: UnsafeBufferPointer<UInt8>
    private var builder: PlainTextBuilder

    static func plainText(of html: UnsafeBufferPointer<UInt8>) -> String {
        var extractor = HTMLTextExtractor(html: html, builder: PlainTextBuilder())
        extractor.run()
        return extractor.builder.result
    }

    private init(html: UnsafeBufferPointer<UInt8>, builder: PlainTextBuilder) {
        self.html = html
        self.builder = builder
    }

    private mutating func run() {
        var index = 0
        var runStart = 0
        while index < html.count {
            let byte = html[index]
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            flushText(from: runStart, to: index)
            index = byte == UInt8(ascii: "<") ? markup(at: index) : reference(at: index)
            runStart = index
        }
        flushText(from: runStart, to: index)
    }

    private mutating func flushText(from start: Int, to end: Int) {
        if start < end { builder.append(bytes: UnsafeBufferPointer(rebasing: html[start..<end])) }
    }

    // MARK: markup

    /// Handles what starts with `<` at `start`; returns where text resumes.
    private mutating func markup(at start: Int) -> Int {
        let next = start + 1
        guard next < html.count else { return literal("<", after: start) }
        switch html[next] {
        case UInt8(ascii: "!"):
            if matches("<!--", at: start) { return after("-->", from: start + 2) }
            if matches("<![CDATA[", at: start) {
                let end = find("]]>", from: start + 9) ?? html.count
                flushText(from: start + 9, to: end)
                return min(end + 3, html.count)
            }
            return after(">", from: next)
        case UInt8(ascii: "?"):
            return after(">", from: next)
        case UInt8(ascii: "/"):
            guard next + 1 < html.count else { return literal("<", after: start) }
            if isLetter(html[next + 1]) {
                let (name, nameEnd) = tagName(from: next + 1)
                let end = tagEnd(from: nameEnd)
                guard end <= html.count else { return html.count }
                closeTag(HTMLElementKind(name))
                return end
            }
            return after(">", from: next)
        case let byte where isLetter(byte):
            let (name, nameEnd) = tagName(from: next)
            let end = tagEnd(from: nameEnd)
            guard end <= html.count else { return html.count }
            let kind = HTMLElementKind(name)
            let selfClosing = end >= 2 && html[end - 2] == UInt8(ascii: "/")
            if kind == .skipped {
                return selfClosing && name != "script" && name != "style" ? end : afterClosingTag(name, from: end)
            }
            openTag(kind)
            return end
        default:
            return literal("<", after: start)
        }
    }

    private mutating func openTag(_ kind: HTMLElementKind) {
        switch kind {
        case .block: builder.breakParagraph()
        case .lineBreak: builder.breakLine()
        case .wordBreak: builder.breakWord()
        case .inline, .skipped: break
        }
    }

    private mutating func closeTag(_ kind: HTMLElementKind) {
        switch kind {
        case .block: builder.breakParagraph()
        case .wordBreak: builder.breakWord()
        case .lineBreak, .inline, .skipped: break
        }
    }

    /// The lowercased tag name starting at `start`, and where it ends.
    private func tagName(from start: Int) -> (String, Int) {
        var end = start
        while end < html.count, !isTagNameEnd(html[end]) { end += 1 }
        // Names longer than any this code looks for are cut, which keeps them in a small string.
        let kept = UnsafeBufferPointer(rebasing: html[start..<min(end, start + 15)])
        let name = String(unsafeUninitializedCapacity: kept.count) { output in
            for (offset, byte) in kept.enumerated() {
                output[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            }
            return kept.count
        }
        return (name, end)
    }

    /// Just past the `>` closing a tag whose attributes start at `start`, skipping quoted values;
    /// past the end of the input when the tag never closes (HTML then drops it).
    private func tagEnd(from start: Int) -> Int {
        var index = start
        var afterEquals = false
        while index < html.count {
            let byte = html[index]
            switch byte {
            case UInt8(ascii: ">"):
                return index + 1
            case UInt8(ascii: "="):
                afterEquals = true
            case UInt8(ascii: "\"") where afterEquals, UInt8(ascii: "'") where afterEquals:
                // An unclosed quote would swallow the rest; publishers' typos end at the next `>`.
                guard let close = find(byte, from: index + 1) else {
                    return find(UInt8(ascii: ">"), from: index + 1).map { $0 + 1 } ?? html.count + 1
                }
                index = close
                afterEquals = false
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                break
            default:
                afterEquals = false
            }
            index += 1
        }
        return html.count + 1
    }

    /// Past the end tag `</name …>` of a dropped element, or the end of the input.
    private func afterClosingTag(_ name: String, from start: Int) -> Int {
        var index = start
        while let open = find(UInt8(ascii: "<"), from: index) {
            if open + 1 < html.count, html[open + 1] == UInt8(ascii: "/") {
                let (closing, nameEnd) = tagName(from: open + 2)
                if closing == name { return min(tagEnd(from: nameEnd), html.count) }
            }
            index = open + 1
        }
        return html.count
    }

    // MARK: character references

    /// Decodes the reference starting with `&` at `start`; returns where text resumes.
    private mutating func reference(at start: Int) -> Int {
        var index = start + 1
        if index < html.count, html[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < html.count && (html[index] | 0x20) == UInt8(ascii: "x")
            if hex { index += 1 }
            var code: UInt32 = 0, digits = 0
            while index < html.count, let digit = digitValue(html[index], hex: hex) {
                code = min(code &* (hex ? 16 : 10) &+ digit, 0x110000)
                digits += 1
                index += 1
            }
            guard digits > 0 else { return literal("&", after: start) }
            if index < html.count, html[index] == UInt8(ascii: ";") { index += 1 }
            builder.append(HTMLEntity.character(code: code))
            return index
        }
        while index < html.count, index - start <= 32, isAlphanumeric(html[index]) { index += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: html[(start + 1)..<index]), as: UTF8.self)
        let terminated = index < html.count && html[index] == UInt8(ascii: ";")
        // Without the semicolon HTML still reads the handful of references older pages wrote that way.
        guard terminated || Self.readWithoutSemicolon.contains(name),
            let character = HTMLEntity.character(named: name)
        else { return literal("&", after: start) }
        builder.append(character)
        return terminated ? index + 1 : index
    }

    // MARK: helpers

    private static let readWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    private mutating func literal(_ text: String, after start: Int) -> Int {
        builder.append(text)
        return start + 1
    }

    private func matches(_ text: StaticString, at start: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start + count <= html.count else { return false }
        return (0..<count).allSatisfy { html[start + $0] == text.utf8Start[$0] }
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < html.count {
            if html[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        var index = start
        while let candidate = find(text.utf8Start[0], from: index) {
            if matches(text, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// Just past `text` found at or after `start`, else the end of the input.
    private func after(_ text: StaticString, from start: Int) -> Int {
        find(text, from: start).map { $0 + text.utf8CodeUnitCount } ?? html.count
    }

    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }

    private func isTagNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C
            || byte == 0x0D
    }

    private func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
