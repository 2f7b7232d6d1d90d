/// Plain text from the HTML that feeds put in summaries and content.
public enum HTMLText {
    /// Plain text of an HTML fragment; text without markup is only whitespace-normalised.
    public static func plainText(fromHTML html: String) -> String {
        var copy = html
        return copy.withUTF8 { plainText(fromHTML: $0) }
    }

    static func plainText(fromHTML html: UnsafeBufferPointer<UInt8>) -> String {
        guard html.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return plainText(fromText: html)
        }
        return HTMLTextExtractor.plainText(of: html)
    }

    /// The plain text of an element whose character data is (escaped) HTML.
    static func plainText(fromHTMLIn element: XMLElement) -> String {
        element.withText { plainText(fromHTML: $0) }
    }

    static func plainText(fromTextIn element: XMLElement) -> String {
        element.withText { plainText(fromText: $0) }
    }

    /// Plain text with runs of whitespace collapsed and blank-line paragraph breaks kept.
    public static func plainText(fromText text: String) -> String {
        var copy = text
        return copy.withUTF8 { plainText(fromText: $0) }
    }

    static func plainText(fromText text: UnsafeBufferPointer<UInt8>) -> String {
        var builder = PlainTextBuilder(blankLinesBreakParagraphs: true)
        builder.append(bytes: text)
        return builder.result
    }
}
