import FeedCore
import Foundation
internal import CLibXML2

/// The fallback for broken documents: libxml2's DOM parser in recover mode, which (unlike the
/// streaming reader) repairs mismatched tags and bare ampersands and keeps going. It builds the
/// whole tree, so it only runs on documents the streaming reader could not finish.
enum XMLDocumentReader {
    static func parse(_ data: Data, url: String?, encoding: String?) throws -> ParsedFeed {
        guard let context = xmlNewParserCtxt() else { throw FeedParseError("out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(buffer.count), url, encoding, XMLStreamReader.options)
        }
        let problem = xmlCtxtGetLastError(context).flatMap { error -> String? in
            guard let message = error.pointee.message else { return nil }
            return "line \(error.pointee.line): " + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let document else { throw FeedParseError("not well-formed XML: \(problem ?? "unreadable")") }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else { throw FeedParseError("the document is empty") }
        let root = XMLNode(pointer: rootPointer)
        guard var assembler = FeedAssembler(rootName: root.name, namespace: Namespace(root.namespaceURI)) else {
            throw FeedParseError("not a feed: the root element is <\(root.name)>, expected <rss>, <rdf:RDF> or <feed>")
        }
        walk(root, depth: 0, into: &assembler)
        return assembler.finish(warnings: problem.map { ["recovered from malformed XML at \($0)"] } ?? [])
    }

    /// The same traversal the streaming reader makes: entries at any depth, metadata at its depth.
    private static func walk(_ node: XMLNode, depth: Int, into assembler: inout FeedAssembler) {
        for child in node.children {
            let namespace = Namespace(child.namespaceURI)
            if assembler.isEntry(name: child.name, namespace: namespace) {
                assembler.addEntry(child)
            } else if depth + 1 == assembler.metadataDepth {
                assembler.addMetadata(child)
            } else {
                walk(child, depth: depth + 1, into: &assembler)
            }
        }
    }
}
