import FeedCore
import FeedEvaluation
@testable import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// The store's hand-written JSON, its filter over the duplicate index's keys, and readers beside
/// a writing daemon.
@Suite struct StoreInternalsTests {
    @Test func readersNeverFailWhileTheDaemonWrites() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("state.sqlite")
        let writer = try Store(path: path)
        let feed = try #require(try await writer.registerFeeds(["https://burst.test/feed.xml"]).first)
        // A write burst: 300 poll-sized transactions of 40 items with verdicts, as fast as they go,
        // while four CLI-style readers (each its own read-only connection) query in a loop.
        let writing = ManualFlag(true)
        let writes = Task {
            defer { writing.value = false }
            for batch in 0..<300 {
                try await writer.withTransaction { transaction in
                    for index in 0..<40 {
                        let entry = FeedEntry(
                            id: "item-\(batch)-\(index)", title: "Burst item \(batch) \(index)", link: nil, published: nil, updated: nil,
                            summary: "text \(index)", content: "", authors: [], categories: [])
                        guard let itemID = try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()) else { continue }
                        try transaction.insertVerdict(
                            itemID: itemID, VerdictRecord(story: "s", verdict: index % 10 == 0 ? .related : .unrelated, score: 0.1, threshold: 0.09, matched: []),
                            decidedAt: Date())
                    }
                }
            }
        }
        let readings = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let reader = try Store(path: path, readOnly: true)
                    var queries = 0
                    repeat {
                        _ = try await reader.stories(limit: 50)
                        _ = try await reader.items(verdict: .unrelated, limit: 50)
                        _ = try await reader.stats()
                        queries += 3
                    } while writing.value
                    return queries
                }
            }
            return try await group.reduce(0, +)
        }
        try await writes.value
        #expect(readings > 0)
        #expect(try await writer.stats().items == 300 * 40)
    }

    @Test func handWrittenJSONDecodesToWhatWasWritten() throws {
        let awkward = ["plain", "quote \" and backslash \\", "line\nbreak\ttab\r", "\u{01}\u{1F} control", "ünïcödé — 東京 🚀", ""]
        let decoded = try JSONDecoder().decode([String].self, from: Data(JSONText.array(awkward).utf8))
        #expect(decoded == awkward)
        let terms = awkward.enumerated().map { (term: $0.element, weight: Double($0.offset) / 7) }
        let matched = try JSONDecoder().decode([MatchedTerm].self, from: Data(JSONText.matchedTerms(terms).utf8))
        #expect(matched == terms.map { MatchedTerm(term: $0.term, weight: $0.weight) })
        #expect(JSONText.array([]) == "[]")
    }

    @Test func theKeyFilterNeverMissesAKeyAndRarelyInventsOne() {
        var random = StreamOrder(seed: 11)
        let filter = IndexKeyFilter(capacity: 100_000)
        let keys = (0..<100_000).map { _ in Int64(bitPattern: random.next()) }
        keys.forEach(filter.insert)
        #expect(keys.allSatisfy(filter.mightContain), "no false negatives: no candidate is ever lost")
        let strangers = (0..<100_000).map { _ in Int64(bitPattern: random.next()) }
        let falsePositives = strangers.filter(filter.mightContain).count
        #expect(falsePositives < 3_000, "sized for about 1 %: \(falsePositives) of 100,000")
        #expect(!filter.isOverfull)
        filter.insert(42)
        #expect(filter.isOverfull, "one key past its capacity: the store builds a bigger one")
    }
}
