import FeedCore
@testable import FeedDaemon
import FeedFetch
import FeedStore
import FeedTestSupport
import Foundation
import Logging
import Testing

/// What the scheduler does next when servers behave and misbehave: real HTTP on loopback, a real
/// store, and a hand-moved clock, so every "next attempt" is asserted to the second.
@Suite(.serialized) struct SchedulerTests {
    static let feedXML = FeedBuilder(title: "Wire", items: [
        .init(title: "Lavrov meets Min Aung Hlaing", link: "https://wire.test/a", description: "Talks in Naypyidaw."),
    ]).xml

    /// Due within the interval and its fixed jitter of at most 10 %.
    static func isRegular(_ due: Date?, after start: Date, interval: Double) -> Bool {
        guard let delay = due?.timeIntervalSince(start) else { return false }
        return delay >= interval && delay <= interval * 1.1
    }

    @Test func conditionalGetMakesA304WhichCostsNoParse() async throws {
        let fixture = try await PollerFixture.make(paths: ["/feed.xml"]) { request in
            if request.header("If-None-Match") == "\"v1\"" { return .status(304) }
            return .feed(Self.feedXML, headers: [("ETag", "\"v1\""), ("Last-Modified", "Wed, 03 Aug 2022 10:00:00 GMT")])
        }
        let interval = fixture.configuration.poll.intervalSeconds
        let start = fixture.clock.now
        let first = try await fixture.poller.pollOnce(force: false)
        #expect(first.fetched == 1)
        #expect(Self.isRegular(try await fixture.feed("/feed.xml").nextDue, after: start, interval: interval))

        // Not due yet: nothing is sent.
        fixture.clock.advance(by: interval / 2)
        #expect(try await fixture.poller.pollOnce(force: false).polled == 0)

        fixture.clock.advance(by: interval)
        let second = try await fixture.poller.pollOnce(force: false)
        #expect(second.notModified == 1)
        #expect(second.fetched == 0, "a 304 is not parsed")
        let request = try #require(fixture.server.requests(to: "/feed.xml").last)
        #expect(request.header("If-None-Match") == "\"v1\"")
        #expect(request.header("If-Modified-Since") == "Wed, 03 Aug 2022 10:00:00 GMT")
        #expect(request.header("User-Agent")?.hasPrefix("feedwatch/") == true)
        let feed = try await fixture.feed("/feed.xml")
        #expect(feed.lastStatus == "304")
        #expect(Self.isRegular(feed.nextDue, after: fixture.clock.now, interval: interval))
        try await fixture.tearDown()
    }

    @Test func permanentRedirectsMoveTheFeedAndTemporaryOnesDoNot() async throws {
        let fixture = try await PollerFixture.make(paths: ["/p301", "/p308", "/t302", "/t307"]) { request in
            switch request.path {
            case "/p301": return .status(301, headers: [("Location", "/moved-a")])
            case "/p308": return .status(308, headers: [("Location", "/moved-b")])
            case "/t302": return .status(302, headers: [("Location", "/today-c")])
            case "/t307": return .status(307, headers: [("Location", "/today-d")])
            default: return .feed(Self.feedXML)
            }
        }
        _ = try await fixture.poller.pollOnce(force: true)
        #expect(try await fixture.feed("/p301").url == fixture.server.url("/moved-a"))
        #expect(try await fixture.feed("/p308").url == fixture.server.url("/moved-b"))
        #expect(try await fixture.feed("/t302").url == fixture.server.url("/t302"))
        #expect(try await fixture.feed("/t307").url == fixture.server.url("/t307"))

        // The next poll goes straight to the new address of a moved feed, and back to the old one of the others.
        _ = try await fixture.poller.pollOnce(force: true)
        #expect(fixture.server.requests(to: "/p301").count == 1)
        #expect(fixture.server.requests(to: "/moved-a").count == 2)
        #expect(fixture.server.requests(to: "/t302").count == 2)
        try await fixture.tearDown()
    }

