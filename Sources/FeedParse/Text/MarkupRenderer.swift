/// Turns inline XHTML (Atom `type="xhtml"`) into plain text: paragraph breaks kept, scripts and
/// styles dropped, the same rules `HTMLTextExtractor` applies to escaped HTML.
enum MarkupRenderer {
    static func render(childrenOf element: XMLElement) -> String {
        var builder = PlainTextBuilder()
        appendItems(of: element, to: &builder)
        return builder.result
    }

    private static func appendItems(of element: XMLElement, to builder: inout PlainTextBuilder) {
        for item in element.items {
            switch item {
            case .text(let range):
                element.bytes.withUnsafeBufferPointer { builder.append(bytes: UnsafeBufferPointer(rebasing: $0[range])) }
            case .element(let child):
                append(child, to: &builder)
            }
        }
    }

    private static func append(_ element: XMLElement, to builder: inout PlainTextBuilder) {
        switch HTMLElementKind(element.name.lowercased()) {
        case .skipped:
            return
        case .lineBreak:
            builder.breakLine()
        case .wordBreak:
            builder.breakWord()
            appendItems(of: element, to: &builder)
            builder.breakWord()
        case .block:
            builder.breakParagraph()
            appendItems(of: element, to: &builder)
            builder.breakParagraph()
        case .inline:
            appendItems(of: element, to: &builder)
        }
    }
}
