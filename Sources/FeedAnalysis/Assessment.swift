import FeedCore

/// The analysis's verdict on one item for one story, with what it was based on.
public struct Assessment: Sendable {
    public let verdict: Verdict
    /// Relatedness score 0...1; for a duplicate, the relatedness of what it copies is not recomputed
    /// and this is 0.
    public let score: Double
    public let matched: [MatchedTerm]
    public let duplicate: DuplicateMatch?

    public init(verdict: Verdict, score: Double, matched: [MatchedTerm], duplicate: DuplicateMatch?) {
        self.verdict = verdict
        self.score = score
        self.matched = matched
        self.duplicate = duplicate
    }
}
