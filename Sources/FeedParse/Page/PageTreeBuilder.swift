internal import CLibXML2
import Foundation

/// Reads a page with libxml2's HTML parser, which closes tags the way browsers do, and copies
/// what extraction needs into a `PageTree`, so that the rest of the extractor is plain Swift.
enum PageTreeBuilder {
    /// libxml2 stops reading a page whose elements nest 256 deep (unless told the document is
    /// huge, which would let a page of nested `<div>`s take gigabytes). Real articles sit a few
    /// dozen levels deep; reaching this depth means the parser stopped there.
    static let maximumDepth = 254

    /// Elements that never hold article text; they are left out with everything inside them.
    /// `rt` and `rp` are ruby annotations: the reading printed above a word, not part of it.
    private static let omitted: Set<String> = [
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "select", "option", "button", "input", "textarea", "img", "picture", "source", "map", "rt", "rp",
    ]
    private static let keptAttributes: Set<String> = [
        "class", "id", "role", "style", "hidden", "aria-hidden", "itemprop", "itemtype", "property", "name",
        "content", "rel", "href", "type", "datetime",
    ]

    static func build(_ data: Data, encoding: String?) -> PageTree {
        LibXML2.prepare()
        var options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        if encoding != nil { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let document = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, options)
        }
        var tree = PageTree()
        guard let document else { return tree }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return tree }
        copy(root, into: &tree)
        return tree
    }

    /// A pre-order walk over libxml2's sibling and parent links, with a stack of open tree nodes
    /// instead of recursion.
    private static func copy(_ root: xmlNodePtr, into tree: inout PageTree) {
        var open: [Int] = []
        var current: xmlNodePtr? = root
        while let node = current {
            var descends = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = name(of: node)
                if omitted.contains(tag) {
                    if tag == "script", let linkedData = linkedData(in: node) { tree.linkedData.append(linkedData) }
                } else {
                    let parent = open.last ?? -1
                    if open.count <= maximumDepth {
                        tree.nodes.append(
                            PageTree.Node(
                                tag: tag, text: "", parent: parent, subtreeEnd: tree.nodes.count + 1, attributes: attributes(of: node)))
                        open.append(tree.nodes.count - 1)
                    } else {
                        tree.reachedMaximumDepth = true
                        open.append(parent)
                    }
                    descends = node.pointee.children != nil
                    if !descends { close(open.removeLast(), in: &tree) }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content, let parent = open.last {
                    tree.nodes.append(
                        PageTree.Node(
                            tag: "", text: String(cString: content), parent: parent, subtreeEnd: tree.nodes.count + 1, attributes: [:]))
                }
            default:
                break
            }
            if descends {
                current = node.pointee.children
                continue
            }
            current = nil
            var climbing = node
            while climbing != root {
                if let next = climbing.pointee.next {
                    current = next
                    break
                }
                guard let parent = climbing.pointee.parent else { break }
                close(open.removeLast(), in: &tree)
                climbing = parent
            }
        }
        while let index = open.popLast() { close(index, in: &tree) }
    }

    private static func close(_ index: Int, in tree: inout PageTree) {
        guard index >= 0 else { return }
        tree.nodes[index].subtreeEnd = tree.nodes.count
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard keptAttributes.contains(name) else { continue }
            result[name] = text(under: current.pointee.children)
        }
        return result
    }

    private static func linkedData(in script: xmlNodePtr) -> String? {
        guard let type = xmlGetProp(script, "type") else { return nil }
        defer { feedwatch_xmlFree(type) }
        guard String(cString: type).lowercased().contains("ld+json") else { return nil }
        return text(under: script.pointee.children)
    }

    /// The concatenated text of a node list one level deep: attribute values and script bodies.
    private static func text(under first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { result += String(cString: content) }
            node = current.pointee.next
        }
        return result
    }
}
