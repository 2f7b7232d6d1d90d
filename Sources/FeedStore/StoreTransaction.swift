import FeedCore
import Foundation

/// The writes of one feed poll, valid only inside `Store.withTransaction`.
public final class StoreTransaction {
    let connection: Connection
    private let duplicateIndex: DuplicateIndex
    /// Ordinals this transaction added to the index, retired if it rolls back.
    private(set) var indexed: [Int] = []

    init(connection: Connection, index: DuplicateIndex) {
        self.connection = connection
        self.duplicateIndex = index
    }

    /// Stores a new item; nil when the feed already delivered it (the unique key decides, not a lookup).
    /// - Parameter articleNote: whether its page was read, and why (`explain` shows it).
    public func insertItem(feedID: Int64, entry: FeedEntry, seenAt: Date, articleNote: String? = nil) throws -> Int64? {
        try connection.run("""
            INSERT INTO items (feed_id, item_key, title, link, published, updated, summary, content, authors,
                               categories, first_seen, page_text, page_url, canonical, article_note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, item_key) DO NOTHING
            """, [
                .integer(feedID), .text(entry.id), .text(entry.title), SQLValue(entry.link),
                SQLValue(entry.published?.timeIntervalSince1970), SQLValue(entry.updated?.timeIntervalSince1970),
                .text(entry.summary), .text(entry.content),
                .text(JSONText.array(entry.authors)), .text(JSONText.array(entry.categories)),
                .real(seenAt.timeIntervalSince1970), .text(entry.page?.text ?? ""), SQLValue(entry.page?.url), SQLValue(entry.page?.canonical),
                SQLValue(articleNote),
            ])
        return connection.changes == 1 ? connection.lastInsertRowID : nil
    }

