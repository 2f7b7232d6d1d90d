import FeedCore

/// Captures each top-level `<outline>` subtree and collects the feed URLs in it.
final class OPMLOutlineCollector: XMLSubtreeConsumer {
    private(set) var sawRoot = false
    private(set) var outlines: [OPMLReader.Outline] = []

    func begin(root name: String, namespace: Namespace) throws -> Namespace {
        guard name == "opml" else { throw FeedParseError("the root element is <\(name)>") }
        sawRoot = true
        return .core
    }

    func captures(name: String, namespace: Namespace, depth: Int) -> Bool { name == "outline" }

    func add(_ element: XMLElement, depth: Int) { collect(element) }

    private func collect(_ outline: XMLElement) {
        if let url = outline.attribute("xmlUrl")?.trimmingWhitespace(), !url.isEmpty {
            outlines.append(OPMLReader.Outline(url: url, line: outline.line))
        }
        for child in outline.children where child.name == "outline" { collect(child) }
    }
}
