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
        let counts = Dictionary(uniqueKeysWithValues: awkward.enumerated().map { ($0.element, $0.offset * 3) })
        #expect(try JSONDecoder().decode([String: Int].self, from: Data(JSONText.counts(counts).utf8)) == counts)
        #expect(JSONText.counts(["b>x": 2, "a": 1]) == #"{"a":1,"b>x":2}"#)
        #expect(JSONText.counts([:]) == "{}")
    }

    @Test func theDuplicateIndexFindsEveryHolderOfAKeyAsItGrows() {
        var random = StreamOrder(seed: 11)
        let index = DuplicateIndex()
        // 4,000 items of 100 keys: the table starts at 65,536 slots and doubles three times.
        let items = (1...4_000).map { id in
            (id: Int64(id), bands: (0..<25).map { _ in Int64(bitPattern: random.next()) },
             samples: (0..<75).map { _ in Int64(bitPattern: random.next()) })
        }
        for item in items { index.add(itemID: item.id, bandKeys: item.bands, sampleKeys: item.samples) }
        #expect(index.count == 400_000)
        let find = { (bands: [Int64], samples: [Int64]) in index.candidates(bandKeys: bands, sampleKeys: samples, minimumContainment: 0) }
        #expect(items.allSatisfy { find([$0.bands[12]], []) == [$0.id] && find([], [$0.samples[40]]) == [$0.id] },
                "no holder missed, none invented")
        #expect(find(items[8].bands, items[7].samples) == [8, 9], "each item once, in id order")
        let strangers = (0..<100_000).map { _ in Int64(bitPattern: random.next()) }
        #expect(find(strangers, strangers).isEmpty, "keys are compared whole: a stranger never matches")

        let shared: Int64 = 42
        let holders = (10_001...10_003).map { index.add(itemID: $0, bandKeys: [shared], sampleKeys: [Int64($0)]) }
        #expect(find([shared], []) == [10_001, 10_002, 10_003])
        index.retire(ordinal: holders[1])
        #expect(find([shared], []) == [10_001, 10_003], "a rolled-back item is never a candidate")
    }

    /// A band key is always enough; sampled shingles must be shared in proportion to the smaller
    /// sample: three standard deviations below what the containment threshold implies.
    @Test func fewSharedSamplesDoNotMakeACandidate() {
        let index = DuplicateIndex()
        let long = (1...80).map(Int64.init)
        index.add(itemID: 1, bandKeys: [1_000], sampleKeys: long)
        index.add(itemID: 2, bandKeys: [2_000], sampleKeys: Array(long.prefix(8)))
        // A 48-sample text at containment 0.7: 0.7 × 48 − 3 × √(48 × 0.7 × 0.3) = 24.08, so 24 shared
        // with item 1; item 2's 8 samples need 5.6 − 3.89 = 1.71, so 1.
        #expect(DuplicateIndex.minimumSharedSamples(smallerSample: 48, containment: 0.7) == 24)
        #expect(DuplicateIndex.minimumSharedSamples(smallerSample: 8, containment: 0.7) == 1)
        #expect(DuplicateIndex.minimumSharedSamples(smallerSample: 65, containment: 0.7) == 34)
        #expect(DuplicateIndex.minimumSharedSamples(smallerSample: 10, containment: 0.7) == 2)
        let sharing23 = Array(long.prefix(23)) + (500..<525).map(Int64.init)
        let sharing24 = Array(long.prefix(24)) + (500..<524).map(Int64.init)
        #expect(index.candidates(bandKeys: [], sampleKeys: sharing23, minimumContainment: 0.7) == [2], "item 2's 8 samples: 1 needed")
        #expect(index.candidates(bandKeys: [], sampleKeys: sharing24, minimumContainment: 0.7) == [1, 2])
        #expect(index.candidates(bandKeys: [1_000], sampleKeys: [], minimumContainment: 0.7) == [1])
        #expect(index.candidates(bandKeys: [], sampleKeys: [80], minimumContainment: 0) == [1], "0: any shared sample")
    }

    /// A mixed key of 0 marks an empty slot, so the key 0 is stored as the key that mixes to 1: it
    /// must still be found, and may only bring that one other key's holders along.
    @Test func theKeyZeroIsFound() {
        let index = DuplicateIndex()
        let mixesToOne = Int64(bitPattern: UInt64(0x9E37_79B9_7F4A_7C15).multiplicativeInverseModulo2to64)
        index.add(itemID: 1, bandKeys: [0], sampleKeys: [])
        index.add(itemID: 2, bandKeys: [mixesToOne], sampleKeys: [])
        index.add(itemID: 3, bandKeys: [5], sampleKeys: [0])
        #expect(index.candidates(bandKeys: [0], sampleKeys: [], minimumContainment: 0) == [1, 2, 3])
        #expect(index.candidates(bandKeys: [5], sampleKeys: [], minimumContainment: 0) == [3])
        #expect(index.candidates(bandKeys: [6], sampleKeys: [], minimumContainment: 0).isEmpty)
    }
}

private extension UInt64 {
    /// Newton's iteration: each step doubles the correct low bits of an odd number's inverse.
    var multiplicativeInverseModulo2to64: UInt64 {
        var inverse = self
        for _ in 0..<6 { inverse = inverse &* (2 &- self &* inverse) }
        return inverse
    }
}
