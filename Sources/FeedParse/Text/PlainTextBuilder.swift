/// Accumulates UTF-8 text with runs of whitespace collapsed and line and paragraph breaks kept.
///
/// Works on bytes: this is the parser's hottest loop, and Swift's `Character` properties cost far
/// more than the byte tests. Whitespace is ASCII whitespace and the no-break space (U+00A0).
struct PlainTextBuilder {
    private var output: [UInt8] = []
    private var pendingSpace = false
    /// 0 none, 1 line break, 2 paragraph break, written before the next visible byte.
    private var pendingBreak = 0
    /// In plain text (not HTML) a blank line separates paragraphs.
    private let blankLinesBreakParagraphs: Bool

    init(blankLinesBreakParagraphs: Bool = false) {
        self.blankLinesBreakParagraphs = blankLinesBreakParagraphs
    }

    mutating func append(_ text: String) {
        var copy = text
        copy.withUTF8 { append(bytes: $0) }
    }

    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        var newlinesInRun = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte > 0x20 && byte != 0xC2 {
                // A run of visible bytes is copied at once: most text is words, not spaces.
                var end = index + 1
                while end < count, bytes[end] > 0x20, bytes[end] != 0xC2 { end += 1 }
                writePending()
                newlinesInRun = 0
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                pendingSpace = true
                if byte == 0x0A {
                    newlinesInRun += 1
                    if blankLinesBreakParagraphs && newlinesInRun == 2 { pendingBreak = 2 }
                }
                index += 1
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xAD {
                // A soft hyphen only marks where a word may break at a line's end: kept, it would
                // split the word for search and shingles ("Mit\u{AD}tel\u{AD}al\u{AD}ter").
                index += 2
            } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                // C1 controls in text are Windows-1252 punctuation decoded as Latin-1 somewhere
                // upstream (U+0092 for an apostrophe): show what the writer typed.
                writePending()
                newlinesInRun = 0
                output.append(contentsOf: HTMLEntity.character(code: UInt32(bytes[index + 1])).utf8)
                index += 2
            } else {
                writePending()
                newlinesInRun = 0
                output.append(byte)
                index += 1
            }
        }
    }

    mutating func breakParagraph() { pendingBreak = 2 }

    mutating func breakLine() { pendingBreak = max(pendingBreak, 1) }

    mutating func breakWord() { pendingSpace = true }

    private mutating func writePending() {
        defer {
            pendingSpace = false
            pendingBreak = 0
        }
        guard !output.isEmpty else { return }
        switch pendingBreak {
        case 2: output.append(contentsOf: [0x0A, 0x0A])
        case 1: output.append(0x0A)
        default: if pendingSpace { output.append(0x20) }
        }
    }

    var result: String { String(decoding: output, as: UTF8.self) }
}
