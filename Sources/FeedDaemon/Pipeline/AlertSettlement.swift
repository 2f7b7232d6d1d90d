import FeedAnalysis
import FeedCore

/// A cycle's alerts, checked once more before they are written, against what the whole cycle
/// taught the background.
///
/// An item is scored when its feed arrives, with the background as it stands then. In a store's
/// first cycle, which reads every feed's backlog at once, that is before the stream has shown
/// where the item's terms live: the story's minister, on a trip to another country, keeps the
/// fixed share of his score (`PlaceConflict`) although the rest of the cycle names him in other
/// countries dozens of times. So an alert for an item set elsewhere than its story is withdrawn
/// when its score against the profile as it stands at the cycle's end is below the story's
/// threshold. Only items set elsewhere are checked: for the others the evidence that arrived
/// later is word counts that move their scores by a few per cent either way, and a check that
/// can only withdraw would then only lose reports (docs/EVALUATION.md).
struct AlertSettlement {
    struct Withdrawal {
        let alert: FeedCore.Alert
        /// The item's relatedness now, below `threshold`.
        let now: RelatednessScore
        let threshold: Double
    }

    /// - Parameters:
    ///   - alerts: the cycle's alerts by item.
    ///   - scored: the items as analysed (`ItemAnalysis.prepared`); an alert without one (left
    ///     from before a stop) stands.
    ///   - replaced: per item and story, the original of this cycle it took the place of as an
    ///     earlier copy (`ItemAnalysis.replacedOriginals`). Such an item may carry the original's
    ///     score (the text is the same), so it keeps the higher of the two.
    static func withdrawals(
        alerts: [Int64: [FeedCore.Alert]], scored: [Int64: PreparedItem], replaced: [Int64: [String: Int64]], engine: AnalysisEngine
    ) -> [Withdrawal] {
        let thresholds = Dictionary(engine.stories.map { ($0.name, $0.relatedThreshold) }) { first, _ in first }
        var withdrawals: [Withdrawal] = []
        for (itemID, prepared) in scored.sorted(by: { $0.key < $1.key }) {
            guard let itemAlerts = alerts[itemID], !itemAlerts.isEmpty else { continue }
            let now = engine.relatednessNow(prepared)
            for alert in itemAlerts {
                let original = replaced[itemID]?[alert.story].flatMap { scored[$0] }.flatMap { engine.relatednessNow($0)[alert.story] }
                guard let own = now[alert.story], let threshold = thresholds[alert.story] else { continue }
                let score = original.map { $0.score > own.score ? $0 : own } ?? own
                guard score.elsewhere != nil, score.score < threshold else { continue }
                withdrawals.append(Withdrawal(alert: alert, now: score, threshold: threshold))
            }
        }
        return withdrawals
    }
}
