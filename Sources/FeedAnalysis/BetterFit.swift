/// Another story that an item fits far better than the one it was scored for.
///
/// How well an item fits a story is its score over the story's threshold. An item that clears the
/// thresholds of two stories tracked side by side (two earthquakes, two trips of one minister)
/// usually belongs to the one it clears by far. It stays related to every story it fits at least
/// `BestFitRule.share` as well as its best one.
public struct BetterFit: Sendable, Equatable, Encodable {
    /// The story the item fits best.
    public let story: String
    public let score: Double
    public let threshold: Double
    /// The least share of that story's fit another story needed to keep the item.
    public let share: Double

    public init(story: String, score: Double, threshold: Double, share: Double) {
        self.story = story
        self.score = score
        self.threshold = threshold
        self.share = share
    }

    /// How many times its threshold the item scores for that story.
    public var fit: Double { Self.fit(score: score, threshold: threshold) }

    /// A threshold of 0 (every item related) is taken as a thousandth.
    public static func fit(score: Double, threshold: Double) -> Double { score / max(threshold, 0.001) }
}
