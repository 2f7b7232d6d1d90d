/// What can be decided about an item for one story without the store: its best match among the
/// story's seeds and its relatedness to the story's profile as it stands. Made in parallel, before
/// the item's transaction; `StoryTracker.assess` finishes it with the stored candidates.
public struct PreliminaryAssessment: Sendable {
    public let seedDuplicate: DuplicateMatch?
    public let relatedness: RelatednessScore
    /// The story's threshold at the time.
    public let relatedThreshold: Double

    public init(seedDuplicate: DuplicateMatch?, relatedness: RelatednessScore, relatedThreshold: Double) {
        self.seedDuplicate = seedDuplicate
        self.relatedness = relatedness
        self.relatedThreshold = relatedThreshold
    }
}
