/// One forward schema change. Migrations are append-only: a released one is never edited.
struct Migration {
    let version: Int
    let name: String
    let sql: String

    static let all: [Migration] = [
        Migration(version: 1, name: "initial schema", sql: """
            CREATE TABLE feeds (
                id INTEGER PRIMARY KEY,
                configured_url TEXT NOT NULL UNIQUE,
                url TEXT NOT NULL,
                title TEXT,
                etag TEXT,
                last_modified TEXT,
                last_status TEXT,
                last_error TEXT,
                last_attempt REAL,
                last_success REAL,
                consecutive_errors INTEGER NOT NULL DEFAULT 0,
                next_due REAL,
                hold_reason TEXT,
                disabled TEXT
            );
            CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                feed_id INTEGER NOT NULL REFERENCES feeds(id),
                item_key TEXT NOT NULL,
                title TEXT NOT NULL,
                link TEXT,
                published REAL,
                updated REAL,
                summary TEXT NOT NULL,
                content TEXT NOT NULL,
                authors TEXT NOT NULL,
                categories TEXT NOT NULL,
                first_seen REAL NOT NULL,
                UNIQUE (feed_id, item_key)
            );
            CREATE INDEX items_by_link ON items(link);
            CREATE TABLE verdicts (
                item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                story TEXT NOT NULL,
                verdict TEXT NOT NULL CHECK (verdict IN ('related', 'duplicate', 'unrelated')),
                score REAL NOT NULL,
                threshold REAL NOT NULL,
                matched TEXT NOT NULL,
                duplicate_kind TEXT CHECK (duplicate_kind IN ('seed', 'item')),
                duplicate_ref TEXT,
                similarity REAL,
                resemblance REAL,
                containment REAL,
                decided_at REAL NOT NULL,
                PRIMARY KEY (item_id, story)
            ) WITHOUT ROWID;
            CREATE INDEX verdicts_by_story ON verdicts(story, verdict);
            CREATE TABLE fingerprints (
                item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                shingles BLOB NOT NULL,
                signature BLOB NOT NULL
            );
            CREATE TABLE lsh_bands (
                key INTEGER NOT NULL,
                item_id INTEGER NOT NULL,
                PRIMARY KEY (key, item_id)
            ) WITHOUT ROWID;
            CREATE TABLE containment_samples (
                key INTEGER NOT NULL,
                item_id INTEGER NOT NULL,
                PRIMARY KEY (key, item_id)
            ) WITHOUT ROWID;
            CREATE TABLE background_terms (
                term TEXT PRIMARY KEY,
                documents INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE background_totals (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                documents INTEGER NOT NULL
            );
            INSERT INTO background_totals (id, documents) VALUES (1, 0);
            """),
        Migration(version: 2, name: "store settings: the analysis scheme the duplicate index was built with", sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        Migration(version: 3, name: "what each feed says about how often it changes (ttl, skipHours, skipDays, sy:)", sql: """
            ALTER TABLE feeds ADD COLUMN hints TEXT;
            """),
        // Items are added to the search index in one batch per poll cycle (`Store.catchUpSearchIndex`),
        // not by an insert trigger: FTS5 flushes a segment per transaction, and indexing in each
        // feed's transaction doubled the CPU of a 1,000-feed first cycle (`Benchmarks/scale.sh`).
        // Deletes and edits of indexed items keep the index in step by trigger.
        Migration(version: 4, name: "full-text search over items' titles and text (FTS5)", sql: """
            CREATE VIRTUAL TABLE items_fts USING fts5(
                title, summary, content, content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
            );
            INSERT INTO items_fts (items_fts) VALUES ('rebuild');
            INSERT INTO meta (key, value) VALUES ('search_indexed_through', (SELECT COALESCE(MAX(id), 0) FROM items));
            CREATE TRIGGER items_fts_delete AFTER DELETE ON items
            WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through') BEGIN
                INSERT INTO items_fts (items_fts, rowid, title, summary, content)
                VALUES ('delete', old.id, old.title, old.summary, old.content);
            END;
            CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary, content ON items
            WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through') BEGIN
                INSERT INTO items_fts (items_fts, rowid, title, summary, content)
                VALUES ('delete', old.id, old.title, old.summary, old.content);
                INSERT INTO items_fts (rowid, title, summary, content) VALUES (new.id, new.title, new.summary, new.content);
            END;
            """),
        // The duplicate index moves to memory (`DuplicateIndex`), built from the keys each
        // fingerprint now keeps. They are filled by fingerprinting the indexed items again from
        // their text, which `Store.ensureAnalysisScheme` does at the daemon's next start.
        Migration(version: 5, name: "duplicate index kept in memory, built from the keys stored with each fingerprint", sql: """
            DROP TABLE lsh_bands;
            DROP TABLE containment_samples;
            ALTER TABLE fingerprints ADD COLUMN band_keys BLOB NOT NULL DEFAULT x'';
            ALTER TABLE fingerprints ADD COLUMN sample_keys BLOB NOT NULL DEFAULT x'';
            DELETE FROM meta WHERE key = 'analysis_scheme';
            """),
        // Nothing read the MinHash signature back (its band keys are stored), and at 1 KB per item
        // it made fingerprint rows too long for two to share a page: 82 of a 129 MB store for
        // 20,000 items were fingerprints, written twice (WAL, then checkpoint). Dropping it
        // rewrites the table once (SQLite 3.35 or later).
        Migration(version: 6, name: "fingerprints no longer keep the MinHash signature", sql: """
            ALTER TABLE fingerprints DROP COLUMN signature;
            """),
        // FTS5 collects a batch's terms in memory and writes a segment each time they pass
        // 'hashsize' (1 MB by default), then merges the segments. A cycle's batch is one
        // transaction; with 8 MB it writes an eighth as many segments: 20,000 new items (20 MB of
        // text) are indexed in 0.55 s instead of 0.85 s, for up to 8 MB more memory while it runs.
        // The setting lives in the table's own config, so it is set once, here.
        Migration(version: 7, name: "full-text batches buffer 8 MB of terms before writing a segment", sql: """
            INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', 8388608);
            """),
        // A cycle's alert lines are written when it ends, so that a copy published earlier but
        // stored later in the same cycle can become the original first. Each related verdict
        // records when its alert line was written; one never written (the daemon was killed before
        // the cycle ended) is written at the next start. Stored related verdicts were alerted.
        Migration(version: 8, name: "related verdicts record when their alert line was written", sql: """
            ALTER TABLE verdicts ADD COLUMN alerted_at REAL;
            UPDATE verdicts SET alerted_at = decided_at WHERE verdict = 'related';
            CREATE INDEX verdicts_not_alerted ON verdicts(item_id) WHERE verdict = 'related' AND alerted_at IS NULL;
            """),
        // `feedwatch judge`: the analyst's verdict sits beside the automatic one, which is kept.
        // Listings follow the judged one where there is one (`Store.effectiveVerdict`).
        Migration(version: 9, name: "verdicts keep the analyst's judgment beside the automatic verdict", sql: """
            ALTER TABLE verdicts ADD COLUMN judged TEXT CHECK (judged IN ('related', 'unrelated'));
            ALTER TABLE verdicts ADD COLUMN judged_at REAL;
            CREATE INDEX verdicts_judged ON verdicts(story) WHERE judged IS NOT NULL;
            """),
        // `articles:`: an item's web page is read when the feed's text cannot decide. Its text sits
        // beside the feed's (which is kept as it came), and the analysis reads it instead when
        // present (`Store.analysedText`). `pages` remembers every page asked for, so that none is
        // fetched twice and a failed one waits for its back-off. The search index is rebuilt with
        // the page text as a fourth column.
        Migration(version: 10, name: "items keep the article read from their web page; pages remember what was fetched", sql: """
            ALTER TABLE items ADD COLUMN page_text TEXT NOT NULL DEFAULT '';
            ALTER TABLE items ADD COLUMN page_url TEXT;
            ALTER TABLE items ADD COLUMN canonical TEXT;
            ALTER TABLE items ADD COLUMN article_note TEXT;
            CREATE INDEX items_by_canonical ON items(canonical) WHERE canonical IS NOT NULL;
            CREATE TABLE pages (
                url TEXT PRIMARY KEY,
                feed_id INTEGER NOT NULL REFERENCES feeds(id),
                outcome TEXT NOT NULL,
                final_url TEXT,
                error TEXT,
                attempted_at REAL NOT NULL,
                attempts INTEGER NOT NULL,
                retry_after REAL
            ) WITHOUT ROWID;
            CREATE INDEX pages_by_feed ON pages(feed_id, outcome);
            DROP TRIGGER items_fts_delete;
            DROP TRIGGER items_fts_update;
            DROP TABLE items_fts;
            CREATE VIRTUAL TABLE items_fts USING fts5(
                title, summary, content, page_text, content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
            );
            INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', 8388608);
            INSERT INTO items_fts (items_fts) VALUES ('rebuild');
            UPDATE meta SET value = (SELECT COALESCE(MAX(id), 0) FROM items) WHERE key = 'search_indexed_through';
            CREATE TRIGGER items_fts_delete AFTER DELETE ON items
            WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through') BEGIN
                INSERT INTO items_fts (items_fts, rowid, title, summary, content, page_text)
                VALUES ('delete', old.id, old.title, old.summary, old.content, old.page_text);
            END;
            CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary, content, page_text ON items
            WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through') BEGIN
                INSERT INTO items_fts (items_fts, rowid, title, summary, content, page_text)
                VALUES ('delete', old.id, old.title, old.summary, old.content, old.page_text);
                INSERT INTO items_fts (rowid, title, summary, content, page_text) VALUES (new.id, new.title, new.summary, new.content, new.page_text);
            END;
            """),
    ]

    static var latestVersion: Int { all.last?.version ?? 0 }
}
