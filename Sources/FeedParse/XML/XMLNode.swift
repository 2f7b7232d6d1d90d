import Foundation
internal import CLibXML2

/// A read-only view of one libxml2 node, valid only while its document is.
struct XMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The local name, without prefix.
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    var namespaceURI: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// Element children in document order.
    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(pointer: current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element with this local name, optionally in one namespace.
    func child(_ localName: String, namespace: String? = nil) -> XMLNode? {
        children.first { $0.name == localName && (namespace == nil || $0.namespaceURI == namespace) }
    }

    func attribute(_ attributeName: String) -> String? {
        guard let value = xmlGetProp(pointer, attributeName) else { return nil }
        defer { feedwatch_xmlFree(value) }
        return String(cString: value)
    }

    func attribute(_ attributeName: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(pointer, attributeName, namespace) else { return nil }
        defer { feedwatch_xmlFree(value) }
        return String(cString: value)
    }

    /// The concatenated character data below this node.
    ///
    /// Unlike `xmlNodeGetContent`, entities declared in the document are never expanded (that is how
    /// "billion laughs" documents explode); undeclared HTML entities such as `&eacute;` become their
    /// characters, since feeds use them as if XML had them.
    var text: String {
        var bytes: [UInt8] = []
        Self.appendText(of: pointer, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The effective base URI of this node (xml:base on it or its ancestors, else the document URL).
    var baseURI: String? {
        guard let base = xmlNodeGetBase(pointer.pointee.doc, pointer) else { return nil }
        defer { feedwatch_xmlFree(base) }
        return String(cString: base)
    }

    /// The text an entity reference stands for: an HTML named character, or nothing. Its children
    /// (the declared replacement) are never followed.
    static func entityText(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name, let entity = htmlEntityLookup(name),
            let scalar = Unicode.Scalar(entity.pointee.value)
        else { return "" }
        return String(Character(scalar))
    }

    private static func appendText(of node: xmlNodePtr, to bytes: inout [UInt8]) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            case XML_ENTITY_REF_NODE:
                bytes.append(contentsOf: entityText(current).utf8)
            case XML_ELEMENT_NODE:
                appendText(of: current, to: &bytes)
            default:
                break
            }
            child = current.pointee.next
        }
    }
}
