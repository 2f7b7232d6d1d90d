import FeedCore
import FeedDaemon
import FeedFetch
import FeedStore
import FeedTestSupport
import Foundation
import Logging
import Testing

/// The whole pipeline over real HTTP on 127.0.0.1: feeds holding related stories, near-copies of
/// seed paragraphs and unrelated news, plus a broken feed and a failing one.
@Suite(.serialized) struct PipelineTests {
    static let related = [
        FeedBuilder.Item(
            title: "Lavrov meets Myanmar junta chief Min Aung Hlaing in Naypyidaw",
            link: "https://wire.test/lavrov-min-aung-hlaing",
            description: """
                Russian Foreign Minister Sergei Lavrov held talks with Senior General Min Aung Hlaing on Wednesday, the
                second day of a visit the military government presents as proof that it is not isolated. The two sides
                discussed arms deliveries and energy projects, and Lavrov repeated Moscow's support for the junta's
                plan to hold elections.
                """),
        FeedBuilder.Item(title: "Lavrov arrives in Myanmar for talks with junta", link: "https://wire.test/lavrov-arrives", description: ""),
    ]

    /// Near-copies of seed articles: a reprint with a new headline, and one paragraph cut from another.
    static func seedCopies() throws -> [FeedBuilder.Item] {
        let seeds = try SharedData.seedTexts()
        let paragraph = seeds[0].text.components(separatedBy: "\n").filter { $0.split(separator: " ").count > 20 }[1]
        return [
            .init(title: "Russia stands by Myanmar's generals", link: "https://reprint.test/a", description: seeds[3].text + "\nOriginal url: https://tbs.test/a"),
            .init(title: "Lavrov in Naypyidaw", link: "https://reprint.test/b", description: paragraph),
        ]
    }

    static func unrelated() throws -> [FeedBuilder.Item] {
        try SharedData.wikirefNames().filter { $0.hasPrefix("premier") || $0.hasPrefix("samsung") }.prefix(6).enumerated().map {
            let text = try SharedData.wikiref($0.element)
            return .init(title: String(text.prefix(70)), link: "https://news.test/\($0.offset)", description: text)
        }
    }

    static func makeFixture(configure: (inout Configuration) -> Void = { _ in }) async throws -> PollerFixture {
        let feeds: [String: String] = [
            "/wire.xml": FeedBuilder(title: "Wire", items: related).xml,
            "/reprints.xml": FeedBuilder(title: "Reprints", items: try seedCopies()).xml,
            "/news.xml": FeedBuilder(title: "News", items: try unrelated()).xml,
            "/garbage.xml": "<html><body>Not a feed</body></html>",
        ]
        return try await PollerFixture.make(
            paths: ["/wire.xml", "/reprints.xml", "/news.xml", "/garbage.xml", "/down.xml"], configure: configure
        ) { request in
            if request.path == "/down.xml" { return .status(500) }
            guard let body = feeds[request.path] else { return .status(404) }
            let etag = "\"\(body.utf8.count)\""
            if request.header("If-None-Match") == etag { return .status(304) }
            return .feed(body, headers: [("ETag", etag)])
        }
    }

    @Test func unrelatedTextIsPrunedAfterTheRetentionWindowAndNeverAnalysedAgain() async throws {
        let unrelated = try Self.unrelated()
        let body = FeedBuilder(title: "Mixed", items: Self.related + unrelated).xml
        let fixture = try await PollerFixture.make(paths: ["/mixed.xml"]) { _ in .feed(body) }
        let first = try await fixture.poller.pollOnce(force: true)
        #expect(first.newItems == Self.related.count + unrelated.count)

        // A month and a day later the feed still lists the same items.
        fixture.clock.advance(by: 31 * 86_400)
        let later = try await fixture.poller.pollOnce(force: true)
        #expect(later.newItems == 0, "pruned items keep their keys: nothing is analysed twice")
        for row in try await fixture.store.items() {
            let stored = try #require(try await fixture.store.item(idOrLink: String(row.id)))
            if row.verdict == .unrelated {
                #expect(stored.entry.summary.isEmpty && stored.entry.content.isEmpty, "\(row.title)")
                #expect(!stored.entry.title.isEmpty)
            } else {
                #expect(!stored.entry.bodyText.isEmpty || stored.entry.link == Self.related[1].link, "\(row.title)")
            }
        }
        // The search index follows: words only an unrelated item's text had are gone.
        let text: String = unrelated[0].description
        let words = text.split(separator: " ").map(String.init)
        let word = try #require(words.dropFirst(40).first { $0.count > 6 && $0.allSatisfy(\.isLetter) })
        let hits = try await fixture.store.search(word)
        #expect(hits.allSatisfy { $0.item.verdict != .unrelated || $0.item.title.localizedCaseInsensitiveContains(word) })
        try await fixture.tearDown()
    }

