import FeedCore
import Foundation

extension Store {
    private static let feedColumns = """
        id, configured_url, url, title, etag, last_modified, last_status, last_error, last_attempt, last_success,
        consecutive_errors, next_due, hold_reason, disabled, hints
        """

    /// Makes sure every configured URL has a row, and returns their records in the given order.
    public func registerFeeds(_ configuredURLs: [String]) throws -> [FeedRecord] {
        try connection.transaction {
            for url in configuredURLs {
                try connection.run("INSERT INTO feeds (configured_url, url) VALUES (?, ?) ON CONFLICT DO NOTHING", [.text(url), .text(url)])
            }
        }
        return try feeds(configuredAs: configuredURLs)
    }

    /// The records of these configured URLs, in the given order (those without a row left out).
    public func feeds(configuredAs configuredURLs: [String]) throws -> [FeedRecord] {
        let byURL = Dictionary(try allFeeds().map { ($0.configuredURL, $0) }, uniquingKeysWith: { first, _ in first })
        return configuredURLs.compactMap { byURL[$0] }
    }

    public func allFeeds() throws -> [FeedRecord] {
        try connection.rows("SELECT \(Self.feedColumns) FROM feeds ORDER BY id").map(Self.feedRecord)
    }

    /// Records a poll that stored no items (304, an error, a hold).
    public func recordPoll(feedID: Int64, _ record: FeedPollRecord) throws {
        try StoreTransaction.recordPoll(feedID: feedID, record, on: connection)
    }

    /// The entries this feed has not stored yet, in the order given: only they are analysed.
    public func unseenEntries(feedID: Int64, _ entries: [FeedEntry]) throws -> [FeedEntry] {
        guard !entries.isEmpty else { return [] }
        let stored = Set(try connection.rows(
            "SELECT item_key FROM items WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?))",
            [.integer(feedID), .text(JSONText.array(entries.map(\.id)))]
        ).compactMap { $0.first?.string })
        return entries.filter { !stored.contains($0.id) }
    }

    /// Moves a feed's next poll later without counting an attempt (a server asked to wait for a
    /// sibling URL of this one).
    public func postpone(feedID: Int64, until due: Date, reason: String) throws {
        try connection.run(
            "UPDATE feeds SET next_due = max(coalesce(next_due, 0), ?), hold_reason = ? WHERE id = ?",
            [.real(due.timeIntervalSince1970), .text(reason), .integer(feedID)])
    }

    private static func feedRecord(_ row: [SQLValue]) -> FeedRecord {
        FeedRecord(
            id: row[0].int64 ?? 0, configuredURL: row[1].string ?? "", url: row[2].string ?? "", title: row[3].string,
            validators: Validators(etag: row[4].string, lastModified: row[5].string),
            lastStatus: row[6].string, lastError: row[7].string,
            lastAttempt: row[8].double.map(Date.init(timeIntervalSince1970:)),
            lastSuccess: row[9].double.map(Date.init(timeIntervalSince1970:)),
            consecutiveErrors: Int(row[10].int64 ?? 0),
            nextDue: row[11].double.map(Date.init(timeIntervalSince1970:)),
            holdReason: row[12].string, disabled: row[13].string,
            hints: (row[14].string?.data(using: .utf8)).flatMap { try? JSONDecoder().decode(FeedHints.self, from: $0) } ?? FeedHints())
    }
}
