/// Writes the article's elements as plain text: one paragraph per block, line breaks kept, and
/// what is still furniture inside the article left out (the headline, which is the title; lists of
/// links such as "read also" boxes).
struct PageTextWriter {
    let measure: PageMeasure
    /// Whether captions and link lists inside the article are written too.
    let writesEverything: Bool
    private var paragraphs: [Paragraph] = []
    private var paragraph = PlainTextBuilder()
    private var paragraphHoldsLink = false
    private var paragraphIsHeading = false

    private struct Paragraph {
        let text: String
        let holdsLink: Bool
        let isHeading: Bool
    }

    /// Block elements whose text is mostly links are link lists, not prose.
    private static let linkListShare = 0.5
    private static let linkListTags: Set<String> = ["ul", "ol", "dl", "div", "section", "table", "tr", "td", "li", "p"]

    /// When leaving out captions and link lists leaves less than `shortestShare` of the article's
    /// text, they were the article (a gallery of captions, a post that is a list of links), and
    /// it is written whole.
    static func text(of roots: [Int], measure: PageMeasure) -> String {
        let text = Self.text(of: roots, measure: measure, writesEverything: false)
        let articleLength = roots.reduce(0) { $0 + measure.textLength[$1] }
        let written = PageMeasure.visibleCharacters(text)
        guard Double(written) < shortestShare * Double(articleLength) else { return text }
        return Self.text(of: roots, measure: measure, writesEverything: true)
    }

    private static let shortestShare = 0.2

    private static func text(of roots: [Int], measure: PageMeasure, writesEverything: Bool) -> String {
        var writer = PageTextWriter(measure: measure, writesEverything: writesEverything)
        for root in roots { writer.write(root) }
        let paragraphs = writer.paragraphs.filter { !CreditLine.matches($0.text) }
        return Self.trimmed(paragraphs).map(\.text).joined(separator: "\n\n")
    }

    /// Short paragraphs at the start and end of an article are its frame, not its text: datelines
    /// ("3 August 2022"), "Share", "Comments (3)", "Photo: Reuters". A short paragraph between two
    /// paragraphs of prose is a subheading, and stays.
    private static func trimmed(_ paragraphs: [Paragraph]) -> ArraySlice<Paragraph> {
        var kept = paragraphs[...]
        while let first = kept.first, first.text.unicodeScalars.count < shortestEdge || isUnfinished(first) { kept = kept.dropFirst() }
        while let last = kept.last, isFrame(last) { kept = kept.dropLast() }
        return kept.isEmpty ? paragraphs[...] : kept
    }

    /// At the end, a short paragraph with a link is a call to follow, subscribe or read on
    /// ("Follow us on Twitter", "Sign up here"), not the article's last sentence; and a heading or
    /// a short line ending in a colon introduces what was left out, as nothing follows it.
    private static func isFrame(_ paragraph: Paragraph) -> Bool {
        let length = paragraph.text.unicodeScalars.count
        return length < shortestEdge || (paragraph.holdsLink && length < longestLinkedEdge)
            || isUnfinished(paragraph) || paragraph.isHeading || (length < longestLabel && paragraph.text.hasSuffix(":"))
    }

    /// A short edge that does not end as a sentence is a label or a credit ("Titelbild: dpa",
    /// "Load more", "Community") even without a link.
    private static func isUnfinished(_ paragraph: Paragraph) -> Bool {
        paragraph.text.unicodeScalars.count < shortUnfinishedEdge && !paragraph.text.endsLikeSentence
    }

    /// Characters, spaces included.
    private static let shortestEdge = 20
    private static let shortUnfinishedEdge = 30
    private static let longestLinkedEdge = 150

    private mutating func breakParagraph() {
        let text = paragraph.result
        if !text.isEmpty { paragraphs.append(Paragraph(text: text, holdsLink: paragraphHoldsLink, isHeading: paragraphIsHeading)) }
        paragraph = PlainTextBuilder()
        paragraphHoldsLink = false
        paragraphIsHeading = false
    }

    private init(measure: PageMeasure, writesEverything: Bool) {
        self.measure = measure
        self.writesEverything = writesEverything
    }

