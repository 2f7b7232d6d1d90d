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
    /// Relatedness score at or above which a non-duplicate item is related to a story of four or
    /// more seed articles; a story of fewer, or of teasers, gets a lower default
    /// (`relatedThreshold(seeds:teasers:)`).
    public var relatedThreshold: Double = 0.09

    /// The threshold of a story with `seeds` seed articles and none of its own: `relatedThreshold`
    /// for four or more, and a ninth less for each seed fewer (0.06 for one, at the default 0.09).
    /// A profile of one article scores its own story's new reports lower than a profile of five
    /// does; on both development corpora, in every text mode, the best threshold grows with the
    /// number of seeds the same way. Seeds that are `teasers` (a headline and a sentence or two)
    /// count one fewer (0.08 for four): they give a profile of fewer words, and their stories did
    /// best a ninth lower on both corpora (docs/EVALUATION.md).
    public func relatedThreshold(seeds: Int, teasers: Bool = false) -> Double {
        relatedThreshold * Double(5 + min(max(seeds, 1), 4) - (teasers ? 1 : 0)) / 9
    }

    /// For stories with `adaptive: true`: how much a sure report counts in the profile
    /// relative to a seed article (together they never outweigh the seeds).
    public var adaptiveWeight: Double = 0.5

    /// An item that clears the thresholds of several stories stays related to those it fits at
    /// least this share as well as the one it fits best, fit being its score over the story's
    /// threshold (`BestFitRule`); 0 lets every story decide alone.
    public var bestFitShare: Double = 0.3

    public init() {}
}
