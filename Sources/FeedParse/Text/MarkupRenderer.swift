import Foundation
internal import CLibXML2

/// Turns an HTML or XHTML node tree into plain text: paragraph breaks kept, scripts and styles dropped.
enum MarkupRenderer {
    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "iframe", "object", "svg"]
    private static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
        "section", "article", "header", "footer", "aside", "figure", "figcaption", "hr", "dl", "dt", "dd", "main", "nav",
    ]

    static func render(childrenOf node: xmlNodePtr) -> String {
        var builder = PlainTextBuilder()
        appendChildren(of: node, to: &builder)
        return builder.result
    }

    private static func appendChildren(of node: xmlNodePtr, to builder: inout PlainTextBuilder) {
        var child = node.pointee.children
        while let current = child {
            append(current, to: &builder)
            child = current.pointee.next
        }
    }

    private static func append(_ node: xmlNodePtr, to builder: inout PlainTextBuilder) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                builder.append(bytes: UnsafeBufferPointer(start: content, count: strlen(content)))
            }
        case XML_ENTITY_REF_NODE:
            builder.append(XMLNode.entityText(node))
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if skipped.contains(name) { return }
            if name == "br" {
                builder.breakLine()
                return
            }
            let isBlock = blocks.contains(name)
            if isBlock { builder.breakParagraph() }
            appendChildren(of: node, to: &builder)
            if isBlock { builder.breakParagraph() }
        default:
            appendChildren(of: node, to: &builder)
        }
    }
}
