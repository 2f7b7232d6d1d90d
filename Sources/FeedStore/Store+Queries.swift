import FeedCore
import Foundation

extension Store {
    private static let fromVerdicts = """
        FROM verdicts v JOIN items i ON i.id = v.item_id JOIN feeds f ON f.id = i.feed_id
        WHERE (?1 IS NULL OR v.story = ?1)
          AND \(SeenWindow.condition(first: 3))
        """
    private static let newestFirst = "ORDER BY i.first_seen DESC, i.id DESC LIMIT ?2"

    /// Related stories, newest first.
    public func stories(story: String? = nil, window: SeenWindow = .always, minScore: Double? = nil, limit: Int = -1) throws -> [StoryRow] {
        try connection.rows("""
            SELECT i.id, v.story, i.title, i.link, f.configured_url, COALESCE(i.published, i.updated), v.score, v.matched
            \(Self.fromVerdicts) AND \(Self.effectiveVerdict) = 'related' AND (?5 IS NULL OR v.score >= ?5) \(Self.newestFirst)
            """, [SQLValue(story), .integer(Int64(limit))] + window.arguments + [SQLValue(minScore)]
        ).map { row in
            StoryRow(
                id: row[0].int64 ?? 0, story: row[1].string ?? "", title: row[2].string ?? "", link: row[3].string,
                feed: row[4].string ?? "", published: row[5].double.map(Date.init(timeIntervalSince1970:)),
                score: row[6].double ?? 0, matched: Self.terms(fromJSON: row[7].string))
        }
    }

    /// Every seen item with its verdict, newest first; optionally only one verdict.
    public func items(story: String? = nil, verdict: Verdict? = nil, window: SeenWindow = .always, limit: Int = -1) throws -> [ItemRow] {
        try connection.rows("""
            SELECT i.id, v.story, \(Self.effectiveVerdict), v.score, i.title, i.link, f.configured_url, COALESCE(i.published, i.updated)
            \(Self.fromVerdicts) AND (?5 IS NULL OR \(Self.effectiveVerdict) = ?5) \(Self.newestFirst)
            """, [SQLValue(story), .integer(Int64(limit))] + window.arguments + [SQLValue(verdict?.rawValue)]
        ).map(Self.itemRow)
    }

    /// An `ItemRow` from the columns `id, story, verdict, score, title, link, feed, published`.
    static func itemRow(_ row: [SQLValue]) -> ItemRow {
        ItemRow(
            id: row[0].int64 ?? 0, story: row[1].string ?? "", verdict: Verdict(rawValue: row[2].string ?? "") ?? .unrelated,
            score: row[3].double ?? 0, title: row[4].string ?? "", link: row[5].string, feed: row[6].string ?? "",
            published: row[7].double.map(Date.init(timeIntervalSince1970:)))
    }

    /// Near-duplicates with what each copies, newest first.
    public func duplicates(story: String? = nil, window: SeenWindow = .always, limit: Int = -1) throws -> [DuplicateRow] {
        try connection.rows("""
            SELECT i.id, v.story, i.title, i.link, f.configured_url, v.similarity, v.duplicate_kind, v.duplicate_ref
            \(Self.fromVerdicts) AND \(Self.effectiveVerdict) = 'duplicate' \(Self.newestFirst)
            """, [SQLValue(story), .integer(Int64(limit))] + window.arguments
        ).map { row in
            DuplicateRow(
                id: row[0].int64 ?? 0, story: row[1].string ?? "", title: row[2].string ?? "", link: row[3].string,
                feed: row[4].string ?? "", similarity: row[5].double ?? 0,
                duplicateOf: .init(kind: DuplicateReference.Kind(rawValue: row[6].string ?? "") ?? .item, ref: row[7].string ?? ""))
        }
    }

    /// Every feed the store knows, with its health and what it brought (related: for `story`, or any).
    public func feeds(story: String? = nil, limit: Int = -1) throws -> [FeedRow] {
        try connection.rows("""
            SELECT f.url, f.configured_url, f.title, COALESCE(f.last_status, f.last_error), f.last_attempt, f.last_success,
                   f.consecutive_errors, f.next_due, f.disabled,
                   (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id),
                   (SELECT COUNT(DISTINCT i.id) FROM items i JOIN verdicts v ON v.item_id = i.id
                    WHERE i.feed_id = f.id AND \(Self.effectiveVerdict) = 'related' AND (?1 IS NULL OR v.story = ?1)),
                   (SELECT COUNT(*) FROM pages p WHERE p.feed_id = f.id AND p.outcome = '\(PageOutcome.fetched.rawValue)'),
                   (SELECT COUNT(*) FROM pages p WHERE p.feed_id = f.id AND p.outcome != '\(PageOutcome.fetched.rawValue)'),
                   (SELECT p.error FROM pages p WHERE p.feed_id = f.id AND p.outcome != '\(PageOutcome.fetched.rawValue)' ORDER BY p.attempted_at DESC LIMIT 1),
                   f.id
            FROM feeds f ORDER BY f.id LIMIT ?2
            """, [SQLValue(story), .integer(Int64(limit))]
        ).map { row in
            var feed = FeedRow(
                url: row[0].string ?? "", configuredURL: row[1].string ?? "", title: row[2].string, status: row[3].string,
                lastAttempt: row[4].double.map(Date.init(timeIntervalSince1970:)), lastSuccess: row[5].double.map(Date.init(timeIntervalSince1970:)),
                consecutiveErrors: Int(row[6].int64 ?? 0), nextDue: row[7].double.map(Date.init(timeIntervalSince1970:)),
                items: Int(row[9].int64 ?? 0), related: Int(row[10].int64 ?? 0), disabled: row[8].string,
                pagesFetched: Int(row[11].int64 ?? 0), pagesFailed: Int(row[12].int64 ?? 0), pageError: row[13].string)
            if feed.pagesFailed > 0 { feed.pageFailuresByHost = try pageFailuresByHost(feedID: row[14].int64 ?? 0) }
            return feed
        }
    }

    /// A feed's pages not read, counted by host as the page metrics count them (`HostKey`).
    private func pageFailuresByHost(feedID: Int64) throws -> [String: Int] {
        let urls = try connection.rows(
            "SELECT url FROM pages WHERE feed_id = ? AND outcome != '\(PageOutcome.fetched.rawValue)'", [.integer(feedID)]
        ).map { $0[0].string ?? "" }
        return Dictionary(urls.map { (HostKey.of($0), 1) }, uniquingKeysWith: +)
    }

    /// Whether any item has a verdict for `story`.
    public func knowsStory(_ story: String) throws -> Bool {
        !(try connection.rows("SELECT 1 FROM verdicts WHERE story = ? LIMIT 1", [.text(story)]).isEmpty)
    }

    static func terms(fromJSON json: String?) -> [String] {
        guard let data = json?.data(using: .utf8), let terms = try? JSONDecoder().decode([MatchedTerm].self, from: data) else {
            return []
        }
        return terms.map(\.term)
    }
}
