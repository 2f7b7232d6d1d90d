import FeedAnalysis
import FeedCore
import FeedDaemon
@testable import FeedStore
import FeedTestSupport
import Foundation
import Testing

@Suite struct StoreTests {
    /// A new store in a temp folder with one registered feed.
    private func freshStore() async throws -> (TemporaryDirectory, Store, FeedRecord) {
        let directory = try TemporaryDirectory()
        let store = try Store(path: directory.path("state.sqlite"))
        let feed = try #require(try await store.registerFeeds(["https://a.test/feed"]).first)
        return (directory, store, feed)
    }

    private func entry(_ key: String, title: String = "A title") -> FeedEntry {
        FeedEntry(id: key, title: title, link: "https://x.test/\(key)", published: Date(timeIntervalSince1970: 1_659_528_000),
                  updated: nil, summary: "s", content: "", authors: [], categories: [])
    }

    @Test func createsMigratesAndReopens() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("state.sqlite")
        let store = try Store(path: path)
        #expect(try await store.schemaVersion() == Migration.latestVersion)
        // v7: the search index buffers 8 MB of terms per segment (FTS5 keeps it in its config table).
        #expect(try SQLiteShell.output(path: path, "SELECT v FROM items_fts_config WHERE k = 'hashsize'") == "8388608")
        let reader = try Store(path: path, readOnly: true)
        #expect(try await reader.stories().isEmpty)
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("state.sqlite")
        _ = try Store(path: path)
        // Simulate a database written by a future feedwatch.
        try await SQLiteShell.run(path: path, "PRAGMA user_version = 99")
        #expect(throws: FeedwatchError.self) { try Store(path: path) }
        #expect(try SQLiteShell.userVersion(path: path) == 99)
    }

    @Test func readOnlyOpenOfAMissingFileSaysWhatToDo() {
        #expect {
            try Store(path: "/nonexistent/feedwatch.sqlite", readOnly: true)
        } throws: { error in
            (error as? FeedwatchError)?.message.contains("run --once") == true
        }
    }

    @Test func anItemIsStoredOncePerFeedAndKey() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let entry = entry("k1")
        let first = try await store.withTransaction { try $0.insertItem(feedID: feed.id, entry: entry, seenAt: Date()) }
        let second = try await store.withTransaction { try $0.insertItem(feedID: feed.id, entry: entry, seenAt: Date()) }
        #expect(first != nil)
        #expect(second == nil)
    }

    @Test func aFailedTransactionLeavesNothingBehind() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let entry = entry("k1")
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            try await store.withTransaction { transaction in
                let id = try #require(try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()))
                try transaction.insertVerdict(itemID: id, VerdictRecord(story: "s", verdict: .related, score: 0.5, threshold: 0.1, matched: []), decidedAt: Date())
                try transaction.index(itemID: id, IndexedFingerprint(shingles: [1], bandKeys: [111], sampleKeys: []))
                throw Boom()
            }
        }
        #expect(try await store.items().isEmpty)
        // The row id comes round again; the rolled-back item's keys must not lead to its successor.
        let candidates = try await store.withTransaction { transaction in
            let id = try #require(try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()))
            try transaction.insertVerdict(itemID: id, VerdictRecord(story: "s", verdict: .related, score: 0.5, threshold: 0.1, matched: []), decidedAt: Date())
            try transaction.index(itemID: id, IndexedFingerprint(shingles: [2], bandKeys: [222], sampleKeys: []))
            return (old: try transaction.candidates(story: "s", bandKeys: [111], sampleKeys: []),
                    new: try transaction.candidates(story: "s", bandKeys: [222], sampleKeys: []))
        }
        #expect(candidates.old.isEmpty)
        #expect(candidates.new.map(\.shingles) == [[2]])
    }

    @Test func verdictsAndDuplicatesAreListedWithTheirFields() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let (a, b) = (entry("a", title: "Original"), entry("b", title: "Copy"))
        try await store.withTransaction { transaction in
            let original = try #require(try transaction.insertItem(feedID: feed.id, entry: a, seenAt: Date()))
            try transaction.insertVerdict(itemID: original, VerdictRecord(
                story: "s", verdict: .related, score: 0.4, threshold: 0.14,
                matched: [MatchedTerm(term: "lavrov", weight: 2), MatchedTerm(term: "myanmar", weight: 1)]), decidedAt: Date())
            let copy = try #require(try transaction.insertItem(feedID: feed.id, entry: b, seenAt: Date()))
            try transaction.insertVerdict(itemID: copy, VerdictRecord(
                story: "s", verdict: .duplicate, score: 0, threshold: 0.14, matched: [],
                duplicate: DuplicateReference(kind: .item, ref: String(original), similarity: 0.93), resemblance: 0.93, containment: 0.95), decidedAt: Date())
        }
        let stories = try await store.stories()
        #expect(stories.map(\.title) == ["Original"])
        #expect(stories.first?.matched == ["lavrov", "myanmar"])
        #expect(stories.first?.feed == "https://a.test/feed")
        let duplicates = try await store.duplicates()
        #expect(duplicates.first?.duplicateOf.kind == .item)
        #expect(duplicates.first?.duplicateOf.ref == String(stories[0].id))
        #expect(try await store.items(verdict: .duplicate).count == 1)
        #expect(try await store.items().count == 2)
    }

    @Test func theIndexProposesOnlyThisStorysKnownItems() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let fingerprint = IndexedFingerprint(shingles: [4, 8, 15], bandKeys: [111, 222], sampleKeys: [4, 8])
        let entry = entry("x")
        let found = try await store.withTransaction { transaction in
            let id = try #require(try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()))
            try transaction.insertVerdict(itemID: id, VerdictRecord(story: "s", verdict: .related, score: 0.5, threshold: 0.1, matched: []), decidedAt: Date())
            try transaction.index(itemID: id, fingerprint)
            return (
                byBand: try transaction.candidates(story: "s", bandKeys: [222], sampleKeys: []),
                bySample: try transaction.candidates(story: "s", bandKeys: [], sampleKeys: [8]),
                otherStory: try transaction.candidates(story: "other", bandKeys: [111], sampleKeys: [4]),
                none: try transaction.candidates(story: "s", bandKeys: [5], sampleKeys: [6]))
        }
        #expect(found.byBand.first?.shingles == [4, 8, 15])
        #expect(found.bySample.count == 1)
        #expect(found.otherStory.isEmpty)
        #expect(found.none.isEmpty)
        let size = try await store.duplicateIndexSize()
        #expect(size.items == 1 && size.keys == 4)
        #expect(size.bytes >= 65_536 * 12, "the table starts at 65,536 slots of 12 bytes")
        // Another process reads the index back from the stored keys.
        let reader = try Store(path: directory.path("state.sqlite"), readOnly: true)
        #expect(try await reader.duplicateCandidates(story: "s", bandKeys: [], sampleKeys: [15, 8]).map(\.shingles) == [[4, 8, 15]])
        #expect(try await reader.duplicateCandidates(story: "s", bandKeys: [5], sampleKeys: [6]).isEmpty)
    }

    /// A feed's hints are kept, and a poll without a document (304, error) leaves them as they were.
    @Test func feedHintsPersistAcrossPollsWithoutADocument() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let hints = FeedHints(ttlMinutes: 60, skipHours: [1, 2], skipDays: [7], updatePeriodSeconds: 3600)
        let now = Date()
        try await store.recordPoll(feedID: feed.id, FeedPollRecord(
            attemptedAt: now, status: "200", succeeded: true, nextDue: now, consecutiveErrors: 0, hints: hints))
        try await store.recordPoll(feedID: feed.id, FeedPollRecord(
            attemptedAt: now, status: "304", succeeded: true, nextDue: now, consecutiveErrors: 0))
        #expect(try await store.allFeeds().first?.hints == hints)
    }

    /// A restarted daemon replays the stored sure reports (related at 3 × the threshold) into an
    /// adaptive story's profile, and not an item that only just passed, nor a copy, which counts
    /// among the story's own reports only.
    @Test func adaptationIsRestoredFromStoredSureReports() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        var story = entry("r", title: "Lavrov and Rosatom in Naypyidaw")
        story.summary = "Rosatom signed a nuclear cooperation memorandum."
        var nearThreshold = entry("n", title: "Lavrov and Gazprom in Naypyidaw")
        nearThreshold.summary = "Gazprom signed a pipeline memorandum."
        var copy = entry("c", title: "Lavrov and Sberbank in Naypyidaw")
        copy.summary = "Sberbank signed a payments memorandum."
        try await store.withTransaction { [story, nearThreshold, copy] transaction in
            for (item, verdict, score) in [(story, Verdict.related, 0.5), (nearThreshold, .related, 0.2), (copy, .duplicate, 0.5)] {
                let id = try #require(try transaction.insertItem(feedID: feed.id, entry: item, seenAt: Date()))
                try transaction.insertVerdict(
                    itemID: id, VerdictRecord(story: "s", verdict: verdict, score: score, threshold: 0.09, matched: []), decidedAt: Date())
            }
        }
        let ownReports = try await store.ownReportTexts(story: "s", scoreShare: OwnReports.scoreShare)
        #expect(ownReports.map(\.title) == [story.title, copy.title] && ownReports.map(\.sure) == [true, false])
        let seeds = try ShippedStoryStore.seeds()
        var engine = AnalysisEngine(
            stories: [StoryDefinition(name: "s", seeds: seeds, relatedThreshold: 0.09, adaptive: true)], settings: AnalysisSettings(),
            background: BackgroundStatistics())
        #expect(engine.stories[0].coverage["rosatom"] == nil)
        try await engine.restore(from: store)
        #expect(engine.stories[0].coverage["rosatom"] != nil)
        #expect(engine.vocabulary.contains("rosatom"))
        #expect(engine.stories[0].coverage["gazprom"] == nil, "0.2 is under 3 × 0.09")
        #expect(engine.stories[0].coverage["sberbank"] == nil, "a copy is no sure report")
        #expect(engine.stories[0].ownReports.documents == 2)
    }

    /// A story that is adaptive learns the words of an item it is sure of as the daemon stores it;
    /// one that is not never changes, and its items' terms are not even made as words.
    @Test func anAdaptiveStoryLearnsFromTheItemsItStores() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let seeds = try ShippedStoryStore.seeds()
        var engine = AnalysisEngine(
            stories: [
                StoryDefinition(name: "adaptive", seeds: seeds, relatedThreshold: 0.05, adaptive: true),
                StoryDefinition(name: "fixed", seeds: seeds, relatedThreshold: 0.05),
            ],
            settings: AnalysisSettings(), background: BackgroundStatistics())
        var item = entry("r", title: "Lavrov meets Myanmar junta chief Min Aung Hlaing in Naypyidaw")
        item.summary = "Russian foreign minister Sergei Lavrov and Myanmar's junta discussed Rosatom's nuclear plans."
        let analyses = try await store.withTransaction { [engine, item] transaction in
            try engine.store([item], feedID: feed.id, feed: feed.url, in: transaction, now: Date())
        }
        let analysis = try #require(analyses.first)
        #expect(analysis.verdicts["adaptive"]?.verdict == .related)
        #expect((analysis.verdicts["adaptive"]?.score ?? 0) >= 3 * 0.05, "a sure report")
        #expect(analysis.terms.contains("rosatom"), "made as words for the adaptive story")
        let fixedBefore = engine.stories[1].coverage
        engine.absorb(analyses)
        #expect(engine.stories[0].coverage["rosatom"] != nil)
        #expect(engine.vocabulary.contains("rosatom"))
        #expect(engine.stories[1].coverage == fixedBefore)

        let fixedOnly = AnalysisEngine(
            stories: [StoryDefinition(name: "fixed", seeds: seeds, relatedThreshold: 0.05)], settings: AnalysisSettings(),
            background: BackgroundStatistics())
        let (otherDirectory, otherStore, otherFeed) = try await freshStore()
        defer { otherDirectory.remove() }
        let unlearned = try await otherStore.withTransaction { [item] transaction in
            try fixedOnly.store([item], feedID: otherFeed.id, feed: otherFeed.url, in: transaction, now: Date())
        }
        #expect(unlearned.first?.verdicts["fixed"]?.verdict == .related)
        #expect(unlearned.first?.terms.isEmpty == true)

        // The same item, related to a story whose threshold is over a third of its score, is not
        // one the story is sure of: it is often the other event of the same kind.
        let score = try #require(analysis.verdicts["adaptive"]?.score)
        var unsure = AnalysisEngine(
            stories: [StoryDefinition(name: "unsure", seeds: seeds, relatedThreshold: score / 2, adaptive: true)], settings: AnalysisSettings(),
            background: BackgroundStatistics())
        let (unsureDirectory, unsureStore, unsureFeed) = try await freshStore()
        defer { unsureDirectory.remove() }
        let nearThreshold = try await unsureStore.withTransaction { [unsure, item] transaction in
            try unsure.store([item], feedID: unsureFeed.id, feed: unsureFeed.url, in: transaction, now: Date())
        }
        #expect(nearThreshold.first?.verdicts["unsure"]?.verdict == .related)
        unsure.absorb(nearThreshold)
        #expect(unsure.stories[0].coverage["rosatom"] == nil)
    }

    /// Retention keeps the text of an item the analyst judged, whatever its automatic verdict: the
    /// story learns from that text again at every start.
    @Test func retentionKeepsTheTextOfJudgedItems() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("state.sqlite")
        let store = try Store(path: path)
        try await SQLiteShell.run(path: path, """
            INSERT INTO feeds (id, configured_url, url) VALUES (1, 'f', 'f');
            INSERT INTO items (id, feed_id, item_key, title, summary, content, authors, categories, first_seen) VALUES
                (1, 1, 'judged', 't', 'kept', '', '[]', '[]', 0),
                (2, 1, 'plain', 't', 'pruned', '', '[]', '[]', 0);
            INSERT INTO verdicts (item_id, story, verdict, score, threshold, matched, decided_at, judged, judged_at) VALUES
                (1, 's', 'unrelated', 0.01, 0.09, '[]', 0, 'related', 0),
                (2, 's', 'unrelated', 0.01, 0.09, '[]', 0, NULL, NULL);
            """)
        #expect(try await store.pruneUnrelatedText(seenBefore: Date()) == 1)
        #expect(try SQLiteShell.output(path: path, "SELECT group_concat(summary, ',') FROM items ORDER BY id") == "kept,")
    }

    /// Schema 5 drops the index tables of schema 4, and 6 the signature column; the indexed items
    /// are found again once the daemon's start has fingerprinted them from their text.
    @Test func aSchema4StoreKeepsItsIndexedItemsFindable() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("state.sqlite")
        try await SQLiteShell.run(path: path, Migration.all.prefix(4).map(\.sql).joined(separator: ";\n") + """
            ;
            PRAGMA user_version = 4;
            INSERT INTO feeds (id, configured_url, url) VALUES (1, 'https://a.test/feed', 'https://a.test/feed');
            INSERT INTO items (id, feed_id, item_key, title, summary, content, authors, categories, first_seen)
                VALUES (7, 1, 'x', 'Lavrov in Naypyidaw', 'summary', '', '[]', '[]', 0);
            INSERT INTO verdicts (item_id, story, verdict, score, threshold, matched, decided_at)
                VALUES (7, 's', 'related', 0.5, 0.1, '[]', 0);
            INSERT INTO fingerprints (item_id, shingles, signature) VALUES (7, x'0100000000000000', x'0100000000000000');
            INSERT INTO lsh_bands (key, item_id) VALUES (111, 7);
            INSERT INTO meta (key, value) VALUES ('analysis_scheme', 'scheme-1');
            """)
        let store = try Store(path: path)
        #expect(store.appliedMigrations.map { $0.prefix(2) } == ["5:", "6:", "7:", "8:", "9:", "10"])
        let columns = try SQLiteShell.output(path: path, "SELECT group_concat(name) FROM pragma_table_info('fingerprints')")
        #expect(columns == "item_id,shingles,band_keys,sample_keys")
        let rebuilt = try await store.ensureAnalysisScheme("scheme-1") { title, _, _ in
            IndexedFingerprint(shingles: [UInt64(title.count)], bandKeys: [111], sampleKeys: [])
        }
        #expect(rebuilt == 1, "the same scheme, but the keys were never stored: fingerprinted again")
        let found = try await store.withTransaction { try $0.candidates(story: "s", bandKeys: [111], sampleKeys: []) }
        #expect(found.map(\.itemID) == [7])
        #expect(found.first?.shingles == [19])
    }

    /// The background's counts add up across transactions, whatever characters a term holds.
    @Test func backgroundCountsAccumulate() async throws {
        let (directory, store, _) = try await freshStore()
        defer { directory.remove() }
        try await store.withTransaction { try $0.observeBackground(documents: 3, termCounts: ["lavrov": 3, "min aung": 1, #"say "hi""#: 2]) }
        try await store.withTransaction { try $0.observeBackground(documents: 2, termCounts: ["lavrov": 2, "лавров": 1]) }
        try await store.withTransaction { try $0.observeBackground(documents: 1, termCounts: [:]) }
        let background = try await store.loadBackground()
        #expect(background.documents == 6)
        #expect(background.frequencies == ["lavrov": 5, "min aung": 1, #"say "hi""#: 2, "лавров": 1])
    }

    /// Stored items are fingerprinted again, from their text, when the analysis scheme changes.
    @Test func aNewAnalysisSchemeRebuildsTheIndexOnce() async throws {
        let (directory, store, feed) = try await freshStore()
        defer { directory.remove() }
        let entry = entry("x", title: "Lavrov in Naypyidaw")
        try await store.withTransaction { transaction in
            let id = try #require(try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()))
            try transaction.insertVerdict(itemID: id, VerdictRecord(story: "s", verdict: .related, score: 0.5, threshold: 0.1, matched: []), decidedAt: Date())
            try transaction.index(itemID: id, IndexedFingerprint(shingles: [1], bandKeys: [111], sampleKeys: [4]))
        }
        let rebuilt = try await store.ensureAnalysisScheme("scheme-2") { title, summary, _ in
            IndexedFingerprint(shingles: [UInt64(title.count)], bandKeys: [Int64(summary.count) + 900], sampleKeys: [])
        }
        #expect(rebuilt == 1)
        let candidates = try await store.withTransaction { transaction in
            (old: try transaction.candidates(story: "s", bandKeys: [111], sampleKeys: [4]),
             new: try transaction.candidates(story: "s", bandKeys: [901], sampleKeys: []))
        }
        #expect(candidates.old.isEmpty)
        #expect(candidates.new.first?.shingles == [19])
        #expect(try await store.ensureAnalysisScheme("scheme-2") { _, _, _ in IndexedFingerprint(shingles: [], bandKeys: [], sampleKeys: []) } == 0)
    }
}

/// The sqlite3 command-line shell, for tampering with a database the way another program would.
enum SQLiteShell {
    static func run(path: String, _ sql: String) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FeedwatchError(.runtime, "sqlite3 failed") }
    }

    static func userVersion(path: String) throws -> Int {
        Int(try output(path: path, "PRAGMA user_version")) ?? -1
    }

    /// What a query printed, trimmed.
    static func output(path: String, _ sql: String) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
