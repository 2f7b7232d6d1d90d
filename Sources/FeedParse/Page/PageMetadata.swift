import FeedCore
import Foundation

/// What a page says about itself, outside its body text: headline, summary, publication time and
/// canonical address, from JSON-LD, Open Graph and article meta tags, and `<link rel=canonical>`.
struct PageMetadata {
    var title: String?
    var published: Date?
    var canonical: String?
    /// JSON-LD `articleBody`, kept to fall back on when the page's markup yields less text.
    var articleBody: String?
    /// The page's own summary (`og:description`, `description`): often the article's standfirst,
    /// which many pages set apart from the body or give only here.
    var summary: String?

    init(tree: PageTree, url: String?) {
        var properties: [String: String] = [:]
        var canonicalLink: String?
        for node in tree.nodes where node.tag == "meta" || node.tag == "link" {
            if node.tag == "link" {
                let relations = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
                if canonicalLink == nil, relations.contains("canonical") { canonicalLink = node.attribute("href") }
                continue
            }
            guard let key = node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"),
                let content = node.attribute("content")?.trimmingWhitespace(), !content.isEmpty
            else { continue }
            let lowered = key.lowercased()
            if properties[lowered] == nil { properties[lowered] = content }
        }
        let article = LinkedDataArticle.first(in: tree.linkedData)
        let heading = tree.first("h1").map { tree.collapsedText(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        let titleElement = tree.first("title").map { tree.collapsedText(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        title = article?.headline ?? properties["og:title"] ?? heading ?? titleElement
        let publishedText = article?.datePublished ?? properties["article:published_time"] ?? properties["datepublished"]
        published = publishedText.flatMap(FeedDate.parse)
        canonical = (canonicalLink ?? properties["og:url"]).flatMap { LinkResolver.resolve($0, base: url) }
        articleBody = article?.articleBody
        summary = properties["og:description"] ?? properties["description"] ?? properties["twitter:description"]
    }
}
