import FeedCore

/// An item the analyst judged related, as a story's profile learns from it (`StoryModel.learn`).
public struct JudgedReport: Sendable {
    /// Its terms' centrality (`Fingerprinter.termCentrality`), as a seed's are counted.
    public let centrality: [String: Double]
    /// What kind of text it is, judged as seeds are: an article, a teaser or a headline.
    public let kind: SeedKind
    /// The places it names, which can set the story there too (`StorySetting.including`).
    public let places: PlaceMentions

    public init(centrality: [String: Double], kind: SeedKind, places: PlaceMentions = .none) {
        self.centrality = centrality
        self.kind = kind
        self.places = places
    }

    public init(_ entry: FeedEntry, fingerprinter: Fingerprinter) {
        self.init(
            centrality: fingerprinter.termCentrality(title: entry.title, body: entry.bodyText),
            kind: SeedKind([SeedDocument(name: entry.id, text: entry.title + "\n" + entry.bodyText)]), places: fingerprinter.places(entry))
    }
}