    /// Each of these fails the poll; the feed then waits the first back-off step, and the second
    /// failure in a row doubles it.
    static let misbehaviours: [(name: String, response: TestResponse, cause: String)] = [
        ("server error", .status(500), "HTTP 500"),
        ("redirect loop", .status(302, headers: [("Location", "/feed.xml")]), "redirect"),
        ("slow body", TestResponse.feed(Self.feedXML).stallingBody(5), "no complete answer within 1 s"),
        // A byte every 0.2 s never trips a read timeout; only a deadline on the whole request stops it.
        ("trickled body", TestResponse.feed(Self.feedXML).trickling(every: 0.2), "no complete answer within 1 s"),
        ("oversized body", .feed(String(repeating: "<!-- padding -->", count: 4000)), "larger than the 32 kb limit"),
        ("gzip bomb", TestResponse(headers: [("Content-Encoding", "gzip")], body: gzipBomb), "gzip bomb"),
        ("invalid XML", .feed("<html><body><p>Not a feed</p></body></html>"), "cannot parse the feed"),
        ("reset connection", .reset, "connection"),
    ]

    static let gzipBomb: [UInt8] = (try? Gzip.compress([UInt8](repeating: 0x20, count: 2_000_000))) ?? []

    @Test(arguments: misbehaviours.indices)
    func aMisbehavingServerIsBackedOffExponentially(_ index: Int) async throws {
        let (name, response, cause) = Self.misbehaviours[index]
        let fixture = try await PollerFixture.make(
            paths: ["/feed.xml"],
            configure: {
                $0.fetch.totalTimeoutSeconds = 1
                $0.fetch.maxBodyBytes = 32 * 1024
            }
        ) { _ in response }
        let settings = fixture.configuration.poll
        let start = fixture.clock.now
        let report = try await fixture.poller.pollOnce(force: false)
        #expect(report.failed == 1, "\(name)")
        var feed = try await fixture.feed("/feed.xml")
        #expect(feed.consecutiveErrors == 1, "\(name)")
        #expect(feed.lastError?.lowercased().contains(cause.lowercased()) == true, "\(name): \(feed.lastError ?? "no error")")
        #expect(feed.nextDue == start.addingTimeInterval(settings.backoff(afterErrors: 1)), "\(name)")
        #expect(feed.holdReason?.contains("backing off") == true, "\(name)")

        // Held until then, even by a forced cycle.
        fixture.clock.advance(by: settings.backoff(afterErrors: 1) - 1)
        #expect(try await fixture.poller.pollOnce(force: true).skipped == 1, "\(name)")
        fixture.clock.advance(by: 1)
        _ = try await fixture.poller.pollOnce(force: false)
        feed = try await fixture.feed("/feed.xml")
        #expect(feed.consecutiveErrors == 2, "\(name)")
        #expect(feed.nextDue == fixture.clock.now.addingTimeInterval(2 * settings.backoff(afterErrors: 1)), "\(name)")
        try await fixture.tearDown()
    }

    @Test func aServerThatIsNotThereFailsAtOnceAndIsBackedOff() async throws {
        // A port nobody listens on: take one from a server and stop it.
        let gone = try await LoopbackHTTPServer.start { _ in .status(200) }
        let url = gone.url("/feed.xml")
        try await gone.stop()
        let fixture = try await PollerFixture.make(paths: ["/other.xml"], configure: { $0.feeds = [FeedSource(url: url, origin: "test")] }) { _ in
            .feed(Self.feedXML)
        }
        _ = try await fixture.poller.pollOnce(force: true)
        let feed = try #require(try await fixture.store.allFeeds().first { $0.configuredURL == url })
        #expect(feed.lastError == "connection refused", "not a connect timeout after retries")
        #expect(feed.nextDue == fixture.clock.now.addingTimeInterval(fixture.configuration.poll.backoff(afterErrors: 1)))
        try await fixture.tearDown()
    }

