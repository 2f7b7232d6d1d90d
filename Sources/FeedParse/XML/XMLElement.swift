/// One element of a captured subtree (an entry, a feed-level field, an OPML outline), built by
/// `XMLSubtreeParser` from libxml2's SAX events. Owns its data: valid after the parse ends.
final class XMLElement {
    /// Character data and child elements, in document order.
    enum Item {
        case text(Range<Int>)
        case element(XMLElement)
    }

    let name: String
    let namespace: Namespace
    let attributes: [XMLAttribute]
    /// The base URI in force here: the nearest xml:base, else the document's URL.
    let baseURI: String?
    /// Whether an `xml:base` is in scope here, rather than only the document's URL.
    let hasXMLBase: Bool
    let line: Int
    private(set) var items: [Item] = []
    /// This element's own character data; `items` holds ranges into it.
    private(set) var bytes: [UInt8] = []
    private var hasChildElements = false

    init(name: String, namespace: Namespace, attributes: [XMLAttribute], baseURI: String?, hasXMLBase: Bool, line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.baseURI = baseURI
        self.hasXMLBase = hasXMLBase
        self.line = line
    }

    func appendText(_ chunk: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: chunk)
        if case .text(let previous) = items.last, previous.upperBound == start {
            items[items.count - 1] = .text(previous.lowerBound..<bytes.count)
        } else {
            items.append(.text(start..<bytes.count))
        }
    }

    func appendChild(_ child: XMLElement) {
        items.append(.element(child))
        hasChildElements = true
    }

    /// Child elements in document order.
    var children: [XMLElement] {
        items.compactMap { item in
            if case .element(let child) = item { return child }
            return nil
        }
    }

    func child(_ localName: String, namespace: Namespace? = nil) -> XMLElement? {
        children.first { $0.name == localName && (namespace == nil || $0.namespace == namespace) }
    }

    /// An attribute without a namespace, or with the given one.
    func attribute(_ localName: String, namespace: Namespace = .core) -> String? {
        attributes.first { $0.name == localName && $0.namespace == namespace }?.value
    }

    /// All character data below this element, in document order.
    var text: String { withText { String(decoding: $0, as: UTF8.self) } }

    /// Runs `body` on the UTF-8 of `text`, without a copy when the element has no child elements.
    func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if !hasChildElements { return bytes.withUnsafeBufferPointer(body) }
        var all: [UInt8] = []
        appendAllText(to: &all)
        return all.withUnsafeBufferPointer(body)
    }

    private func appendAllText(to all: inout [UInt8]) {
        for item in items {
            switch item {
            case .text(let range): all.append(contentsOf: bytes[range])
            case .element(let child): child.appendAllText(to: &all)
            }
        }
    }
}
