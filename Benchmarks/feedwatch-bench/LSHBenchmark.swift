import FeedAnalysis
import FeedCore
import FeedEvaluation
import FeedStore
import Foundation

/// The duplicate index in SQLite as it grows: insert cost per item and the latency of the
/// daemon's own candidate query (`StoreTransaction.candidates`, band keys only) at 10k, 100k and
/// 1M stored signatures. Items are synthetic (random signatures through the real banding); one in
/// ten queries shares a band with a stored item, the rest find nothing, as most new items do.
struct LSHBenchmark {
    let sizes: [Int]

    func run() async throws {
        let settings = AnalysisSettings()
        let lsh = LSHParameters.forThreshold(settings.resemblanceThreshold, numPermutations: settings.permutations)
        let scratch = try await ScratchStore(feedURL: "bench:lsh")
        defer { scratch.remove() }
        let (store, feed) = (scratch.store, scratch.feed)
        var generator = StreamOrder(seed: 7)
        var stored = 0
        var storedKeys: [[Int64]] = []
        let clock = ContinuousClock()
        for size in sizes {
            let started = clock.now
            while stored < size {
                let batch = min(10_000, size - stored)
                let signatures = (0..<batch).map { _ in (0..<settings.permutations).map { _ in generator.next() } }
                let first = stored
                let keys = try await store.withTransaction { transaction -> [[Int64]] in
                    try signatures.enumerated().map { offset, signature in
                        let entry = FeedEntry(
                            id: "item-\(first + offset)", title: "", link: nil, published: nil, updated: nil, summary: "", content: "",
                            authors: [], categories: [])
                        guard let itemID = try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()) else { return [] }
                        try transaction.insertVerdict(
                            itemID: itemID, VerdictRecord(story: "s", verdict: .related, score: 1, threshold: 0.09, matched: []), decidedAt: Date())
                        let bandKeys = lsh.bandKeys(of: signature)
                        try transaction.index(itemID: itemID, IndexedFingerprint(shingles: [signature[0]], bandKeys: bandKeys, sampleKeys: []))
                        return bandKeys
                    }
                }
                storedKeys += keys.prefix(100)
                stored += batch
            }
            let insertSeconds = (clock.now - started) / .seconds(1)
            let inserted = size - (sizes.firstIndex(of: size).map { $0 > 0 ? sizes[$0 - 1] : 0 } ?? 0)
            let queries = 2_000
            let queryKeys: [[Int64]] = (0..<queries).map { index in
                var keys = (0..<lsh.bands).map { _ in Int64(bitPattern: generator.next()) }
                if index % 10 == 0 { keys[index % lsh.bands] = storedKeys[index % storedKeys.count][index % lsh.bands] }
                return keys
            }
            // Inside one transaction, as in the daemon, where the lookups run in the feed's transaction.
            // Twice: the first pass meets pages not yet in memory, the second is a running daemon's case.
            let (found, cold, warm) = try await store.withTransaction { transaction -> (Int, Double, Double) in
                let clock = ContinuousClock()
                var found = 0
                var timings: [Double] = []
                for _ in 0..<2 {
                    let queryStarted = clock.now
                    found = 0
                    for keys in queryKeys { found += try transaction.candidates(story: "s", bandKeys: keys, sampleKeys: []).count }
                    timings.append((clock.now - queryStarted) / .microseconds(1) / Double(queries))
                }
                return (found, timings[0], timings[1])
            }
            print(String(
                format: "lsh: %8d signatures stored: insert %.1f µs per item (%d bands), query %.1f µs first pass, %.1f µs again (%d candidates in %d queries), database %.0f MB",
                size, insertSeconds * 1e6 / Double(max(inserted, 1)), lsh.bands, cold, warm, found, queries,
                Double((try? FileManager.default.attributesOfItem(atPath: scratch.path)[.size] as? Int) ?? 0) / 1e6))
        }
    }
}