    @Test func recoveryEndsTheBackOff() async throws {
        let failing = ManualFlag(true)
        let fixture = try await PollerFixture.make(paths: ["/feed.xml"]) { _ in failing.value ? .status(500) : .feed(Self.feedXML) }
        _ = try await fixture.poller.pollOnce(force: false)
        failing.value = false
        fixture.clock.advance(by: fixture.configuration.poll.backoff(afterErrors: 1))
        #expect(try await fixture.poller.pollOnce(force: false).fetched == 1)
        let feed = try await fixture.feed("/feed.xml")
        #expect(feed.consecutiveErrors == 0)
        #expect(feed.holdReason == nil)
        #expect(Self.isRegular(feed.nextDue, after: fixture.clock.now, interval: fixture.configuration.poll.intervalSeconds))
        try await fixture.tearDown()
    }

    @Test func goneDisablesTheFeedUntilTheConfigChanges() async throws {
        let fixture = try await PollerFixture.make(paths: ["/gone.xml", "/feed.xml"]) { request in
            request.path == "/gone.xml" ? .status(410) : .feed(Self.feedXML)
        }
        _ = try await fixture.poller.pollOnce(force: true)
        #expect(try await fixture.feed("/gone.xml").disabled == "410 Gone")
        fixture.clock.advance(by: 30 * 86_400)
        let later = try await fixture.poller.pollOnce(force: true)
        #expect(later.skipped == 1)
        #expect(fixture.server.requests(to: "/gone.xml").count == 1, "a disabled feed is never polled again")
        // `feedwatch feeds` shows why.
        #expect(try await fixture.store.feeds().first { $0.configuredURL.hasSuffix("/gone.xml") }?.disabled == "410 Gone")
        // The daemon's sleep ignores it.
        #expect(try await fixture.poller.nextDue() == (try await fixture.feed("/feed.xml").nextDue))
        try await fixture.tearDown()
    }

    @Test func retryAfterHoldsThatHostAndPathOnly() async throws {
        let fixture = try await PollerFixture.make(
            paths: ["/busy.xml?edition=1", "/busy.xml?edition=2", "/calm.xml", "/down.xml"],
            configure: {
                $0.fetch.concurrency = 1
                $0.fetch.perHost = 1
            }
        ) { request in
            switch request.path {
            case "/busy.xml?edition=1", "/busy.xml?edition=2": return .status(429, headers: [("Retry-After", "3600")])
            case "/down.xml": return .status(503, headers: [("Retry-After", "Thu, 04 Aug 2022 12:00:00 GMT")])
            default: return .feed(Self.feedXML)
            }
        }
        let start = fixture.clock.now
        let first = try await fixture.poller.pollOnce(force: true)
        #expect(first.failed == 2)
        #expect(first.fetched == 1)
        #expect(first.skipped == 1, "the second edition waits with the first, unasked")
        #expect(fixture.server.requests.filter { $0.path.hasPrefix("/busy.xml") }.count == 1)
        for edition in ["/busy.xml?edition=1", "/busy.xml?edition=2"] {
            let feed = try await fixture.feed(edition)
            #expect(feed.nextDue == start.addingTimeInterval(3600))
            #expect(feed.holdReason == PollScheduling.retryAfterReason)
        }
        #expect(try await fixture.feed("/down.xml").nextDue == FeedDate.parse("Thu, 04 Aug 2022 12:00:00 GMT"))
        #expect(Self.isRegular(try await fixture.feed("/calm.xml").nextDue, after: start, interval: fixture.configuration.poll.intervalSeconds))

        // A forced cycle within the hour leaves the path alone but polls the rest of the host.
        fixture.clock.advance(by: 3599)
        let held = try await fixture.poller.pollOnce(force: true)
        #expect(held.skipped == 3)
        #expect(fixture.server.requests(to: "/calm.xml").count == 2)
        fixture.clock.advance(by: 1)
        _ = try await fixture.poller.pollOnce(force: false)
        #expect(fixture.server.requests.filter { $0.path.hasPrefix("/busy.xml") }.count == 2)
        try await fixture.tearDown()
    }

