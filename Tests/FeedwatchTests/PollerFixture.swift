import FeedCore
import FeedDaemon
import FeedFetch
import FeedStore
import FeedTestSupport
import Foundation
import Logging
import Testing

/// A poller over feeds at paths of one loopback server, with a fresh store, the Lavrov story and
/// a hand-moved clock.
struct PollerFixture {
    let server: LoopbackHTTPServer
    let directory: TemporaryDirectory
    let store: Store
    let fetcher: FeedFetcher
    let poller: Poller
    let clock: ManualClock
    let configuration: Configuration

    static func make(
        paths: [String], configure: (inout Configuration) -> Void = { _ in }, logger: Logger = Logger(label: "test"),
        _ handler: @escaping LoopbackHTTPServer.Handler
    ) async throws -> PollerFixture {
        let server = try await LoopbackHTTPServer.start(handler)
        let directory = try TemporaryDirectory()
        var configuration = Configuration(
            file: "test.yaml", statePath: directory.path("state.sqlite"),
            feeds: paths.map { FeedSource(url: server.url($0), origin: "test") },
            stories: [StorySpec(name: "lavrov-myanmar", seedsDirectory: SharedData.seeds.path)])
        // Test feeds link to made-up sites: pages are read only where a test serves them.
        configuration.fetch.articles = .never
        configure(&configuration)
        let store = try Store(path: configuration.statePath)
        let fetcher = FeedFetcher(settings: configuration.fetch)
        let clock = ManualClock()
        let poller = try await Poller(
            configuration: configuration, store: store, fetcher: fetcher, logger: logger, now: { clock.now })
        return PollerFixture(
            server: server, directory: directory, store: store, fetcher: fetcher, poller: poller, clock: clock,
            configuration: configuration)
    }

    /// The stored record of the feed configured at `path`.
    func feed(_ path: String) async throws -> FeedRecord {
        let url = server.url(path)
        return try #require(try await store.allFeeds().first { $0.configuredURL == url })
    }

    func tearDown() async throws {
        await fetcher.shutdown()
        try await server.stop()
        directory.remove()
    }
}
