/// What can be decided about an item for one story without the store: its best match among the
/// story's seeds and its relatedness to the story's profile as it stands. Made in parallel, before
/// the item's transaction; `StoryTracker.assess` finishes it with the stored candidates.
public struct PreliminaryAssessment: Sendable {
    public let seedDuplicate: DuplicateMatch?
    public let relatedness: RelatednessScore
    /// The story's threshold at the time.
    public let relatedThreshold: Double
    /// Set when the item fits another story far better (`BestFitRule`): it is not related to this one.
    public let betterFit: BetterFit?

    public init(seedDuplicate: DuplicateMatch?, relatedness: RelatednessScore, relatedThreshold: Double, betterFit: BetterFit? = nil) {
        self.seedDuplicate = seedDuplicate
        self.relatedness = relatedness
        self.relatedThreshold = relatedThreshold
        self.betterFit = betterFit
    }

    /// How many times the story's threshold the item scores.
    var fit: Double { BetterFit.fit(score: relatedness.score, threshold: relatedThreshold) }

    /// The same, left behind by the story the item fits better, or by none.
    func with(betterFit: BetterFit?) -> PreliminaryAssessment {
        PreliminaryAssessment(seedDuplicate: seedDuplicate, relatedness: relatedness, relatedThreshold: relatedThreshold, betterFit: betterFit)
    }
}
