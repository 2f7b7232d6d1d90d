import FeedAnalysis
import FeedCore
@testable import FeedDaemon
@testable import FeedFetch
@testable import FeedStore
import Foundation
import Testing

/// How the poller batches feeds that are ready at the same time into one transaction.
@Suite struct ReadyFeedsTests {
    static let engine = AnalysisEngine(stories: [], settings: AnalysisSettings(), background: BackgroundStatistics())

    static func feed(_ id: Int64, entries count: Int) -> ReadyFeeds.Feed {
        let entries = (0..<count).map { index in
            FeedEntry(
                id: "\(id)-\(index)", title: "Item \(index)", link: nil, published: nil, updated: nil, summary: "", content: "", authors: [],
                categories: [])
        }
        let parsed = ParsedFeed(format: .rss, title: "Feed \(id)", link: nil, entries: entries)
        let document = FetchedDocument(body: Data(), status: 200, validators: Validators())
        return ReadyFeeds.Feed(
            record: FeedRecord(id: id, configuredURL: "http://127.0.0.1/\(id)", url: "http://127.0.0.1/\(id)", validators: Validators(), consecutiveErrors: 0),
            fresh: FreshEntries(parsed: parsed, document: document, entries: entries, engine: engine), slot: .fetch)
    }

    @Test func aTransactionTakesWholeFeedsUpToItsShareOfEntriesAndLeavesTheRestForTheNext() {
        let ready = ReadyFeeds()
        #expect(ReadyFeeds.entriesPerTransaction == 2_000)
        for (id, entries) in [(1, 1_500), (2, 400), (3, 300), (4, 2_500), (5, 10)] { ready.add(Self.feed(Int64(id), entries: entries)) }
        #expect(ready.take().map(\.record.id) == [1, 2])
        #expect(ready.take().map(\.record.id) == [3])
        // One feed over the limit is still taken, alone.
        #expect(ready.take().map(\.record.id) == [4])
        #expect(ready.take().map(\.record.id) == [5])
        #expect(ready.take().isEmpty)
    }

    /// Feeds that become ready while a batch is stored wait for the next take, oldest first.
    @Test func feedsReadyDuringABatchAreTakenNextInTheOrderTheyCame() {
        let ready = ReadyFeeds()
        ready.add(Self.feed(1, entries: 3))
        let first = ready.take()
        ready.add(Self.feed(3, entries: 5))
        ready.add(Self.feed(2, entries: 5))
        #expect(first.map(\.record.id) == [1])
        #expect(first[0].fresh.entries.map(\.id) == ["1-0", "1-1", "1-2"])
        #expect(first[0].fresh.prepared.count == 3)
        #expect(ready.take().map(\.record.id) == [3, 2])
        #expect(ready.take().isEmpty)
    }
}
