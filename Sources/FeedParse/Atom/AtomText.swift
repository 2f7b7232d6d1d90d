import Foundation
internal import CLibXML2

/// Atom text constructs (`type="text" | "html" | "xhtml"`, and 0.3's `mode="escaped"`) → plain text.
enum AtomText {
    static func plainText(of node: XMLNode) -> String {
        let type = (node.attribute("type") ?? "text").lowercased()
        if type == "xhtml" || type.hasSuffix("xhtml+xml") {
            return MarkupRenderer.render(childrenOf: node.pointer)
        }
        if type == "html" || type == "text/html" || node.attribute("mode") == "escaped" {
            return HTMLText.plainText(fromHTML: node.text)
        }
        return HTMLText.plainText(fromText: node.text)
    }
}
