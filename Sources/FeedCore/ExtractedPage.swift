import Foundation

/// What main-text extraction read from one web page: the article's headline and body, and the
/// page's own metadata where it gave any.
public struct ExtractedPage: Sendable, Equatable {
    /// The headline: JSON-LD `headline`, else `og:title`, else the page's first `<h1>`, else `<title>`.
    public var title: String?
    /// The body as plain text: paragraphs, list items and block quotes, one blank line between them,
    /// without the headline.
    public var text: String
    /// `<link rel=canonical>` or `og:url`, resolved against the page's address.
    public var canonical: String?
    /// JSON-LD `datePublished`, else `article:published_time`.
    public var published: Date?
    /// What could not be read as expected, one plain sentence each.
    public var warnings: [String]

    public init(title: String?, text: String, canonical: String?, published: Date?, warnings: [String]) {
        self.title = title
        self.text = text
        self.canonical = canonical
        self.published = published
        self.warnings = warnings
    }

    /// Words in `text`, counted as runs of non-whitespace.
    public var words: Int {
        text.wordCount
    }
}
