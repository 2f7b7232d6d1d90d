/// An HTML page as a flat list of nodes in document order. A node's descendants are the nodes
/// right after it, up to `subtreeEnd`, so totals are summed children-first by walking the list
/// backwards and a subtree is read front to back, both without recursion: pages nest thousands deep.
struct PageTree {
    struct Node {
        /// Lowercased element name, or empty for a text node.
        let tag: String
        /// A text node's text, as in the page (whitespace not yet collapsed).
        let text: String
        let parent: Int
        /// One past the last descendant; set when the builder closes the element.
        var subtreeEnd: Int
        /// The attributes the extractor reads, names lowercased.
        let attributes: [String: String]

        var isText: Bool { tag.isEmpty }

        func attribute(_ name: String) -> String? { attributes[name] }

        /// `class` and `id` together, lowercased, with `_` and `__` written `-`
        /// (`article__body`, `article_body` and `article-body` are one name): what boilerplate
        /// rules look at.
        let identity: String

        init(tag: String, text: String, parent: Int, subtreeEnd: Int, attributes: [String: String]) {
            self.tag = tag
            self.text = text
            self.parent = parent
            self.subtreeEnd = subtreeEnd
            self.attributes = attributes
            identity = tag.isEmpty ? "" : Self.identity(of: attributes)
        }

        /// Class names that carry the post's own labels are left out: WordPress writes
        /// `category-social-issues` and `tag-election` on the article itself, and they say nothing
        /// of its role.
        private static func identity(of attributes: [String: String]) -> String {
            guard attributes["class"] != nil || attributes["id"] != nil else { return "" }
            let names = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
            return names.split(whereSeparator: \.isWhitespace)
                .filter { name in !labelPrefixes.contains { name.hasPrefix($0) } }
                .map { $0.contains("_") ? String($0.replacing("__", with: "-").replacing("_", with: "-")) : String($0) }
                .joined(separator: " ")
        }

        private static let labelPrefixes = ["category-", "tag-", "has-", "no-", "with-", "with_", "hide-", "postid-"]
    }

    var nodes: [Node] = []
    /// The text of each `<script type="application/ld+json">`.
    var linkedData: [String] = []
    /// Whether elements nest as deep as the parser reads; what lies deeper, and what follows, is lost.
    var reachedMaximumDepth = false

    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].subtreeEnd {
            result.append(child)
            child = nodes[child].subtreeEnd
        }
        return result
    }

    /// The first element named `tag`, in document order.
    func first(_ tag: String) -> Int? { nodes.firstIndex { $0.tag == tag } }

    /// The text under `index`, whitespace collapsed to single spaces.
    func collapsedText(of index: Int) -> String {
        var words: [Substring] = []
        for node in nodes[index..<nodes[index].subtreeEnd] where node.isText {
            words.append(contentsOf: node.text.split(whereSeparator: \.isWhitespace))
        }
        return words.joined(separator: " ")
    }
}