    @Test func firstRunFindsRelatedStoriesOnceAndSecondRunAddsNothing() async throws {
        let fixture = try await Self.makeFixture()
        let first = try await fixture.poller.pollOnce(force: true)
        let unrelatedCount = try Self.unrelated().count

        #expect(first.polled == 5)
        #expect(first.fetched == 3)
        #expect(first.failed == 2)
        #expect(first.newItems == 2 + 2 + unrelatedCount)
        #expect(Set(first.alerts.map(\.title)) == Set(Self.related.map(\.title)))

        let duplicates = try await fixture.store.duplicates()
        #expect(Set(duplicates.map(\.title)) == Set(try Self.seedCopies().map(\.title)))
        #expect(duplicates.allSatisfy { $0.duplicateOf.kind == .seed })
        #expect(duplicates.first { $0.link == "https://reprint.test/a" }?.duplicateOf.ref == "003_9a1ddaff943672f7.txt")
        #expect(try await fixture.store.items(verdict: .unrelated).count == unrelatedCount)

        let feeds = try await fixture.store.allFeeds()
        let down = try #require(feeds.first { $0.url.hasSuffix("/down.xml") })
        #expect(down.lastStatus == "500")
        #expect(down.consecutiveErrors == 1)
        #expect(down.holdReason?.contains("backing off") == true)
        let garbage = try #require(feeds.first { $0.url.hasSuffix("/garbage.xml") })
        #expect(garbage.lastError?.contains("cannot parse the feed") == true)
        // What `feedwatch feeds` shows: health and what each feed brought.
        let health = try await fixture.store.feeds()
        #expect(health.count == 5)
        #expect(health.first { $0.url.hasSuffix("/down.xml") }.map { ($0.status, $0.consecutiveErrors, $0.items) } ?? (nil, 0, -1) == ("500", 1, 0))
        #expect(health.reduce(0) { $0 + $1.related } == Self.related.count)
        #expect(health.reduce(0) { $0 + $1.items } == first.newItems)

        let second = try await fixture.poller.pollOnce(force: true)
        #expect(second.newItems == 0)
        #expect(second.alerts.isEmpty)
        #expect(second.notModified == 3)
        // Feeds in error back-off are skipped even by a forced cycle, and say so.
        #expect(second.skipped == 2)
        #expect(fixture.server.requests(to: "/wire.xml").last?.header("If-None-Match") != nil)
        #expect(fixture.server.requests(to: "/down.xml").count == 1)
        try await fixture.tearDown()
    }

    /// Polls once, runs `sql` on the state file, then polls again with a fresh store connection and
    /// poller on the same file, as after a restart. The three good feeds must be fetched again and
    /// bring nothing new: the items' unique keys keep them from repeating.
    private static func pollAgainAfterRestart(changing sql: String) async throws -> (first: PollReport, store: Store, fixture: PollerFixture) {
        let fixture = try await makeFixture()
        let first = try await fixture.poller.pollOnce(force: true)
        #expect(first.alerts.count == 2)
        try await SQLiteShell.run(path: fixture.configuration.statePath, sql)
        let store = try Store(path: fixture.configuration.statePath)
        let poller = try await Poller(configuration: fixture.configuration, store: store, fetcher: fixture.fetcher, logger: Logger(label: "test"))
        let again = try await poller.pollOnce(force: true)
        #expect(again.fetched == 3)
        #expect(again.newItems == 0)
        #expect(again.alerts.isEmpty)
        return (first, store, fixture)
    }

    /// Validators forgotten by the server (it answers 200 again).
    @Test func aRestartedDaemonDoesNotAlertAgain() async throws {
        let (_, _, fixture) = try await Self.pollAgainAfterRestart(changing: "UPDATE feeds SET etag = NULL")
        try await fixture.tearDown()
    }

    /// A feed never fetched successfully has its entries prepared without asking the store which
    /// are new (`Poller.fetchFairly`). Should one have stored items anyway, they still do not repeat.
    @Test func aFeedThatSeemsNeverFetchedStillStoresAndAlertsNothingTwice() async throws {
        let (first, store, fixture) = try await Self.pollAgainAfterRestart(changing: "UPDATE feeds SET etag = NULL, last_success = NULL")
        #expect(try await store.items().count == first.newItems)
        #expect(try await store.allFeeds().filter { $0.lastSuccess != nil }.count == 3)
        try await fixture.tearDown()
    }

    @Test func aCopyOfAStoredRelatedStoryIsItsDuplicate() async throws {
        let fixture = try await Self.makeFixture()
        _ = try await fixture.poller.pollOnce(force: true)
        let original = try #require(try await fixture.store.stories().first { $0.link == Self.related[0].link })
        // A second outlet reprints the wire story under its own headline, in a later cycle.
        let reprint = FeedBuilder(title: "Late", items: [.init(
            title: "Russia's top diplomat sits down with Myanmar's military ruler", link: "https://late.test/1",
            description: Self.related[0].description + " Original url: https://wire.test/lavrov-min-aung-hlaing")]).xml
        let server = try await LoopbackHTTPServer.start { _ in .feed(reprint) }
        var configuration = fixture.configuration
        configuration.feeds = [FeedSource(url: server.url("/late.xml"), origin: "test")]
        let poller = try await Poller(configuration: configuration, store: fixture.store, fetcher: fixture.fetcher, logger: Logger(label: "test"))
        let report = try await poller.pollOnce(force: true)
        #expect(report.alerts.isEmpty)
        let duplicate = try #require(try await fixture.store.duplicates().first { $0.link == "https://late.test/1" })
        #expect(duplicate.duplicateOf.kind == .item)
        #expect(duplicate.duplicateOf.ref == String(original.id))
        try await server.stop()
        try await fixture.tearDown()
    }
}
