import Foundation
internal import CLibXML2

/// libxml2's streaming reader over a byte buffer. Not thread-safe: one parse, one thread.
///
/// The buffer is not copied by libxml2, so the reader must only be used inside the
/// `withUnsafeBytes` call that produced it; `XMLStreamReader.read(_:)` enforces that shape.
final class XMLStreamReader {
    private let reader: xmlTextReaderPtr
    let errors = XMLErrorLog()

    /// Never the entity-substitution option (it loads external entities even with NONET) and never DTDLOAD.
    static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    private init?(buffer: UnsafeRawBufferPointer, url: String?, encoding: String?) {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
            let reader = xmlReaderForMemory(base, Int32(buffer.count), url, encoding, Self.options)
        else { return nil }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorLog.callback, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit { xmlFreeTextReader(reader) }

    /// Runs `body` with a reader over `data`; the reader does not outlive the bytes.
    static func read<T>(_ data: Data, url: String?, encoding: String?, _ body: (XMLStreamReader) throws -> T) throws -> T {
        try data.withUnsafeBytes { buffer in
            guard let reader = XMLStreamReader(buffer: buffer, url: url, encoding: encoding) else {
                throw FeedParseError("the document is empty")
            }
            return try body(reader)
        }
    }

    /// Moves to the next node; false at the end of the document or on an unrecoverable error.
    func next() -> Bool { xmlTextReaderRead(reader) == 1 }

    /// Skips the current node's subtree; false at the end or on an unrecoverable error.
    func skipSubtree() -> Bool { xmlTextReaderNext(reader) == 1 }

    var isElementStart: Bool { xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) }

    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    var localName: String { xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "" }

    var namespaceURI: String? { xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) } }

    /// Builds the current element's subtree in memory (only that subtree) and returns it.
    func expand() -> XMLNode? { xmlTextReaderExpand(reader).map(XMLNode.init(pointer:)) }
}
