import FeedCore
import Foundation

extension Store {
    /// What is known of these pages, by URL: each is fetched at most once, and a failed one not
    /// before its back-off ends.
    public func pageAttempts(_ urls: [String]) throws -> [String: PageAttempt] {
        guard !urls.isEmpty else { return [:] }
        let rows = try connection.rows("""
            SELECT url, outcome, final_url, error, attempted_at, attempts, retry_after FROM pages
            WHERE url IN (SELECT value FROM json_each(?))
            """, [.text(JSONText.array(urls))])
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            let attempt = PageAttempt(
                url: row[0].string ?? "", outcome: row[1].string.flatMap(PageOutcome.init(rawValue:)) ?? .failed, finalURL: row[2].string, error: row[3].string,
                attemptedAt: Date(timeIntervalSince1970: row[4].double ?? 0), attempts: Int(row[5].int64 ?? 0),
                retryAfter: row[6].double.map(Date.init(timeIntervalSince1970:)))
            return (attempt.url, attempt)
        })
    }

    /// The article read earlier from the page at `link`, for another item that links to it.
    public func storedPage(link: String) throws -> ItemPage? {
        try connection.rows("""
            SELECT page_url, canonical, page_text FROM items WHERE link = ? AND page_text != '' ORDER BY id DESC LIMIT 1
            """, [.text(link)]
        ).first.map { ItemPage(url: $0[0].string ?? link, canonical: $0[1].string, text: $0[2].string ?? "") }
    }
}

extension StoreTransaction {
    /// Records a request for a page, counting the attempts.
    public func recordPage(_ attempt: PageAttempt, feedID: Int64) throws {
        try connection.run("""
            INSERT INTO pages (url, feed_id, outcome, final_url, error, attempted_at, attempts, retry_after) VALUES (?, ?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT (url) DO UPDATE SET outcome = excluded.outcome, final_url = excluded.final_url, error = excluded.error,
                attempted_at = excluded.attempted_at, attempts = attempts + 1, retry_after = excluded.retry_after
            """, [
                .text(attempt.url), .integer(feedID), .text(attempt.outcome.rawValue), SQLValue(attempt.finalURL), SQLValue(attempt.error),
                .real(attempt.attemptedAt.timeIntervalSince1970), SQLValue(attempt.retryAfter?.timeIntervalSince1970),
            ])
    }
}
