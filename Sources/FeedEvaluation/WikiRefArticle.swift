/// One article of the WikiRef corpora: its topic (the file-name prefix), its number within the
/// topic (the only order the corpus gives), headline (first line) and full text.
public struct WikiRefArticle: Sendable, Equatable {
    public let topic: String
    public let number: Int
    public let file: String
    public let title: String
    public let text: String

    /// The text below the headline line: what a news page shows under its title.
    public var body: String {
        text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? ""
    }
}
