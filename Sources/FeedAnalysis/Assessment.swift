import FeedCore

/// The analysis's verdict on one item for one story, with what it was based on.
public struct Assessment: Sendable {
    public let verdict: Verdict
    /// Relatedness score 0...1; for a duplicate, the relatedness of what it copies is not recomputed
    /// and this is 0.
    public let score: Double
    public let matched: [MatchedTerm]
    public let duplicate: DuplicateMatch?
}
