import FeedCore
import Foundation

extension Store {
    /// The item with this id, or else the newest item with this link.
    public func item(idOrLink: String) throws -> StoredItem? {
        let condition = Int64(idOrLink) != nil ? "i.id = ?" : "i.link = ?"
        let value: SQLValue = Int64(idOrLink).map(SQLValue.integer) ?? .text(idOrLink)
        return try connection.rows("""
            SELECT i.id, f.configured_url, i.item_key, i.title, i.link, i.published, i.updated, i.summary, i.content,
                   i.authors, i.categories, i.first_seen, i.page_text, i.page_url, i.canonical, i.article_note
            FROM items i JOIN feeds f ON f.id = i.feed_id WHERE \(condition) ORDER BY i.id DESC LIMIT 1
            """, [value]
        ).first.map { row in
            let list = { (json: String?) in (json?.data(using: .utf8)).flatMap { try? JSONDecoder().decode([String].self, from: $0) } ?? [] }
            var entry = FeedEntry(
                id: row[2].string ?? "", title: row[3].string ?? "", link: row[4].string,
                published: row[5].double.map(Date.init(timeIntervalSince1970:)), updated: row[6].double.map(Date.init(timeIntervalSince1970:)),
                summary: row[7].string ?? "", content: row[8].string ?? "", authors: list(row[9].string), categories: list(row[10].string))
            if let pageURL = row[13].string { entry.page = ItemPage(url: pageURL, canonical: row[14].string, text: row[12].string ?? "") }
            return StoredItem(
                id: row[0].int64 ?? 0, feed: row[1].string ?? "", entry: entry, firstSeen: Date(timeIntervalSince1970: row[11].double ?? 0),
                articleNote: row[15].string)
        }
    }