    public func insertVerdict(itemID: Int64, _ record: VerdictRecord, decidedAt: Date) throws {
        let matched = JSONText.matchedTerms(record.matched.map { ($0.term, $0.weight) })
        try connection.run("""
            INSERT INTO verdicts (item_id, story, verdict, score, threshold, matched, duplicate_kind, duplicate_ref,
                                  similarity, resemblance, containment, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                .integer(itemID), .text(record.story), .text(record.verdict.rawValue), .real(record.score),
                .real(record.threshold), .text(matched), SQLValue(record.duplicate?.kind.rawValue),
                SQLValue(record.duplicate?.ref), SQLValue(record.duplicate?.similarity), SQLValue(record.resemblance),
                SQLValue(record.containment), .real(decidedAt.timeIntervalSince1970),
            ])
    }

    /// `original`, a related story stored earlier in the same cycle, becomes a copy of `earlier`
    /// (which the caller has just stored as related), and so do those of `itsCopies` (the items
    /// stored as its copies since, by id: no search of every verdict) that pointed at it.
    public func makeCopy(_ original: Int64, of earlier: Int64, story: String, itsCopies: [Int64], match: DuplicateReference,
                         resemblance: Double, containment: Double, decidedAt: Date) throws {
        try connection.run("""
            UPDATE verdicts SET verdict = 'duplicate', score = 0, matched = '[]', duplicate_kind = 'item', duplicate_ref = ?,
                similarity = ?, resemblance = ?, containment = ?, decided_at = ?, alerted_at = NULL
            WHERE item_id = ? AND story = ?
            """, [
                .text(String(earlier)), .real(match.similarity), .real(resemblance), .real(containment),
                .real(decidedAt.timeIntervalSince1970), .integer(original), .text(story),
            ])
        guard !itsCopies.isEmpty else { return }
        try connection.run("""
            UPDATE verdicts SET duplicate_ref = ?
            WHERE story = ? AND item_id IN (SELECT value FROM json_each(?)) AND duplicate_kind = 'item' AND duplicate_ref = ?
            """, [.text(String(earlier)), .text(story), .text(JSONText.integers(itsCopies)), .text(String(original))])
    }

    /// `itemID`, stored as related to `story` earlier in this poll cycle, is unrelated after all
    /// (`Poller`: its score against what the whole cycle taught fell below the threshold). Its
    /// stored copies for the story go with it, since they are its text, and take its score and
    /// matched terms. Returns the number of copies.
    public func withdraw(_ itemID: Int64, story: String, score: Double, matched: [MatchedTerm], decidedAt: Date) throws -> Int {
        let terms = JSONText.matchedTerms(matched.map { ($0.term, $0.weight) })
        try connection.run("""
            UPDATE verdicts SET verdict = 'unrelated', score = ?, matched = ?, decided_at = ?
            WHERE item_id = ? AND story = ? AND verdict = 'related'
            """, [.real(score), .text(terms), .real(decidedAt.timeIntervalSince1970), .integer(itemID), .text(story)])
        try connection.run("""
            UPDATE verdicts SET verdict = 'unrelated', score = ?, matched = ?, duplicate_kind = NULL, duplicate_ref = NULL,
                similarity = NULL, resemblance = NULL, containment = NULL, decided_at = ?
            WHERE story = ? AND verdict = 'duplicate' AND duplicate_kind = 'item' AND duplicate_ref = ?
            """, [.real(score), .text(terms), .real(decidedAt.timeIntervalSince1970), .text(story), .text(String(itemID))])
        return connection.changes
    }

    /// Adds an item to the duplicate index: its exact shingles, and the keys it is
    /// found by (LSH bands, containment sample), which the in-memory index is rebuilt from.
    public func index(itemID: Int64, _ fingerprint: IndexedFingerprint) throws {
        try connection.run(
            "INSERT OR REPLACE INTO fingerprints (item_id, shingles, band_keys, sample_keys) VALUES (?, ?, ?, ?)", [
                .integer(itemID), .blob(BlobCoding.encode(fingerprint.shingles)), .blob(BlobCoding.encode(fingerprint.bandKeys)),
                .blob(BlobCoding.encode(fingerprint.sampleKeys)),
            ])
        indexed.append(duplicateIndex.add(itemID: itemID, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys))
    }

    /// Indexed items of `story` (related or duplicate) sharing a band key, or enough sampled
    /// shingles to reach `minimumContainment` (`DuplicateIndex`; 0: any), with their exact shingle
    /// sets for verification.
    public func candidates(
        story: String, bandKeys: [Int64], sampleKeys: [Int64], minimumContainment: Double = 0
    ) throws -> [(itemID: Int64, shingles: [UInt64])] {
        let itemIDs = duplicateIndex.candidates(bandKeys: bandKeys, sampleKeys: sampleKeys, minimumContainment: minimumContainment)
        guard !itemIDs.isEmpty else { return [] }
        let rows = try connection.rows("""
            SELECT f.item_id, f.shingles FROM fingerprints f
            JOIN verdicts v ON v.item_id = f.item_id AND v.story = ? AND v.verdict IN ('related', 'duplicate')
            WHERE f.item_id IN (SELECT value FROM json_each(?))
            """, [.text(story), .text(JSONText.integers(itemIDs))])
        return rows.map { (itemID: $0[0].int64 ?? 0, shingles: BlobCoding.decode($0[1].bytes)) }
    }

    /// The oldest stored item of `story` (related or duplicate) that is the article at `url`: its
    /// page named that canonical URL, or its link is it. With its shingles.
    public func sameArticle(story: String, url: String) throws -> (itemID: Int64, shingles: [UInt64])? {
        try connection.rows("""
            SELECT i.id, f.shingles FROM items i JOIN fingerprints f ON f.item_id = i.id
            JOIN verdicts v ON v.item_id = i.id AND v.story = ? AND v.verdict IN ('related', 'duplicate')
            WHERE i.id IN (SELECT id FROM items WHERE canonical = ?2 UNION SELECT id FROM items WHERE link = ?2)
            ORDER BY i.id LIMIT 1
            """, [.text(story), .text(url)]
        ).first.map { (itemID: $0[0].int64 ?? 0, shingles: BlobCoding.decode($0[1].bytes)) }
    }

    /// Counts observed items in the background model: `documents` more documents, and per tracked
    /// term how many of them hold it. One statement for all the terms, which SQLite reads from a
    /// JSON object: a statement per term was hundreds per feed.
    public func observeBackground(documents: Int, termCounts: [String: Int]) throws {
        guard documents > 0 else { return }
        try connection.run("UPDATE background_totals SET documents = documents + ? WHERE id = 1", [.integer(Int64(documents))])
        guard !termCounts.isEmpty else { return }
        // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to the join.
        try connection.run("""
            INSERT INTO background_terms (term, documents) SELECT key, value FROM json_each(?) WHERE true
            ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents
            """, [.text(JSONText.counts(termCounts))])
    }

    public func recordPoll(feedID: Int64, _ record: FeedPollRecord) throws {
        try Self.recordPoll(feedID: feedID, record, on: connection)
    }

    /// The feed's state after a poll. Also written outside a feed's transaction (`Store.recordPoll`:
    /// 304s, errors), which stores no items and so needs no duplicate index.
    static func recordPoll(feedID: Int64, _ record: FeedPollRecord, on connection: Connection) throws {
        try connection.run("""
            UPDATE feeds SET
                last_attempt = ?, last_status = ?, last_error = ?, consecutive_errors = ?, next_due = ?,
                hold_reason = ?, disabled = ?,
                last_success = CASE WHEN ? THEN ? ELSE last_success END,
                etag = CASE WHEN ? THEN ? ELSE etag END,
                last_modified = CASE WHEN ? THEN ? ELSE last_modified END,
                url = COALESCE(?, url),
                title = COALESCE(?, title),
                hints = COALESCE(?, hints)
            WHERE id = ?
            """, [
                .real(record.attemptedAt.timeIntervalSince1970), .text(record.status), SQLValue(record.error),
                .integer(Int64(record.consecutiveErrors)), .real(record.nextDue.timeIntervalSince1970),
                SQLValue(record.holdReason), SQLValue(record.disabled),
                .integer(record.succeeded ? 1 : 0), .real(record.attemptedAt.timeIntervalSince1970),
                .integer(record.validators == nil ? 0 : 1), SQLValue(record.validators?.etag),
                .integer(record.validators == nil ? 0 : 1), SQLValue(record.validators?.lastModified),
                SQLValue(record.newURL), SQLValue(record.title),
                SQLValue(record.hints.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }),
                .integer(feedID),
            ])
    }
}
