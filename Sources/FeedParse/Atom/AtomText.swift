import Foundation

/// Atom text constructs → plain text: `type="text" | "html" | "xhtml"`, Atom 0.3's `mode`
/// (`escaped`, `base64`), and RFC 4287 §4.1.3.3's rule that any other non-XML, non-text media type
/// is base64.
enum AtomText {
    static func plainText(of element: XMLElement) -> String {
        let type = (element.attribute("type") ?? "text").lowercased()
        let mode = element.attribute("mode")?.lowercased()
        if type == "xhtml" || type.hasSuffix("xhtml+xml") {
            return MarkupRenderer.render(childrenOf: element)
        }
        if mode == "base64" || isBase64MediaType(type) {
            // Publishers put plain text under made-up types too: keep it when it does not decode.
            let text = element.text
            let decoded = Data(base64Encoded: text, options: .ignoreUnknownCharacters).flatMap { String(data: $0, encoding: .utf8) }
            return HTMLText.plainText(fromHTML: decoded ?? text)
        }
        if type == "html" || type == "text/html" || mode == "escaped" {
            return HTMLText.plainText(fromHTMLIn: element)
        }
        return HTMLText.plainText(fromTextIn: element)
    }

    private static func isBase64MediaType(_ type: String) -> Bool {
        guard type.contains("/") else { return false }
        return !type.hasPrefix("text/") && !type.hasSuffix("+xml") && !type.hasSuffix("/xml")
    }
}
