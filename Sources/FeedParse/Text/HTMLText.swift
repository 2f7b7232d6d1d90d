import Foundation
internal import CLibXML2

/// Plain text from the HTML that feeds put in summaries and content, via libxml2's HTML parser.
public enum HTMLText {
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Plain text of an HTML fragment; text without markup is only whitespace-normalised.
    public static func plainText(fromHTML html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return plainText(fromText: html)
        }
        var copy = html
        return copy.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let document = htmlReadMemory(
                    UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8", options)
            else { return plainText(fromText: html) }
            defer { xmlFreeDoc(document) }
            return MarkupRenderer.render(childrenOf: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self))
        }
    }

    /// Plain text with runs of whitespace collapsed and blank-line paragraph breaks kept.
    public static func plainText(fromText text: String) -> String {
        var builder = PlainTextBuilder(blankLinesBreakParagraphs: true)
        builder.append(text)
        return builder.result
    }
}
