import FeedCore
import Foundation

/// Why an item got its verdicts: what `feedwatch explain` prints.
public struct Explanation: Sendable, Encodable {
    /// A known text the item was compared with for near-duplication.
    public struct Comparison: Sendable, Encodable, Equatable {
        public var kind: DuplicateReference.Kind
        public var ref: String
        public var title: String
        public var resemblance: Double
        public var containment: Double
        public var sharedShingles: Int

        enum CodingKeys: String, CodingKey {
            case kind, ref, title, resemblance, containment
            case sharedShingles = "shared_shingles"
        }
    }

    public struct StoryVerdict: Sendable, Encodable {
        public var story: String
        public var verdict: Verdict
        /// As stored when the verdict was given.
        public var score: Double
        public var threshold: Double
        @NullEncoded public var decidedAt: Date?
        public var matched: [MatchedTerm]
        @NullEncoded public var duplicateOf: DuplicateReference?
        /// The same item scored against the profile as it is now (the background has learned since).
        @NullEncoded public var scoreNow: Double?
        /// The profile's heaviest terms the item does not use.
        public var missing: [MatchedTerm]
        /// Seeds and stored items the duplicate test compares it with (as the index stands now),
        /// most similar first.
        public var comparisons: [Comparison]

        enum CodingKeys: String, CodingKey {
            case story, verdict, score, threshold, matched, missing, comparisons
            case decidedAt = "decided_at"
            case duplicateOf = "duplicate_of"
            case scoreNow = "score_now"
        }
    }

    public var id: Int64
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    @NullEncoded public var published: Date?
    public var firstSeen: Date
    public var shingles: Int
    public var verdicts: [StoryVerdict]

    enum CodingKeys: String, CodingKey {
        case id, title, link, feed, published, shingles, verdicts
        case firstSeen = "first_seen"
    }
}
