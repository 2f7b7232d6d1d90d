/// Accumulates text with whitespace collapsed and paragraph breaks kept.
struct PlainTextBuilder {
    private var paragraphs: [String] = []
    private var current = ""
    private var pendingSpace = false

    mutating func append(_ text: some StringProtocol) {
        for character in text {
            if character.isWhitespace {
                pendingSpace = !current.isEmpty
            } else {
                if pendingSpace && current.last != "\n" { current.append(" ") }
                pendingSpace = false
                current.append(character)
            }
        }
    }

    mutating func breakParagraph() {
        if !current.isEmpty { paragraphs.append(current) }
        current = ""
        pendingSpace = false
    }

    mutating func breakLine() {
        if !current.isEmpty && current.last != "\n" { current.append("\n") }
        pendingSpace = false
    }

    var result: String {
        var copy = self
        copy.breakParagraph()
        return copy.paragraphs.joined(separator: "\n\n")
    }
}
