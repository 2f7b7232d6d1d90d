import FeedCore
import Foundation

/// Reads the article out of a web page: its headline, body text and metadata, leaving out the
/// navigation, banners, sharing buttons, related links and comments around it.
public enum PageExtractor {
    /// - Parameters:
    ///   - data: the page's bytes as received.
    ///   - url: where it came from; the canonical link is resolved against it.
    ///   - httpCharset: the charset named by the HTTP `Content-Type`, if any.
    /// - Throws: `PageExtractionError` when the bytes are not an HTML page (empty, or binary).
    ///   A page that is HTML but holds no article is not an error: its text is empty and a
    ///   warning says so.
    public static func extract(_ data: Data, url: String? = nil, httpCharset: String? = nil) throws -> ExtractedPage {
        if let reason = PageBytes.reasonNotText(data) { throw PageExtractionError(reason) }
        let charset = PageCharset(for: data, httpCharset: httpCharset)
        let clean = PageBytes.withoutNULs(data)
        let bytes = charset.decodesStrayBytes ? StrayByteDecoder.decode(clean) : clean
        let tree = PageTreeBuilder.build(bytes, encoding: charset.label)
        let metadata = PageMetadata(tree: tree, url: url)
        var warnings = charset.notes
        if tree.reachedMaximumDepth {
            warnings.append("the page nests elements more than \(PageTreeBuilder.maximumDepth) deep; the parser stops there, so text may be missing")
        }
        var text = articleText(tree, furnitureByName: true)
        if text.unicodeScalars.count < shortestArticle {
            let retried = articleText(tree, furnitureByName: false)
            if retried.count > text.count { text = retried }
        }
        var markupHeldArticle = text.unicodeScalars.count >= shortestArticle
        if let articleBody = metadata.articleBody, articleBody.count > 2 * text.count {
            markupHeldArticle = false
            warnings.append("the page's markup held less text than its JSON-LD articleBody, which is used instead")
            var builder = PlainTextBuilder(blankLinesBreakParagraphs: true)
            builder.append(articleBody)
            text = builder.result
        }
        let standfirst = metadata.summary.flatMap { Self.standfirst($0, missingFrom: text, shownIn: markupHeldArticle ? tree : nil) }
        if text.isEmpty {
            warnings.append(standfirst == nil ? "found no article text in the page" : "found no article text in the page; its summary is given instead")
        }
        if let standfirst { text = text.isEmpty ? standfirst : standfirst + "\n\n" + text }
        return ExtractedPage(title: metadata.title, text: text, canonical: metadata.canonical, published: metadata.published, warnings: warnings)
    }

    /// The page's summary as plain text, when it is long enough to be a standfirst and the text
    /// does not already open with it or hold it. Where the markup held the article (`page` is
    /// given), the summary counts only if the page shows it: one it does not show is the
    /// publisher's description for search engines and sharing, not part of the article.
    private static func standfirst(_ summary: String, missingFrom text: String, shownIn page: PageTree?) -> String? {
        // Some publishers write the summary as HTML ("<p>…</p>"), as feeds do.
        let standfirst = HTMLText.plainText(fromHTML: summary)
        guard standfirst.unicodeScalars.count >= shortestStandfirst else { return nil }
        let opening = String(flowing(standfirst).prefix(standfirstOpening))
        guard !flowing(text).contains(opening) else { return nil }
        if let page, !shownText(of: page).contains(opening) { return nil }
        return standfirst
    }

    /// The text of the page's body as a reader sees it, whitespace collapsed. Text nodes are joined
    /// as they stand, since inline markup can split a word ("<b>Nay</b>pyidaw").
    private static func shownText(of tree: PageTree) -> String {
        guard !tree.nodes.isEmpty else { return "" }
        let body = tree.first("body") ?? 0
        return flowing(tree.nodes[body..<tree.nodes[body].subtreeEnd].filter(\.isText).map(\.text).joined())
    }

    /// The text with every run of whitespace, line and paragraph breaks included, made one space:
    /// how a summary, the extracted text and the page are compared.
    private static func flowing(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Characters. Shorter summaries are taglines ("News from Bavaria"), not an article's lead.
    private static let shortestStandfirst = 80
    /// Characters of the summary looked for in the text: enough to know it, few enough that a
    /// summary cut short with "…" is still found.
    private static let standfirstOpening = 40

    /// Text shorter than this (in characters) is taken as a sign that the furniture rules removed
    /// the article, and extraction runs again without the class and id names.
    private static let shortestArticle = 250

    private static func articleText(_ tree: PageTree, furnitureByName: Bool) -> String {
        let measure = PageMeasure(tree: tree, furnitureByName: furnitureByName)
        guard let elements = MainContentLocator(measure: measure).articleElements() else { return "" }
        return PageTextWriter.text(of: elements, measure: measure)
    }
}
