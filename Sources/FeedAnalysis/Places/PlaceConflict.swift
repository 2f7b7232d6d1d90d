/// An item that happens somewhere other than its story (`StorySetting.conflict(with:)`).
public struct PlaceConflict: Sendable, Equatable, Encodable {
    /// The place the item cites most, or when it says nowhere that something happens, one it names.
    public let item: String
    /// Where the story happens.
    public let story: [String]
    /// Whether the item says something happens at `item` ("talks in Phnom Penh"), or only names it.
    public let cited: Bool

    public init(item: String, story: [String], cited: Bool) {
        self.item = item
        self.story = story
        self.cited = cited
    }

    /// The share of its score the item keeps.
    public var share: Double { cited ? Self.keptWhenCited : Self.keptWhenNamed }

    /// An item that says it happens elsewhere keeps half its score: a quarter also cut reports of
    /// the story that cite another country (chosen on ECB+, docs/EVALUATION.md).
    public static let keptWhenCited = 0.5

    /// An item that only names other countries keeps three quarters: "Russia's Lavrov hails ties
    /// with the junta" names the visitor's country, not the story's, and at half such reports of
    /// the story were lost (docs/EVALUATION.md).
    public static let keptWhenNamed = 0.75

    private enum CodingKeys: String, CodingKey {
        case item, story, cited, share
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item, forKey: .item)
        try container.encode(story, forKey: .story)
        try container.encode(cited, forKey: .cited)
        try container.encode(share, forKey: .share)
    }
}