    /// Every story's verdict on an item.
    public func verdicts(itemID: Int64) throws -> [StoredVerdict] {
        try connection.rows("""
            SELECT story, verdict, score, threshold, matched, duplicate_kind, duplicate_ref, similarity, resemblance, containment, decided_at,
                   judged, judged_at
            FROM verdicts WHERE item_id = ? ORDER BY story
            """, [.integer(itemID)]
        ).map { row in
            let matched = (row[4].string?.data(using: .utf8)).flatMap { try? JSONDecoder().decode([MatchedTerm].self, from: $0) } ?? []
            let duplicate = row[5].string.flatMap(DuplicateReference.Kind.init(rawValue:)).map {
                DuplicateReference(kind: $0, ref: row[6].string ?? "", similarity: row[7].double ?? 0)
            }
            return StoredVerdict(
                record: VerdictRecord(
                    story: row[0].string ?? "", verdict: Verdict(rawValue: row[1].string ?? "") ?? .unrelated, score: row[2].double ?? 0,
                    threshold: row[3].double ?? 0, matched: matched, duplicate: duplicate, resemblance: row[8].double,
                    containment: row[9].double),
                decidedAt: Date(timeIntervalSince1970: row[10].double ?? 0), judged: row[11].string.flatMap(Judgment.init(rawValue:)),
                judgedAt: row[12].double.map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// The texts of the items a story counted as its own reports (`OwnReports.counts`): its
    /// copies, and its sure reports, found related at `scoreShare` times the threshold then in
    /// force (`OwnReports.isSureReport`), which `sure` marks: adaptive tracking replays those. The
    /// automatic verdict decides, as it did when they were counted. Oldest first.
    public func ownReportTexts(story: String, scoreShare: Double) throws -> [(title: String, summary: String, content: String, sure: Bool)] {
        try connection.rows("""
            SELECT i.title, \(Self.analysedText), v.verdict = 'related' AND v.score >= ? * v.threshold AS sure
            FROM verdicts v JOIN items i ON i.id = v.item_id
            WHERE v.story = ? AND (v.verdict = 'duplicate' OR sure) ORDER BY i.id
            """, [.real(scoreShare), .text(story)]
        ).map { ($0[0].string ?? "", $0[1].string ?? "", $0[2].string ?? "", ($0[3].int64 ?? 0) != 0) }
    }

    /// Indexed items of a story sharing a band key or any sampled shingle: the candidates the
    /// daemon would compare a text with, and the near misses it would skip (read-only: no
    /// transaction needed for a query).
    public func duplicateCandidates(story: String, bandKeys: [Int64], sampleKeys: [Int64]) throws -> [(itemID: Int64, title: String, shingles: [UInt64])] {
        try StoreTransaction(connection: connection, index: duplicateIndex()).candidates(story: story, bandKeys: bandKeys, sampleKeys: sampleKeys).map { candidate in
            let title = try connection.rows("SELECT title FROM items WHERE id = ?", [.integer(candidate.itemID)]).first?.first?.string ?? ""
            return (candidate.itemID, title, candidate.shingles)
        }
    }
}

extension Store {
    /// Every stored copy of an item, and copies of those copies, first seen first.
    public func copies(of itemID: Int64) throws -> [CopyRow] {
        try connection.rows("""
            WITH RECURSIVE copies(id) AS (
                SELECT ?1
                UNION
                SELECT v.item_id FROM verdicts v JOIN copies c
                    ON v.verdict = 'duplicate' AND v.duplicate_kind = 'item' AND v.duplicate_ref = CAST(c.id AS TEXT)
            )
            SELECT i.id, v.story, i.title, i.link, f.configured_url, COALESCE(i.published, i.updated), i.first_seen, v.similarity,
                   v.duplicate_ref
            FROM copies c JOIN items i ON i.id = c.id JOIN feeds f ON f.id = i.feed_id
            JOIN verdicts v ON v.item_id = i.id AND v.verdict = 'duplicate' AND v.duplicate_kind = 'item'
            WHERE c.id != ?1 ORDER BY i.first_seen, i.id
            """, [.integer(itemID)]
        ).map { row in
            CopyRow(
                id: row[0].int64 ?? 0, story: row[1].string ?? "", title: row[2].string ?? "", link: row[3].string, feed: row[4].string ?? "",
                published: row[5].double.map(Date.init(timeIntervalSince1970:)), firstSeen: Date(timeIntervalSince1970: row[6].double ?? 0),
                similarity: row[7].double ?? 0, copyOf: Int64(row[8].string ?? "") ?? 0)
        }
    }

    /// The first publication of the text `itemID` holds: the earliest among the story it is (or
    /// copies, through copies of copies) and every copy of that story.
    public func firstPublication(of itemID: Int64) throws -> FirstPublication? {
        try connection.rows("""
            WITH RECURSIVE up(id, depth) AS (
                SELECT ?1, 0
                UNION
                SELECT CAST(v.duplicate_ref AS INTEGER), up.depth + 1 FROM verdicts v JOIN up ON v.item_id = up.id
                WHERE v.verdict = 'duplicate' AND v.duplicate_kind = 'item' AND up.depth < 100
            ),
            family(id) AS (
                SELECT id FROM (SELECT id FROM up ORDER BY depth DESC LIMIT 1)
                UNION
                SELECT v.item_id FROM verdicts v JOIN family c
                    ON v.verdict = 'duplicate' AND v.duplicate_kind = 'item' AND v.duplicate_ref = CAST(c.id AS TEXT)
            )
            SELECT i.id, f.configured_url, COALESCE(i.published, i.updated), i.first_seen,
                   (SELECT COALESCE(MAX(CASE WHEN v.verdict != 'unrelated' THEN v.verdict END), 'unrelated')
                    FROM verdicts v WHERE v.item_id = i.id)
            FROM family JOIN items i ON i.id = family.id JOIN feeds f ON f.id = i.feed_id
            ORDER BY COALESCE(i.published, i.updated, i.first_seen), i.first_seen, i.id LIMIT 1
            """, [.integer(itemID)]
        ).first.map { FirstPublication(row: $0[...]) }
    }
}
