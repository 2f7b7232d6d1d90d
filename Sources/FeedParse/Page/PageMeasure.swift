/// Per-node figures the extractor decides by: which nodes are furniture, and how much text and
/// link text each element holds once furniture is left out.
struct PageMeasure {
    let tree: PageTree
    /// The `<body>`, or the root when the parser found none.
    let body: Int
    private(set) var removed: [Bool]
    /// Visible characters (not whitespace) in the subtree, furniture left out.
    private(set) var textLength: [Int]
    /// The part of `textLength` inside links.
    private(set) var linkLength: [Int]
    private(set) var commas: [Int]
    /// Visible characters in text nodes that are direct children.
    private(set) var ownTextLength: [Int]

    /// Furniture that holds at least this share of the page's text is kept: it is the page's
    /// wrapper (a `site-content has-sidebar` div), and dropping it would drop the article.
    static let wrapperShare = 0.5

    /// - Parameter furnitureByName: whether class and id names mark furniture. Extraction tries
    ///   without them when they leave too little text, as on pages that name their article's
    ///   wrapper like a widget.
    init(tree: PageTree, furnitureByName: Bool = true) {
        self.tree = tree
        let count = tree.nodes.count
        body = tree.first("body") ?? 0
        removed = Array(repeating: true, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        ownTextLength = Array(repeating: 0, count: count)
        guard count > 0 else { return }
        let visible = tree.nodes.map { $0.isText ? Self.visibleCharacters($0.text) : 0 }
        let rawLength = Self.subtreeSums(tree, values: visible, counted: Array(repeating: true, count: count))
        let pageLength = max(1, rawLength[body])
        var holdsArticleBody = tree.nodes.map { !$0.isText && BoilerplateRules.marksArticleBody($0) }
        for index in tree.nodes.indices.reversed() where holdsArticleBody[index] && tree.nodes[index].parent >= 0 {
            holdsArticleBody[tree.nodes[index].parent] = true
        }
        var withinArticle = Array(repeating: false, count: count)
        for index in body..<tree.nodes[body].subtreeEnd {
            let node = tree.nodes[index]
            if index != body {
                let parent = tree.nodes[node.parent]
                withinArticle[index] = withinArticle[node.parent] || parent.tag == "article" || parent.tag == "main"
            }
            if index != body, removed[node.parent] { continue }
            if index == body || node.isText {
                removed[index] = false
                continue
            }
            let furnitureByRule = BoilerplateRules.isFurniture(
                node, byName: furnitureByName, textLength: rawLength[index], withinArticle: withinArticle[index])
            removed[index] = BoilerplateRules.isHidden(node)
                || (furnitureByRule && !holdsArticleBody[index]
                    && (BoilerplateRules.namesCommentThread(node.identity) || Double(rawLength[index]) < Self.wrapperShare * Double(pageLength)))
        }
        var insideLink = Array(repeating: false, count: count)
        var commaCounts = Array(repeating: 0, count: count)
        for index in body..<tree.nodes[body].subtreeEnd {
            let node = tree.nodes[index]
            if index != body { insideLink[index] = insideLink[node.parent] || node.tag == "a" }
            if node.isText { commaCounts[index] = node.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) } }
        }
        let kept = removed.map { !$0 }
        textLength = Self.subtreeSums(tree, values: visible, counted: kept)
        linkLength = Self.subtreeSums(tree, values: zip(visible, insideLink).map { $1 ? $0 : 0 }, counted: kept)
        commas = Self.subtreeSums(tree, values: commaCounts, counted: kept)
        for index in body..<tree.nodes[body].subtreeEnd where kept[index] && tree.nodes[index].isText && index != body {
            ownTextLength[tree.nodes[index].parent] += visible[index]
        }
    }

    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// Each node's value plus its counted descendants', summed children-first.
    private static func subtreeSums(_ tree: PageTree, values: [Int], counted: [Bool]) -> [Int] {
        var sums = values
        for index in tree.nodes.indices.reversed() {
            guard counted[index] else {
                sums[index] = 0
                continue
            }
            let parent = tree.nodes[index].parent
            if parent >= 0 { sums[parent] += sums[index] }
        }
        return sums
    }

    static func visibleCharacters(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { count += 1 }
        return count
    }
}
