import FeedCore
@testable import FeedDaemon
import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// Items' pages read during a poll (`articles:`), from loopback servers: when, what is stored, and
/// what a failed page leaves.
@Suite(.serialized) struct ArticleReadingTests {
    /// The article behind a one-line teaser: related to the story, in words of its own.
    static let lavrovParagraphs = [
        "Russian Foreign Minister Sergei Lavrov arrived in Naypyidaw late on Tuesday for a two-day visit, the first by Moscow's top diplomat since the military seized power in Myanmar last year.",
        "Lavrov held talks with Senior General Min Aung Hlaing and with the junta's foreign minister Wunna Maung Lwin, who thanked Russia for standing by the military government at the United Nations.",
        "The two sides discussed deliveries of Russian arms, cooperation on energy and a planned deep-sea port at Kyaukphyu, and Lavrov said Moscow supported the junta's plan to hold elections next year.",
        "Western governments and ASEAN have kept the generals at a distance since the coup, and the visit was presented in the state press as proof that Myanmar is not isolated.",
    ]
    static let teaser = FeedBuilder.Item(title: "Russia's top diplomat visits Myanmar", link: "", description: "Sergei Lavrov arrived on Tuesday.")
    static let football = FeedBuilder.Item(
        title: "Late goal settles the derby", link: "", description: "A header in stoppage time gave the home side all three points.")

