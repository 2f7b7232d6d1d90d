/// The article an item links to, as read from its web page (`articles:`): stored beside the
/// feed's own text, and what the duplicate test and the score read when present.
public struct ItemPage: Sendable, Equatable, Codable {
    /// Where the page was read, after redirects.
    public var url: String
    /// The page's `<link rel=canonical>` (or `og:url`).
    public var canonical: String?
    /// The body as `ExtractedPage.text` has it: paragraphs and block quotes, without the headline.
    public var text: String

    public init(url: String, canonical: String?, text: String) {
        self.url = url
        self.canonical = canonical
        self.text = text
    }
}
