import FeedCore
import Foundation

extension Store {
    /// Counts over the items first seen in `window` (verdicts of `story`, or of all stories).
    public func stats(story: String? = nil, window: SeenWindow = .always) throws -> StoreStats {
        let scope = """
            FROM verdicts v JOIN items i ON i.id = v.item_id JOIN feeds f ON f.id = i.feed_id
            WHERE (?1 IS NULL OR v.story = ?1) AND \(SeenWindow.condition(first: 2))
            """
        let arguments = [SQLValue(story)] + window.arguments
        let counts = "SUM(\(Self.effectiveVerdict) = 'related'), SUM(\(Self.effectiveVerdict) = 'duplicate'), SUM(\(Self.effectiveVerdict) = 'unrelated')"
        func verdicts(_ row: [SQLValue], from index: Int) -> StoreStats.VerdictCounts {
            StoreStats.VerdictCounts(
                related: Int(row[index].int64 ?? 0), duplicate: Int(row[index + 1].int64 ?? 0), unrelated: Int(row[index + 2].int64 ?? 0))
        }
        let total = try connection.rows("SELECT COUNT(DISTINCT i.id), \(counts) \(scope)", arguments).first ?? []
        let pages = try connection.rows("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()").first?.first?.int64
        return StoreStats(
            databaseBytes: Int(pages ?? 0),
            feeds: Int(try connection.rows("SELECT COUNT(*) FROM feeds").first?.first?.int64 ?? 0),
            items: Int(total.first?.int64 ?? 0),
            verdicts: total.count == 4 ? verdicts(total, from: 1) : .init(),
            byStory: try connection.rows("SELECT v.story, \(counts) \(scope) GROUP BY v.story ORDER BY v.story", arguments).map {
                StoreStats.StoryCounts(story: $0[0].string ?? "", verdicts: verdicts($0, from: 1))
            },
            byFeed: try connection.rows(
                "SELECT f.configured_url, COUNT(DISTINCT i.id), \(counts) \(scope) GROUP BY f.id ORDER BY COUNT(DISTINCT i.id) DESC, f.id",
                arguments
            ).map { StoreStats.FeedCounts(feed: $0[0].string ?? "", items: Int($0[1].int64 ?? 0), verdicts: verdicts($0, from: 2)) },
            byDay: try connection.rows(
                "SELECT date(i.first_seen, 'unixepoch'), COUNT(DISTINCT i.id), \(counts) \(scope) GROUP BY 1 ORDER BY 1", arguments
            ).map { StoreStats.DayCounts(day: $0[0].string ?? "", items: Int($0[1].int64 ?? 0), verdicts: verdicts($0, from: 2)) })
    }
}
