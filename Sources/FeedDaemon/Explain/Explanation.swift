import FeedAnalysis
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

    /// What the analyst's judgments of a story's items changed for this item.
    public struct Judgments: Sendable, Encodable, Equatable {
        /// Items of the story judged related and unrelated, which its profile has learnt.
        public var related: Int
        public var unrelated: Int
        /// The item's score and the threshold today without them.
        public var scoreWithout: Double
        public var thresholdWithout: Double

        enum CodingKeys: String, CodingKey {
            case related, unrelated
            case scoreWithout = "score_without"
            case thresholdWithout = "threshold_without"
        }
    }

    /// The one seed the item fits better alone than the story's whole profile, which its score
    /// today comes from (`StoryProfile.score`).
    public struct NearestSeed: Sendable, Encodable, Equatable {
        /// The seed's name (its file, as `stories` lists it).
        public var seed: String
        /// The item's score against that seed alone, and the share of it that counts.
        public var score: Double
        public var share: Double
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
        /// The story's threshold in today's configuration (its own, or the default for its seed count).
        @NullEncoded public var thresholdNow: Double?
        /// The analyst's judgment of this item (`feedwatch judge`), which listings follow.
        @NullEncoded public var judged: Judgment?
        @NullEncoded public var judgedAt: Date?
        /// What the judgments of the story's items changed; null when it has none.
        @NullEncoded public var judgments: Judgments?
        /// Where the item happens, when that is not where the story does, which lowers its score
        /// now; null otherwise.
        @NullEncoded public var elsewhere: PlaceConflict?
        /// The seed the item fits better alone than the whole profile, which its score now comes
        /// from; null otherwise.
        @NullEncoded public var nearestSeed: NearestSeed?
        /// The story the item fitted far better when the verdicts were given, which left it
        /// unrelated to this one despite its score; null otherwise.
        @NullEncoded public var betterFit: BetterFit?
        /// The profile's heaviest terms the item does not use.
        public var missing: [MatchedTerm]
        /// Seeds and stored items the duplicate test compares it with (as the index stands now),
        /// most similar first.
        public var comparisons: [Comparison]

        enum CodingKeys: String, CodingKey {
            case story, verdict, score, threshold, matched, elsewhere, missing, comparisons, judged, judgments
            case decidedAt = "decided_at"
            case duplicateOf = "duplicate_of"
            case scoreNow = "score_now"
            case thresholdNow = "threshold_now"
            case judgedAt = "judged_at"
            case betterFit = "better_fit"
            case nearestSeed = "nearest_seed"
        }
    }

    public var id: Int64
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    @NullEncoded public var published: Date?
    public var firstSeen: Date
    public var shingles: Int
    /// Whether the item's page was read and why (`articles:`); null under `articles: never` and for
    /// items stored before feedwatch read pages.
    @NullEncoded public var article: String?
    /// Where the article that was analysed in place of the feed's text came from.
    @NullEncoded public var articleURL: String?
    public var verdicts: [StoryVerdict]

    enum CodingKeys: String, CodingKey {
        case id, title, link, feed, published, shingles, verdicts, article
        case firstSeen = "first_seen"
        case articleURL = "article_url"
    }
}
