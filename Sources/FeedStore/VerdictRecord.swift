import FeedCore

/// One item's verdict for one story, as stored.
public struct VerdictRecord: Sendable {
    public var story: String
    public var verdict: Verdict
    public var score: Double
    /// The threshold in force when the verdict was given, for audits after it changes.
    public var threshold: Double
    public var matched: [MatchedTerm]
    public var duplicate: DuplicateReference?
    public var resemblance: Double?
    public var containment: Double?

    public init(story: String, verdict: Verdict, score: Double, threshold: Double, matched: [MatchedTerm],
                duplicate: DuplicateReference? = nil, resemblance: Double? = nil, containment: Double? = nil) {
        self.story = story
        self.verdict = verdict
        self.score = score
        self.threshold = threshold
        self.matched = matched
        self.duplicate = duplicate
        self.resemblance = resemblance
        self.containment = containment
    }
}