    private mutating func write(_ root: Int) {
        let nodes = measure.tree.nodes
        var openBlockEnds: [Int] = []
        var index = root
        let end = nodes[root].subtreeEnd
        while index < end {
            while let last = openBlockEnds.last, last <= index {
                openBlockEnds.removeLast()
                breakParagraph()
            }
            let node = nodes[index]
            if measure.removed[index] || isFurnitureInsideArticle(index) {
                index = node.subtreeEnd
                continue
            }
            if node.isText {
                paragraph.append(node.text)
            } else {
                if node.tag == "a", measure.textLength[index] > 0 { paragraphHoldsLink = true }
                switch HTMLElementKind(node.tag) {
                case .block:
                    breakParagraph()
                    paragraphIsHeading = Self.headingTags.contains(node.tag)
                    openBlockEnds.append(node.subtreeEnd)
                case .lineBreak: paragraph.breakLine()
                case .wordBreak: paragraph.breakWord()
                case .inline, .skipped: break
                }
            }
            index += 1
        }
        breakParagraph()
    }

    private func isFurnitureInsideArticle(_ index: Int) -> Bool {
        let tag = measure.tree.nodes[index].tag
        // Broken markup can leave a heading open around the whole article.
        let isHeading = Self.headingTags.contains(tag) && measure.textLength[index] <= Self.longestHeading
        if tag == "h1", isHeading { return true }
        // Captions credit photographers and describe pictures the text does not need.
        if tag == "figcaption" { return !writesEverything }
        if isHeading { return measure.textLength[index] < Self.shortestStandfirst && headsNothing(index) }
        if Self.labelTags.contains(tag), measure.textLength[index] < Self.longestLabel, headsNothing(index, orEnd: false),
            !measure.tree.collapsedText(of: index).endsLikeSentence
        {
            return true
        }
        return !writesEverything && (isLinkList(index) || isTeaserCard(index))
    }

    /// A box that opens with a linked headline and holds little else is a teaser for another
    /// article ("more on this story" cards), not this one's text.
    private func isTeaserCard(_ index: Int) -> Bool {
        let nodes = measure.tree.nodes
        guard Self.teaserCardTags.contains(nodes[index].tag), measure.textLength[index] < Self.longestTeaserCard else { return false }
        guard let first = measure.tree.children(of: index).first(where: { !measure.removed[$0] && measure.textLength[$0] > 0 }),
            Self.headingTags.contains(nodes[first].tag)
        else { return false }
        return measure.linkLength[first] == measure.textLength[first] && measure.textLength[first] < measure.textLength[index]
    }

    private static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let teaserCardTags: Set<String> = ["article", "li", "div"]
    /// Visible characters: a headline and a sentence or two.
    private static let longestTeaserCard = 400
    /// A short line that is not a sentence, over something left out, is that box's label
    /// ("Related coverage", "Mehr zum Thema:") set as a paragraph rather than a heading.
    private static let labelTags: Set<String> = ["p", "div"]
    private static let longestLabel = 50
    /// Visible characters; a heading is a line or two.
    private static let longestHeading = 300
    /// Visible characters. A heading this long that heads nothing is the article's standfirst
    /// (an `h2` under the headline), not the title of a box that was left out.
    private static let shortestStandfirst = 100

    private func isLinkList(_ index: Int) -> Bool {
        Self.linkListTags.contains(measure.tree.nodes[index].tag) && measure.linkDensity(index) > Self.linkListShare
    }

    /// A heading with no prose after it titles what was left out ("Related articles" over a
    /// list of links, "Share this" over buttons) or, when `orEnd`, nothing at all.
    private func headsNothing(_ heading: Int, orEnd: Bool = true) -> Bool {
        let nodes = measure.tree.nodes
        var next = nodes[heading].subtreeEnd
        let parent = nodes[heading].parent
        let parentEnd = parent >= 0 ? nodes[parent].subtreeEnd : nodes.count
        while next < parentEnd {
            // Whitespace between elements, and pictures or spacers between a heading and its text.
            if !measure.removed[next], measure.textLength[next] == 0 {
                next = nodes[next].subtreeEnd
                continue
            }
            return measure.removed[next] || (!nodes[next].isText && isLinkList(next))
        }
        return orEnd
    }
}
