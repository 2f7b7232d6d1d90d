import FeedAnalysis
import FeedCore

/// What analysing one item produced.
public struct ItemAnalysis: Sendable {
    /// One per story the item is related to; sent after the transaction commits.
    public var alerts: [Alert]
    /// The item's terms that some story tracks, with their keyed counts, for the background model
    /// (`BackgroundStatistics.observedTerms`); nil when the item teaches it nothing
    /// (`BackgroundStatistics.learns(from:)`).
    public var observed: [String]?
    /// Each story's assessment of the item.
    public var verdicts: [String: Assessment]
    /// The item's relatedness terms, for adaptive stories it is related to (empty when there are none).
    public var terms: Set<String>
    /// Per story, the related story of this cycle that this item, an earlier copy of it, replaced
    /// as the original: its alert is withdrawn before the cycle's alerts are written.
    public var replacedOriginals: [String: Int64] = [:]
    /// The item as analysed, kept when it raised an alert for a story it happens elsewhere than:
    /// the poller scores it again against what the rest of its cycle taught before the alert is
    /// written (`AlertSettlement`). Whether it happens elsewhere cannot change within a cycle (a
    /// story's setting moves only with judgments, learnt when a cycle starts), so no other item
    /// is kept.
    public var prepared: PreparedItem?
}
