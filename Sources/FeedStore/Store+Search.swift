import FeedCore
import Foundation

extension Store {
    /// Items whose title or text match `query` (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*,
    /// title:word), best match (bm25) first, one row per story verdict.
    public func search(_ query: String, story: String? = nil, verdict: Verdict? = nil, window: SeenWindow = .always, limit: Int = -1)
        throws -> [SearchRow]
    {
        let rows: [[SQLValue]]
        do {
            rows = try connection.rows("""
                SELECT i.id, v.story, \(Self.effectiveVerdict), v.score, i.title, i.link, f.configured_url, COALESCE(i.published, i.updated),
                       snippet(items_fts, -1, '[', ']', '…', 12)
                FROM items_fts JOIN items i ON i.id = items_fts.rowid JOIN verdicts v ON v.item_id = i.id JOIN feeds f ON f.id = i.feed_id
                WHERE items_fts MATCH ?6 AND (?1 IS NULL OR v.story = ?1)
                  AND \(SeenWindow.condition(first: 3)) AND (?5 IS NULL OR \(Self.effectiveVerdict) = ?5)
                ORDER BY bm25(items_fts), i.id DESC LIMIT ?2
                """, [SQLValue(story), .integer(Int64(limit))] + window.arguments + [SQLValue(verdict?.rawValue), .text(query)])
        } catch let error as SQLiteError where error.code & 0xFF == 1 {
            // SQLITE_ERROR from a fixed, valid statement: FTS5 rejected the query.
            throw FeedwatchError(
                .usage, "search: '\(query)' is not a valid full-text query (\(error.message)); quote phrases, e.g. '\"foreign minister\" AND lavrov'")
        }
        return rows.map { SearchRow(item: Self.itemRow($0), snippet: $0[8].string ?? "") }
    }
}

extension Store {
    /// Adds the items stored since the last call to the full-text index, in one transaction;
    /// returns how many. The poller calls it once per cycle.
    @discardableResult
    public func catchUpSearchIndex() throws -> Int {
        try connection.transaction {
            let through = try connection.rows("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through'")
                .first?.first?.int64 ?? 0
            guard let newest = try connection.rows("SELECT MAX(id) FROM items").first?.first?.int64, newest > through else { return 0 }
            try connection.run("""
                INSERT INTO items_fts (rowid, title, summary, content, page_text)
                SELECT id, title, summary, content, page_text FROM items WHERE id > ? AND id <= ? ORDER BY id
                """, [.integer(through), .integer(newest)])
            try connection.run("UPDATE meta SET value = ? WHERE key = 'search_indexed_through'", [.text(String(newest))])
            return Int(newest - through)
        }
    }
}
