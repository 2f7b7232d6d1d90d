import FeedAnalysis

/// Everything about a new item that does not need the store: its fingerprint, the tracked terms
/// the background will count, and per story the seed match and relatedness. Made in parallel
/// (`AnalysisEngine.prepare`); valid for the engine generation it was made with.
public struct PreparedItem: Sendable {
    public let fingerprint: Fingerprint
    /// Tracked terms to count in the background, with their keyed counts (`BackgroundStatistics.observedTerms`),
    /// sorted; nil when the item does not teach it.
    let observed: [String]?
    /// By story name.
    let preliminary: [String: PreliminaryAssessment]
    /// `AnalysisEngine.generation` when made.
    let generation: UInt64
    /// `AnalysisEngine.profileGeneration` when made.
    let profileGeneration: Int
    /// Set when the item's page was read (`ArticleReader`).
    let article: ArticleScope?

    /// An item whose page was read speaks through its article for the stories whose threshold its
    /// feed text came near (`ArticlePolicy`); for the others through whichever of article and feed
    /// text scores higher (`AnalysisEngine.merge`). The fingerprint is the article's.
    struct ArticleScope: Sendable {
        let feedFingerprint: Fingerprint
        /// nil: every story (`articles: always`).
        let stories: Set<String>?

        func covers(_ story: String) -> Bool { stories?.contains(story) ?? true }
    }
}
