import FeedCore

/// The items a story is sure are its own reports, which its rarities leave out of the background
/// (`BackgroundStatistics.excluding`).
///
/// A story that fills the news teaches the background that its own names are common: the more it
/// is reported, the less its names weigh, and its later reports, which mostly repeat them, score
/// lower. So a story's profile weighs its terms by how common they are in everything but its own
/// reports. Only reports it is sure of count: copies of what it knows, and items it found related
/// at `scoreShare` times its threshold or more. An item near the threshold (often the other event
/// of the same kind) stays counted, so the words the two share stay common for the story and its
/// own names weigh more (docs/EVALUATION.md).
public struct OwnReports: Sendable, Equatable {
    public private(set) var documents = 0
    /// Per tracked term, how many of the reports hold it.
    public private(set) var frequency: [String: Int] = [:]

    public init() {}

    /// How many times its threshold a related item must score to count as one of the story's own.
    /// Chosen on ECB+ (2 and 3 cost the same, 3 flagged fewer near misses).
    public static let scoreShare = 3.0

    /// Whether an assessment makes its item one of the story's own reports.
    public static func counts(_ assessment: Assessment, threshold: Double) -> Bool {
        assessment.verdict == .duplicate || isSureReport(assessment, threshold: threshold)
    }

    /// A new text the story is sure is its own: related at `scoreShare` times its threshold or
    /// more. Adaptive stories learn from these alone (`StoryModel.adapt`).
    public static func isSureReport(_ assessment: Assessment, threshold: Double) -> Bool {
        assessment.verdict == .related && isSure(score: assessment.score, threshold: threshold)
    }

    /// Whether a related item scoring `score` is a sure report: an alert is one when its score is.
    public static func isSure(score: Double, threshold: Double) -> Bool { score >= scoreShare * threshold }

    /// Both sets of reports, counted as one.
    public func adding(_ other: OwnReports) -> OwnReports {
        var sum = self
        sum.documents += other.documents
        sum.frequency.merge(other.frequency, uniquingKeysWith: +)
        return sum
    }

    /// Counts one report by what it taught the background (`BackgroundStatistics.observedTerms`);
    /// where its terms are set is left to the background, which the place test reads.
    public mutating func count(observed terms: [String]) {
        documents += 1
        for term in terms where !BackgroundStatistics.isKeyed(term) { frequency[term, default: 0] += 1 }
    }
}
