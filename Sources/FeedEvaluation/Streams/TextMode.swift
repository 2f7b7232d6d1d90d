import FeedCore

/// How much of an article a stream item carries: what feeds give varies from the whole text to a
/// bare headline, and most give a headline and a sentence.
public enum TextMode: String, Sendable, CaseIterable {
    case fullText = "full text"
    case teaser = "headline + first sentence"
    case headline = "headline"

    /// The feed entry an article arrives as in this mode.
    public func entry(for article: LabelledArticle) -> FeedEntry {
        let summary: String
        switch self {
        case .fullText: summary = article.body
        case .teaser: summary = article.lead
        case .headline: summary = ""
        }
        return FeedEntry(
            id: article.id, title: article.title, link: nil, published: nil, updated: nil, summary: summary, content: "", authors: [],
            categories: [])
    }
}
