import FeedCore
import Foundation

extension Store {
    /// Related stories and copies per day (or hour), by the outlet's publication time (first seen
    /// when the feed gives none), oldest first.
    /// Each period also names its first publication.
    public func timeline(story: String? = nil, window: SeenWindow = .always, hourly: Bool = false) throws -> [TimelineRow] {
        let arguments = [SQLValue(story)] + window.arguments + [.text(hourly ? "%Y-%m-%dT%H" : "%Y-%m-%d")]
        let spread = """
            FROM verdicts v JOIN items i ON i.id = v.item_id JOIN feeds f ON f.id = i.feed_id
            WHERE \(Self.effectiveVerdict) IN ('related', 'duplicate') AND (?1 IS NULL OR v.story = ?1)
              AND \(SeenWindow.condition(first: 2))
            """
        let rows = try connection.rows("""
            SELECT strftime(?4, COALESCE(i.published, i.first_seen), 'unixepoch') AS period, f.configured_url,
                   SUM(\(Self.effectiveVerdict) = 'related'), SUM(\(Self.effectiveVerdict) = 'duplicate')
            \(spread)
            GROUP BY period, f.id ORDER BY period, SUM(\(Self.effectiveVerdict) = 'related') + SUM(\(Self.effectiveVerdict) = 'duplicate') DESC, f.configured_url
            """, arguments)
        let firsts = try connection.rows("""
            SELECT period, id, feed, published, first_seen, verdict FROM (
                SELECT strftime(?4, COALESCE(i.published, i.first_seen), 'unixepoch') AS period, i.id, f.configured_url AS feed,
                       COALESCE(i.published, i.updated) AS published, i.first_seen, \(Self.effectiveVerdict) AS verdict,
                       ROW_NUMBER() OVER (
                           PARTITION BY strftime(?4, COALESCE(i.published, i.first_seen), 'unixepoch')
                           ORDER BY COALESCE(i.published, i.first_seen), i.id) AS rank
                \(spread)
            ) WHERE rank = 1
            """, arguments)
        let firstByPeriod = Dictionary(firsts.map { ($0[0].string ?? "", FirstPublication(row: $0[1...])) }) { first, _ in first }
        var timeline: [TimelineRow] = []
        for row in rows {
            let outlet = TimelineRow.Outlet(feed: row[1].string ?? "", related: Int(row[2].int64 ?? 0), copies: Int(row[3].int64 ?? 0))
            let period = row[0].string ?? ""
            if timeline.last?.period != period {
                timeline.append(TimelineRow(period: period, related: 0, copies: 0, outlets: [], first: firstByPeriod[period]))
            }
            timeline[timeline.count - 1].related += outlet.related
            timeline[timeline.count - 1].copies += outlet.copies
            timeline[timeline.count - 1].outlets.append(outlet)
        }
        return timeline
    }
}
