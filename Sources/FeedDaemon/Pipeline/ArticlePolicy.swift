import FeedAnalysis
import FeedCore
import Foundation

/// Whether an item's web page is worth a request (`articles:`): under `auto`, only when the feed's
/// text is short and some story scored it near its threshold, where the whole article could
/// change the verdict. Items far below every threshold (most of any stream) and copies of a seed
/// cost no request.
public struct ArticlePolicy: Sendable {
    /// Feed text (title and body) of at least this many words is taken as the article itself.
    public static let shortText = 80
    /// Scores from this share of a story's threshold count as near it…
    public var nearBelow: Double
    /// …and up to this share above it: a short text just over the line may be a near miss that the
    /// article shows to be about something else.
    public var nearAbove: Double

    /// The daemon's band: on ECB+ the one that asks for fewest pages while bringing C_norm within
    /// 0.02 of full text, for every seed count (`feedwatch-bench tracking --articles-only`,
    /// docs/EVALUATION.md), then reported on WikiRef.
    public static let standard = ArticlePolicy(nearBelow: 0.65, nearAbove: 1.5)

    public init(nearBelow: Double, nearAbove: Double) {
        self.nearBelow = nearBelow
        self.nearAbove = nearAbove
    }

    struct Decision: Sendable {
        let fetch: Bool
        /// One plain sentence, for the debug log and `explain`.
        let reason: String
        /// The stories the article decides for: those near whose threshold the feed text came
        /// (nil: every story, under `always`). For the others the stronger of the two counts
        /// (`AnalysisEngine.merge`).
        var stories: Set<String>? = nil
    }

    func decide(_ entry: FeedEntry, prepared: PreparedItem, mode: ArticleFetching) -> Decision {
        guard mode != .never else { return Decision(fetch: false, reason: "the feed is set to articles: never") }
        guard let link = entry.link, link.hasPrefix("http://") || link.hasPrefix("https://") else {
            return Decision(fetch: false, reason: "the item has no http(s) link")
        }
        guard mode == .auto else { return Decision(fetch: true, reason: "the feed is set to articles: always") }
        let words = entry.feedWords
        guard words < Self.shortText else {
            return Decision(fetch: false, reason: "the feed's text has \(words) words (\(Self.shortText) or more is read as the article)")
        }
        if let (story, _) = prepared.preliminary.first(where: { $0.value.seedDuplicate != nil }) {
            return Decision(fetch: false, reason: "it copies a seed of story \(story)")
        }
        let near = prepared.preliminary.filter { _, assessment in
            let ratio = assessment.relatedThreshold > 0 ? assessment.relatedness.score / assessment.relatedThreshold : 0
            return ratio >= nearBelow && ratio < nearAbove
        }
        guard let (story, assessment) = near.max(by: { $0.value.relatedness.score < $1.value.relatedness.score }) else {
            let best = prepared.preliminary.values.map(\.relatedness.score).max() ?? 0
            return Decision(fetch: false, reason: "\(words) words of feed text, scored \(Self.format(best)): far from every story's threshold")
        }
        return Decision(
            fetch: true,
            reason: "\(words) words of feed text, scored \(Self.format(assessment.relatedness.score)) near story \(story)'s threshold \(Self.format(assessment.relatedThreshold))",
            stories: Set(near.keys))
    }

    private static func format(_ score: Double) -> String {
        String(format: "%.3f", score)
    }
}
