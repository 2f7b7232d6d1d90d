import FeedCore

/// The analysis's verdict on one item for one story, with what it was based on.
public struct Assessment: Sendable {
    public let verdict: Verdict
    /// Relatedness score 0...1; for a duplicate, the relatedness of what it copies is not recomputed
    /// and this is 0.
    public let score: Double
    public let matched: [MatchedTerm]
    public let duplicate: DuplicateMatch?
    /// Set when the item clears the story's threshold but fits another story far better, which
    /// made it unrelated (`BestFitRule`).
    public let betterFit: BetterFit?

    public init(verdict: Verdict, score: Double, matched: [MatchedTerm], duplicate: DuplicateMatch?, betterFit: BetterFit? = nil) {
        self.verdict = verdict
        self.score = score
        self.matched = matched
        self.duplicate = duplicate
        self.betterFit = betterFit
    }
}