    /// A server with the teaser's article at /story/lavrov, a football report at /story/football,
    /// and feeds `/feed.xml` (the two items), `/again.xml` (another item linking to the article)
    /// and `/busy.xml` (429, come back in ten minutes).
    static func start(pageStatus: Int = 200) async throws -> LoopbackHTTPServer {
        try await LoopbackHTTPServer.start { request in
            func feed(_ items: [FeedBuilder.Item]) -> TestResponse { .feed(FeedBuilder(title: "Wire", items: items).xml) }
            let base = "http://127.0.0.1:\(request.header("Host")?.split(separator: ":").last ?? "")"
            var lavrov = teaser, sport = football
            lavrov.link = base + "/story/lavrov"
            sport.link = base + "/story/football"
            switch request.path {
            case "/robots.txt": return .status(404)
            case "/feed.xml": return feed([lavrov, sport])
            case "/again.xml":
                return feed([lavrov])
            case "/busy.xml": return TestResponse(status: 429, headers: [("Retry-After", "600")], body: [])
            case "/story/lavrov" where pageStatus != 200: return .status(pageStatus)
            case "/story/lavrov", "/story/football":
                let page = ArticlePageTemplate.page(
                    layout: 1, site: "Loopback Times", title: request.path.hasSuffix("lavrov") ? teaser.title : football.title,
                    paragraphs: request.path.hasSuffix("lavrov") ? lavrovParagraphs : [String](repeating: football.description, count: 5),
                    related: ["Markets close higher", "Storm warning for the coast"])
                return TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(page.utf8))
            default: return .status(404)
            }
        }
    }

    /// The teaser's score against the seeds, in a scratch store: on its feed text alone (`never`) or
    /// on its article (`always`).
    static func teaserScore(server: LoopbackHTTPServer, mode: ArticleFetching) async throws -> Double {
        let fixture = try await PollerFixture.make(paths: []) { _ in .status(404) }
        defer { Task { try? await fixture.tearDown() } }
        var configuration = fixture.configuration
        configuration.feeds = [FeedSource(url: server.url("/feed.xml"), origin: "test")]
        configuration.fetch.articles = mode
        configuration.fetch.allowPrivatePages = true
        let poller = try await Poller(configuration: configuration, store: fixture.store, fetcher: fixture.fetcher, logger: .init(label: "test"))
        _ = try await poller.pollOnce(force: true)
        let item = try #require(try await fixture.store.item(idOrLink: server.url("/story/lavrov")))
        return try #require(try await fixture.store.verdicts(itemID: item.id).first).record.score
    }

    /// A poller over `paths` of `server` reading pages under `mode`, the story's threshold set
    /// halfway between the teaser's score on its feed text and on its article: the article decides,
    /// and the teaser is near enough for `auto` to read it. (The scratch polls that find the scores
    /// read the pages once each.)
    static func poller(
        _ server: LoopbackHTTPServer, paths: [String], mode: ArticleFetching, log: CapturedLog
    ) async throws -> (PollerFixture, Poller, Configuration) {
        let teaser = try await teaserScore(server: server, mode: .never)
        let article = try await teaserScore(server: server, mode: .always)
        let threshold = (teaser + article) / 2
        if mode != .always {
            try #require(article > teaser, "the article holds more of the story than its teaser")
            try #require(teaser / threshold >= ArticlePolicy.standard.nearBelow, "the teaser scores near the threshold")
        }
        let fixture = try await PollerFixture.make(paths: []) { _ in .status(404) }
        var configuration = fixture.configuration
        configuration.feeds = paths.map { FeedSource(url: server.url($0), origin: "test") }
        configuration.stories[0].threshold = threshold
        configuration.fetch.articles = mode
        configuration.fetch.allowPrivatePages = true
        let poller = try await Poller(configuration: configuration, store: fixture.store, fetcher: fixture.fetcher, logger: log.logger)
        return (fixture, poller, configuration)
    }

    @Test func autoReadsThePageOfATeaserNearTheThresholdOnlyAndStoresItBesideTheFeedText() async throws {
        let server = try await Self.start()
        let log = CapturedLog()
        let (fixture, poller, configured) = try await Self.poller(server, paths: ["/feed.xml"], mode: .auto, log: log)
        defer { Task { try? await fixture.tearDown(); try? await server.stop() } }
        let scratchRequests = server.requests.count
        let report = try await poller.pollOnce(force: true)

        let requests = server.requests.dropFirst(scratchRequests)
        #expect(requests.filter { $0.path == "/story/lavrov" }.count == 1)
        #expect(!requests.contains { $0.path == "/story/football" })
        #expect(report.alerts.count == 1, "the article made the teaser a related story")
        let store = fixture.store
        let item = try #require(try await store.item(idOrLink: server.url("/story/lavrov")))
        #expect(item.entry.summary == Self.teaser.description, "the feed's text is kept as it came")
        let page = try #require(item.entry.page)
        #expect(page.url == server.url("/story/lavrov"))
        #expect(page.text.contains("deep-sea port at Kyaukphyu"))
        #expect(!page.text.contains("Most read"), "the page's furniture is not the article")
        #expect(item.articleNote?.hasPrefix("page \(server.url("/story/lavrov")) read: ") == true, "\(item.articleNote ?? "nil")")
        #expect(try await store.verdicts(itemID: item.id).first?.record.verdict == .related)
        let football = try #require(try await store.item(idOrLink: server.url("/story/football")))
        #expect(football.entry.page == nil)
        #expect(football.articleNote?.contains("far from every story's threshold") == true, "\(football.articleNote ?? "nil")")
        #expect(log.messages(containing: "item 'Late goal settles the derby': page not read").count == 1, "the decision is logged at debug level")

        // Searchable by the article's words; counted on the feed.
        try await store.catchUpSearchIndex()
        #expect(try await store.search("kyaukphyu").map(\.item.id) == [item.id])
        let feed = try #require(try await store.feeds().first)
        #expect(feed.pagesFetched == 1 && feed.pagesFailed == 0)

        // A later item linking to the same page: the page is not asked for again, its stored text
        // is used, and so the item is a copy of the first.
        var configuration = configured
        configuration.feeds.append(FeedSource(url: server.url("/again.xml"), origin: "test"))
        _ = try await poller.reload(configuration)
        _ = try await poller.pollOnce(force: true)
        #expect(server.requests.dropFirst(scratchRequests).filter { $0.path == "/story/lavrov" }.count == 1)
        let again = try #require(try await store.item(idOrLink: server.url("/story/lavrov")))
        #expect(again.id != item.id && again.entry.page?.text == page.text)
        #expect(again.articleNote?.hasPrefix("page read earlier from") == true, "\(again.articleNote ?? "nil")")
        let verdict = try #require(try await store.verdicts(itemID: again.id).first)
        #expect(verdict.record.verdict == .duplicate && verdict.record.duplicate?.ref == String(item.id))
    }

    @Test func aPageThatFailsLeavesTheItemJudgedOnItsFeedText() async throws {
        let server = try await Self.start(pageStatus: 403)
        let log = CapturedLog()
        let (fixture, poller, configured) = try await Self.poller(server, paths: ["/feed.xml"], mode: .always, log: log)
        defer { Task { try? await fixture.tearDown(); try? await server.stop() } }
        let scratchRequests = server.requests.count
        let report = try await poller.pollOnce(force: true)
        #expect(report.newItems == 2)
        let item = try #require(try await fixture.store.item(idOrLink: server.url("/story/lavrov")))
        #expect(item.entry.page == nil)
        #expect(item.entry.bodyText == Self.teaser.description, "what the analysis read")
        #expect(item.articleNote == "page \(server.url("/story/lavrov")) not read: HTTP 403; judged on the feed's text")
        #expect(log.messages(containing: "not read: HTTP 403").count == 1)
        let feed = try #require(try await fixture.store.feeds().first)
        #expect(feed.pagesFetched == 1 && feed.pagesFailed == 1 && feed.pageError == "HTTP 403")
        #expect(feed.pageFailuresByHost == ["127.0.0.1": 1])
        #expect(poller.metrics.exposition().contains("feedwatch_page_failures_total{host=\"127.0.0.1\"} 1"))

        // Not asked for again before its back-off ends.
        var configuration = configured
        configuration.feeds = [FeedSource(url: server.url("/again.xml"), origin: "test")]
        _ = try await poller.reload(configuration)
        _ = try await poller.pollOnce(force: true)
        #expect(server.requests.dropFirst(scratchRequests).filter { $0.path == "/story/lavrov" }.count == 1)
    }

    @Test func aHostThatAsksItsFeedToWaitIsNotAskedForPagesEither() async throws {
        let server = try await Self.start()
        let fixture = try await PollerFixture.make(paths: []) { _ in .status(404) }
        defer { Task { try? await fixture.tearDown(); try? await server.stop() } }
        // A feed of another source (a file), empty until the host has answered 429.
        let wire = URL(fileURLWithPath: fixture.directory.path("wire.xml"))
        try Data(FeedBuilder(title: "Wire", items: []).xml.utf8).write(to: wire)
        var configuration = fixture.configuration
        configuration.feeds = [FeedSource(url: server.url("/busy.xml"), origin: "test"), FeedSource(url: wire.absoluteString, origin: "test")]
        configuration.fetch.articles = .always
        configuration.fetch.allowPrivatePages = true
        let poller = try await Poller(configuration: configuration, store: fixture.store, fetcher: fixture.fetcher, logger: .init(label: "test"))
        _ = try await poller.pollOnce(force: true)
        #expect(server.requests.contains { $0.path == "/busy.xml" })

        var lavrov = Self.teaser
        lavrov.link = server.url("/story/lavrov")
        try Data(FeedBuilder(title: "Wire", items: [lavrov]).xml.utf8).write(to: wire)
        // A reload that leaves the fetch settings be keeps the hold.
        _ = try await poller.reload(configuration)
        _ = try await poller.pollOnce(force: true)
        #expect(!server.requests.contains { $0.path == "/story/lavrov" || $0.path == "/robots.txt" })
        let item = try #require(try await fixture.store.item(idOrLink: server.url("/story/lavrov")))
        #expect(item.entry.page == nil)
        #expect(item.articleNote?.contains("127.0.0.1 asked to wait until") == true, "\(item.articleNote ?? "nil")")
    }

    @Test func withoutPrivatePagesALoopbackPageIsRefusedAndLoggedOncePerHost() async throws {
        let server = try await Self.start()
        let log = CapturedLog()
        let (fixture, poller, configured) = try await Self.poller(server, paths: ["/feed.xml"], mode: .always, log: log)
        defer { Task { try? await fixture.tearDown(); try? await server.stop() } }
        var configuration = configured
        configuration.fetch.allowPrivatePages = false
        _ = try await poller.reload(configuration)
        let scratchRequests = server.requests.count
        _ = try await poller.pollOnce(force: true)
        #expect(server.requests.dropFirst(scratchRequests).allSatisfy { $0.path.hasSuffix(".xml") })
        let refusals = log.messages(containing: "not a public address")
        #expect(refusals.filter { $0.hasPrefix("notice") }.count == 1, "\(refusals)")
        #expect(refusals.count == 2, "the second refusal of the host is logged at debug level")
        #expect(poller.metrics.exposition().contains("feedwatch_page_fetches_total{outcome=\"refused\"} 2"))
    }

    /// A host's feeds and its pages share one budget: never more than `per_host` connections.
    @Test func feedsAndPagesOfAHostShareItsConnectionLimit() async throws {
        let server = try await LoopbackHTTPServer.start { request in
            let base = "http://127.0.0.1:\(request.header("Host")?.split(separator: ":").last ?? "")"
            if request.path == "/robots.txt" { return .status(404) }
            if request.path.hasSuffix(".xml") {
                let feed = request.path.dropFirst().dropLast(4)
                let items = (1...3).map { FeedBuilder.Item(title: "Story \(feed)-\($0)", link: "\(base)/story/\(feed)-\($0)", description: "Short.") }
                return TestResponse.feed(FeedBuilder(title: "Feed \(feed)", items: items).xml).delayed(0.2)
            }
            let page = ArticlePageTemplate.page(
                layout: 2, site: "Busy", title: "Story", paragraphs: Self.lavrovParagraphs, related: [])
            return TestResponse(status: 200, headers: [("Content-Type", "text/html")], body: Array(page.utf8)).delayed(0.2)
        }
        let fixture = try await PollerFixture.make(paths: []) { _ in .status(404) }
        defer { Task { try? await fixture.tearDown(); try? await server.stop() } }
        var configuration = fixture.configuration
        configuration.feeds = (1...4).map { FeedSource(url: server.url("/f\($0).xml"), origin: "test") }
        configuration.fetch.articles = .always
        configuration.fetch.allowPrivatePages = true
        configuration.fetch.perHost = 2
        configuration.fetch.concurrency = 8
        let poller = try await Poller(configuration: configuration, store: fixture.store, fetcher: fixture.fetcher, logger: .init(label: "test"))
        _ = try await poller.pollOnce(force: true)
        let pages = server.requests.filter { $0.path.hasPrefix("/story/") }
        #expect(pages.count == 12)
        #expect(Set(pages.map(\.path)).count == 12, "no page is asked for twice")
        #expect(server.maxConcurrentRequests == 2)
    }

    /// Two outlets' items whose pages name one canonical address are one article: the later is a
    /// copy of the earlier, however its text was edited. Retention prunes page text like feed text.
    @Test func aSharedCanonicalURLMakesACopyAndRetentionPrunesPageText() async throws {
        let server = try await LoopbackHTTPServer.start { request in
            let base = "http://127.0.0.1:\(request.header("Host")?.split(separator: ":").last ?? "")"
            switch request.path {
            case "/robots.txt": return .status(404)
            case "/first.xml", "/second.xml":
                let item = FeedBuilder.Item(title: Self.teaser.title, link: base + "/page" + request.path.dropLast(4), description: Self.teaser.description)
                return .feed(FeedBuilder(title: "Wire", items: [item]).xml)
            case "/page/first", "/page/second":
                // The second outlet's edit keeps a paragraph and adds others: too changed for the shingles.
                let paragraphs = request.path.hasSuffix("first") ? Self.lavrovParagraphs : [Self.lavrovParagraphs[0]] + [String](
                    repeating: "Analysts in Bangkok and Singapore said the visit changed little for the junta's neighbours, who want talks with the opposition.",
                    count: 3)
                let page = ArticlePageTemplate.page(
                    layout: 0, site: "Wire", title: Self.teaser.title, paragraphs: paragraphs, related: [], canonical: "https://wire.example/lavrov-visit")
                return TestResponse(status: 200, headers: [("Content-Type", "text/html")], body: Array(page.utf8))
            default: return .status(404)
            }
        }
        let fixture = try await PollerFixture.make(paths: []) { _ in .status(404) }
        defer { Task { try? await fixture.tearDown(); try? await server.stop() } }
        var configuration = fixture.configuration
        configuration.feeds = [FeedSource(url: server.url("/first.xml"), origin: "test")]
        configuration.stories[0].threshold = 0.01
        configuration.fetch.articles = .always
        configuration.fetch.allowPrivatePages = true
        let poller = try await Poller(configuration: configuration, store: fixture.store, fetcher: fixture.fetcher, logger: .init(label: "test"))
        _ = try await poller.pollOnce(force: true)
        configuration.feeds.append(FeedSource(url: server.url("/second.xml"), origin: "test"))
        _ = try await poller.reload(configuration)
        _ = try await poller.pollOnce(force: true)

        let store = fixture.store
        let first = try #require(try await store.item(idOrLink: server.url("/page/first")))
        let second = try #require(try await store.item(idOrLink: server.url("/page/second")))
        #expect(first.entry.page?.canonical == "https://wire.example/lavrov-visit")
        let verdict = try #require(try await store.verdicts(itemID: second.id).first)
        #expect(verdict.record.verdict == .duplicate)
        #expect(verdict.record.duplicate?.ref == String(first.id))
        #expect((verdict.record.resemblance ?? 1) < AnalysisSettings().resemblanceThreshold, "the shingles alone would not have matched")
        #expect((verdict.record.containment ?? 1) < AnalysisSettings().containmentThreshold)
        #expect(verdict.record.duplicate?.similarity == 1, "matched by the canonical URL")

        // Unrelated items' page text is pruned with their feed text; the related story keeps it.
        var unrelated = FeedEntry(
            id: "u", title: "Late goal settles the derby", link: "https://sport.example/derby", published: nil, updated: nil,
            summary: "Short.", content: "", authors: [], categories: [])
        unrelated.page = ItemPage(url: "https://sport.example/derby", canonical: nil, text: "A header in stoppage time.")
        let entry = unrelated
        let recorded = try await store.withTransaction { transaction in
            try transaction.insertItem(feedID: 1, entry: entry, seenAt: Date(timeIntervalSince1970: 0))
        }
        let unrelatedID = try #require(recorded)
        try await store.withTransaction { transaction in
            try transaction.insertVerdict(
                itemID: unrelatedID, VerdictRecord(story: "lavrov-myanmar", verdict: .unrelated, score: 0, threshold: 0.09, matched: []),
                decidedAt: Date(timeIntervalSince1970: 0))
        }
        #expect(try await store.pruneUnrelatedText(seenBefore: Date(timeIntervalSince1970: 1)) == 1)
        #expect(try await store.item(idOrLink: String(unrelatedID))?.entry.page?.text == "")
        #expect(try await store.item(idOrLink: String(first.id))?.entry.page?.text.isEmpty == false)
    }
}
