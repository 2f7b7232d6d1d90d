import FeedCore
import Foundation

extension Store {
    /// Related stories and copies per day (or hour), by the outlet's publication time (first seen
    /// when the feed gives none), oldest first.
    public func timeline(story: String? = nil, window: SeenWindow = .always, hourly: Bool = false) throws -> [TimelineRow] {
        let rows = try connection.rows("""
            SELECT strftime(?4, COALESCE(i.published, i.first_seen), 'unixepoch') AS period, f.configured_url,
                   SUM(v.verdict = 'related'), SUM(v.verdict = 'duplicate')
            FROM verdicts v JOIN items i ON i.id = v.item_id JOIN feeds f ON f.id = i.feed_id
            WHERE v.verdict IN ('related', 'duplicate') AND (?1 IS NULL OR v.story = ?1)
              AND \(SeenWindow.condition(first: 2))
            GROUP BY period, f.id ORDER BY period, SUM(v.verdict = 'related') + SUM(v.verdict = 'duplicate') DESC, f.configured_url
            """, [SQLValue(story)] + window.arguments + [.text(hourly ? "%Y-%m-%dT%H" : "%Y-%m-%d")])
        var timeline: [TimelineRow] = []
        for row in rows {
            let outlet = TimelineRow.Outlet(feed: row[1].string ?? "", related: Int(row[2].int64 ?? 0), copies: Int(row[3].int64 ?? 0))
            let period = row[0].string ?? ""
            if timeline.last?.period != period { timeline.append(TimelineRow(period: period, related: 0, copies: 0, outlets: [])) }
            timeline[timeline.count - 1].related += outlet.related
            timeline[timeline.count - 1].copies += outlet.copies
            timeline[timeline.count - 1].outlets.append(outlet)
        }
        return timeline
    }
}