    @Test func perHostLimitAndHostsTakeTurns() async throws {
        // The slow host's delay is the fast host's whole budget for its six feeds (three rounds of
        // two, each parsed, scored and stored): a second leaves room under a sanitizer on a busy machine.
        let slow = try await LoopbackHTTPServer.start(host: "127.0.0.1") { _ in TestResponse.feed(Self.feedXML).delayed(1.0) }
        let fast = try await LoopbackHTTPServer.start(host: "127.0.0.2") { _ in .feed(Self.feedXML) }
        let directory = try TemporaryDirectory()
        let paths = (1...6).map { "/feed-\($0).xml" }
        var configuration = Configuration(
            file: "test.yaml", statePath: directory.path("state.sqlite"),
            feeds: (paths.map(slow.url) + paths.map(fast.url)).map { FeedSource(url: $0, origin: "test") },
            stories: [StorySpec(name: "lavrov-myanmar", seedsDirectory: SharedData.seeds.path)])
        configuration.fetch.concurrency = 4
        configuration.fetch.perHost = 2
        configuration.fetch.articles = .never
        let store = try Store(path: configuration.statePath)
        let fetcher = FeedFetcher(settings: configuration.fetch)
        let poller = try await Poller(configuration: configuration, store: store, fetcher: fetcher, logger: Logger(label: "test"))
        let report = try await poller.pollOnce(force: true)
        #expect(report.fetched == 12)
        #expect(slow.maxConcurrentRequests == 2)
        #expect(fast.maxConcurrentRequests <= 2)
        // The slow host's feeds come first in the config, yet the fast host is not kept waiting:
        // all of its feeds are fetched before the slow host's third one even starts.
        let fastDone = try #require(fast.requests.map(\.receivedAt).max())
        let slowThird = slow.requests.map(\.receivedAt).sorted()[2]
        #expect(fastDone < slowThird)
        await fetcher.shutdown()
        try await slow.stop()
        try await fast.stop()
        directory.remove()
    }

    @Test func theFairQueueTakesHostsInTurnWithinTheirLimit() {
        let urls = ["http://a.test/1", "http://a.test/2", "http://a.test/3", "https://B.test:8443/1", "http://b.test/2", "file:///c.xml"]
        var queue = FairFetchQueue(urls, perHost: 1) { HostKey.of($0) }
        #expect(queue.next() == "http://a.test/1")
        #expect(queue.next() == "https://B.test:8443/1")
        #expect(queue.next() == "file:///c.xml")
        #expect(queue.next() == nil, "every host with work left is at its limit")
        queue.finished("http://a.test/1")
        #expect(queue.next() == "http://a.test/2")
        queue.finished("https://B.test:8443/1")
        #expect(queue.remove { $0.hasPrefix("http://b.test") } == ["http://b.test/2"])
        #expect(queue.next() == nil)
        queue.finished("http://a.test/2")
        #expect(queue.next() == "http://a.test/3")
        #expect(queue.isEmpty)
    }

    @Test func theConfiguredMinimumIntervalIsAFloor() {
        var settings = PollSettings()
        settings.intervalSeconds = 10
        settings.minIntervalSeconds = 120
        let scheduling = PollScheduling(settings: settings, intervals: ["https://a.test/fast": 5])
        let now = Date(timeIntervalSince1970: 1_659_528_000)
        for feed in ["https://a.test/feed", "https://a.test/fast"] {
            let delay = scheduling.nextDue(after: now, feed: feed, hints: FeedHints(), fresh: nil).timeIntervalSince(now)
            #expect(delay >= 120 && delay <= 132)
        }
    }
}

/// A switch a test flips while the server runs.
final class ManualFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Bool

    init(_ value: Bool) { current = value }

    var value: Bool {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
