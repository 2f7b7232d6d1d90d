/// Knobs of the shingle and relatedness analysis. The defaults are the ones the README justifies.
public struct AnalysisSettings: Sendable, Equatable {
    /// Words per shingle.
    public var shingleSize: Int = 4
    /// MinHash signature length.
    public var permutations: Int = 128
    /// Resemblance (Jaccard) at or above which two texts are versions of one article.
    public var resemblanceThreshold: Double = 0.5
    /// Share of the shorter text's shingles found in the longer one at or above which it is a copy.
    public var containmentThreshold: Double = 0.7
    /// Relatedness score at or above which a non-duplicate item is related to a story, before the
    /// stream has shown how the story's scores spread (with `scaledThreshold`), or always.
    public var relatedThreshold: Double = 0.09
    /// Whether each story's threshold is scaled by how its scores spread over the stream
    /// (`ScoreSpread`). Off by default: on the development sets it did no better than the fixed
    /// threshold (docs/EVALUATION.md).
    public var scaledThreshold = false
    /// For stories with `adaptive: true`: how much a confirmed related story counts in the profile
    /// relative to a seed article (together they never outweigh the seeds).
    public var adaptiveWeight: Double = 0.5

    public init() {}
}
