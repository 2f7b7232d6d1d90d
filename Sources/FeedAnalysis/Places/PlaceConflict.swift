/// An item that happens somewhere other than its story (`StorySetting.conflict(with:)`).
public struct PlaceConflict: Sendable, Equatable, Encodable {
    /// The place the item cites most, or when it says nowhere that something happens, one it names.
    public let item: String
    /// Where the story happens.
    public let story: [String]
    /// Whether the item says something happens at `item` ("talks in Phnom Penh"), or only names it.
    public let cited: Bool
    /// The share of its score the item keeps (`weighed(by:carryingOnly:)`).
    public let share: Double
    /// The item's best-placed term and what the background says of it
    /// (`weighed(by:carryingOnly:)`); nil before weighing, and when the item matched no profile term.
    public let evidence: SettingEvidence?

    public init(item: String, story: [String], cited: Bool) {
        self.item = item
        self.story = story
        self.cited = cited
        share = cited ? Self.keptWhenCited : Self.keptWhenNamed
        evidence = nil
    }

    private init(_ conflict: PlaceConflict, share: Double, evidence: SettingEvidence) {
        (item, story, cited) = (conflict.item, conflict.story, conflict.cited)
        self.share = share
        self.evidence = evidence
    }

    /// The same conflict, keeping the share its best-placed term vouches for (`SettingEvidence`):
    /// how often the background's items holding that term, when they name a place, name the
    /// story's. A name that makes news in many places ("Lavrov", "foreign minister") vouches
    /// little, one that lives in the story's country ("junta") for the fixed share. The background
    /// only ever lowers the fixed share: letting a term raise it brought a Cypriot article into a
    /// Paris story, whose everyday words WikiRef's small background had mostly seen in Paris
    /// reports (docs/EVALUATION.md).
    /// - Parameters:
    ///   - evidence: each matched profile term's evidence, with what the term adds to the item's score.
    ///   - carryingOnly: only the terms that carry the match vouch, each adding at least
    ///     `carryingShare` of what the heaviest adds. Otherwise a word pair the stream has shown a
    ///     few times ("minister sergey") keeps nearly the fixed share for an item whose heavy terms
    ///     ("Lavrov") the stream shows elsewhere.
    public func weighed(by evidence: [(setting: SettingEvidence, adds: Double)], carryingOnly: Bool) -> PlaceConflict {
        let fixed = share
        let heaviest = evidence.lazy.map(\.adds).max() ?? 0
        let vouching = evidence.lazy.filter { !carryingOnly || $0.adds >= Self.carryingShare * heaviest }.map(\.setting)
        guard let best = vouching.max(by: { ($0.share(prior: fixed), $1.term) < ($1.share(prior: fixed), $0.term) }) else { return self }
        return PlaceConflict(self, share: min(fixed, best.share(prior: fixed)), evidence: best)
    }

    /// A quarter was as good as no limit on the development streams with article seeds and cut
    /// half of the shipped story's false alarms in rss-2023 that do not name Myanmar; a half lost a
    /// WikiRef headline, a tenth cut one false alarm (docs/EVALUATION.md).
    public static let carryingShare = 0.25

    /// Unless the background says less, an item that says it happens elsewhere keeps half its
    /// score: a quarter also cut reports of the story that cite another country (chosen on ECB+,
    /// docs/EVALUATION.md).
    public static let keptWhenCited = 0.5

    /// Unless the background says less, an item that only names other countries keeps three
    /// quarters: "Russia's Lavrov hails ties with the junta" names the visitor's country, not the
    /// story's, and at half such reports of the story were lost (docs/EVALUATION.md).
    public static let keptWhenNamed = 0.75
}
