import FeedCore

/// How related an item is to a story, and why.
public struct RelatednessScore: Sendable, Equatable {
    /// 0...1
    public let score: Double
    /// The profile terms the item carries, heaviest first.
    public let matched: [MatchedTerm]
    /// Set when the item happens somewhere other than the story, which lowered its score.
    public let elsewhere: PlaceConflict?
    /// Set when the score is the item's match with one seed alone.
    public let nearestSeed: NearestSeed?

    public init(score: Double, matched: [MatchedTerm], elsewhere: PlaceConflict? = nil, nearestSeed: NearestSeed? = nil) {
        self.score = score
        self.matched = matched
        self.elsewhere = elsewhere
        self.nearestSeed = nearestSeed
    }

    /// An item the profile index did not propose for the story: none of its heaviest terms.
    public static let none = RelatednessScore(score: 0, matched: [])
}
