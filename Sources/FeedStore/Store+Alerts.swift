import FeedCore
import Foundation

extension Store {
    /// Related verdicts whose alert line was never written (the daemon stopped before their cycle
    /// ended), oldest first.
    public func unwrittenAlerts() throws -> [Alert] {
        try connection.rows("""
            SELECT i.id, v.story, v.score, i.title, i.link, f.configured_url, v.matched, i.published
            FROM verdicts v JOIN items i ON i.id = v.item_id JOIN feeds f ON f.id = i.feed_id
            WHERE v.verdict = 'related' AND v.alerted_at IS NULL ORDER BY i.id, v.story
            """
        ).map { row in
            Alert(
                itemID: row[0].int64 ?? 0, story: row[1].string ?? "", score: row[2].double ?? 0, title: row[3].string ?? "",
                link: row[4].string, feed: row[5].string ?? "", matched: Array(Self.terms(fromJSON: row[6].string).prefix(8)),
                published: row[7].double.map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Records that these alerts' lines are written (just before writing them: a crash in between
    /// loses them rather than writing them twice).
    public func markAlerted(_ alerts: [Alert], at time: Date) throws {
        guard !alerts.isEmpty else { return }
        let json = JSONText.verdictKeys(alerts.map { ($0.itemID, $0.story) })
        try connection.transaction {
            try connection.run("""
                UPDATE verdicts SET alerted_at = ?
                WHERE (item_id, story) IN (SELECT json_extract(value, '$.item'), json_extract(value, '$.story') FROM json_each(?))
                """, [.real(time.timeIntervalSince1970), .text(json)])
        }
    }
}
