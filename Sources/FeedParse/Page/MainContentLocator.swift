/// Finds the elements that hold a page's article: every paragraph-like block scores its text
/// (length and commas, as prose has and menus lack) into its parent and, less, its grandparent and
/// great-grandparent; the best-scoring element, discounted by its share of link text, is the
/// article, widened to its parent while the parent adds prose, with those of its siblings that read
/// as more of it.
struct MainContentLocator {
    let measure: PageMeasure
    private(set) var score: [Double]

    private static let paragraphTags: Set<String> = ["p", "pre", "blockquote", "td", "li", "dd", "dt"]
    private static let containerTags: Set<String> = [
        "div", "section", "article", "main", "span", "font", "center", "body", "form", "th",
    ]
    /// Blocks shorter than this are captions, buttons and labels, not prose.
    private static let shortestParagraph = 25
    private static let ancestorShares: [Double] = [1, 0.5, 0.25]
    /// Climbing from the best element stops at a parent whose added text is this much link text.
    private static let climbLinkShare = 0.15

    init(measure: PageMeasure) {
        self.measure = measure
        let nodes = measure.tree.nodes
        var score = Array(repeating: 0.0, count: nodes.count)
        for index in nodes.indices where !measure.removed[index] && !nodes[index].isText {
            let tag = nodes[index].tag
            let length: Int
            if Self.paragraphTags.contains(tag) {
                length = measure.textLength[index]
            } else if Self.containerTags.contains(tag), measure.ownTextLength[index] >= 2 * Self.shortestParagraph {
                length = measure.ownTextLength[index]
            } else {
                continue
            }
            guard length >= Self.shortestParagraph else { continue }
            let points = 1 + Double(min(measure.commas[index], 10)) + min(3, Double(length) / 100)
            var ancestor = nodes[index].parent
            for share in Self.ancestorShares {
                guard ancestor >= 0 else { break }
                score[ancestor] += points * share
                ancestor = nodes[ancestor].parent
            }
        }
        for index in nodes.indices where score[index] > 0 {
            score[index] = score[index] * (1 - measure.linkDensity(index)) * Self.weight(of: nodes[index])
        }
        self.score = score
    }

    /// The article's elements in document order, or nil when no block reads as prose.
    func articleElements() -> [Int]? {
        guard var best = score.indices.max(by: { score[$0] < score[$1] }), score[best] > 0 else { return nil }
        let nodes = measure.tree.nodes
        // An article is often split over sections (a lead field and body fields, each in its own
        // wrapper): climb while the parent adds prose rather than links. Furniture is already
        // gone, so what a parent adds is mostly more of the article or lists of teasers.
        while case let parent = nodes[best].parent, parent >= 0, parent != measure.body {
            let added = measure.textLength[parent] - measure.textLength[best]
            let addedLinks = measure.linkLength[parent] - measure.linkLength[best]
            guard added == 0 || Double(addedLinks) < Self.climbLinkShare * Double(added) else { break }
            best = parent
        }
        let parent = nodes[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, score[best] * 0.2)
        let bestIdentity = nodes[best].identity
        return measure.tree.children(of: parent).filter { sibling in
            guard sibling != best else { return true }
            guard !measure.removed[sibling], !nodes[sibling].isText else { return false }
            // A sibling's prose may sit deeper than the best element's (a lead in one wrapper, the
            // body in a grid of rows and columns): it counts by its best-scoring element.
            var siblingScore = (sibling..<nodes[sibling].subtreeEnd).lazy.map { score[$0] }.max() ?? 0
            if !bestIdentity.isEmpty, nodes[sibling].identity == bestIdentity { siblingScore += score[best] * 0.2 }
            if siblingScore >= threshold { return true }
            guard nodes[sibling].tag == "p" else { return false }
            let length = measure.textLength[sibling]
            let density = measure.linkDensity(sibling)
            if length >= 80 { return density < 0.25 }
            return length > 0 && density == 0 && measure.tree.collapsedText(of: sibling).endsLikeSentence
        }
    }

    /// What the markup says outright about an element's role, as a factor on the score its text
    /// earned: a name alone never makes a caption box the article.
    private static func weight(of node: PageTree.Node) -> Double {
        var weight = 1.0
        switch node.tag {
        case "article": weight *= 1.3
        case "main": weight *= 1.2
        case "ol", "ul", "dl", "dd", "dt", "li", "form": weight *= 0.8
        default: break
        }
        if BoilerplateRules.hasArticleBodyMicrodata(node) { weight *= 2 }
        let identity = node.identity
        if BoilerplateRules.namesContent(identity) { weight *= 1.5 }
        if BoilerplateRules.namesFurniture(identity), !BoilerplateRules.marksArticleBody(node) { weight *= 0.5 }
        return weight
    }
}
