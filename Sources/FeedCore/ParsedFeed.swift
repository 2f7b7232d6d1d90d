/// A whole feed document after parsing.
public struct ParsedFeed: Sendable, Equatable {
    public var format: FeedFormat
    public var title: String
    public var link: String?
    public var entries: [FeedEntry]
    /// What was wrong with the document but recovered from, each with its line when known.
    public var warnings: [String]
    /// How often the feed says it changes.
    public var hints = FeedHints()

    public init(format: FeedFormat, title: String, link: String?, entries: [FeedEntry], warnings: [String] = []) {
        self.format = format
        self.title = title
        self.link = link
        self.entries = entries
        self.warnings = warnings
    }
}
