/// The one seed an item matched better alone than the story's whole profile (`StoryProfile.score`).
public struct NearestSeed: Sendable, Equatable {
    /// The seed's place among the story's seeds.
    public let index: Int
    /// The item's cosine against that seed's own profile, before `StoryProfile.nearestSeedShare`.
    public let cosine: Double
}
