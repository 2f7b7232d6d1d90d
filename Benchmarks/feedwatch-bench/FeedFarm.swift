import FeedTestSupport
import Foundation
import NIOConcurrencyHelpers

/// The scale benchmark's server side (`feedwatch-bench serve`): `SyntheticFeeds` served over HTTP
/// from `hosts` loopback addresses with ETag/Last-Modified and 304s, as a separate process so its
/// CPU is not the poller's. `GET /_advance` moves every feed to its next edition (5 new items).
/// Writes a feedwatch config listing the feeds, then serves until killed.
struct FeedFarm {
    let feeds: SyntheticFeeds
    let hosts: Int
    /// The charset each feed's `Content-Type` names, in turn. The documents are UTF-8 whatever the
    /// label: servers that name a single-byte charset for UTF-8 are common, and feedwatch reads them
    /// as UTF-8, but it still checks every label with libxml2 (windows-1252 and KOI8-R go through iconv).
    let charsets: [String]
    let configPath: String
    let statePath: String
    let seeds: String

    private struct Editions {
        var edition = 0
        var bodies: [[UInt8]] = []
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let feeds = self.feeds
        let state = NIOLockedValueBox(Editions(edition: 0, bodies: (0..<feeds.count).map { feeds.document(feed: $0, edition: 0) }))
        let bytes = state.withLockedValue { $0.bodies.reduce(0) { $0 + $1.count } }
        let addresses = (0..<hosts).map(Self.address)
        let charsets = self.charsets
        let server = try await LoopbackHTTPServer.start(hosts: addresses, threads: 1, recordingRequests: false) { request in
            Self.answer(request, state: state, feeds: feeds, charsets: charsets)
        }
        let config = """
            state: \(statePath)
            # The synthetic items link to outlet-N.test, which no loopback server answers for.
            fetch:
              articles: never
            stories:
              - name: lavrov-myanmar
                seeds: \(seeds)
            feeds:
            \((0..<feeds.count).map { "  - url: http://\(Self.address($0 % hosts)):\(server.port)/feeds/\($0).xml" }.joined(separator: "\n"))

            """
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        // Unbuffered: the script waits for this line.
        FileHandle.standardOutput.write(Data(("serving \(feeds.count) feeds (\(bytes / 1_000_000) MB, \((0..<feeds.count).reduce(0) { $0 + feeds.itemCount(feed: $1) }) items) "
            + "from \(hosts) loopback addresses on port \(server.port), made in \(clock.now - started); config \(configPath)\n").utf8))
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    private static func answer(_ request: TestRequest, state: NIOLockedValueBox<Editions>, feeds: SyntheticFeeds, charsets: [String]) -> TestResponse {
        if request.path == "/_advance" {
            let edition = state.withLockedValue { $0.edition } + 1
            let bodies = (0..<feeds.count).map { feeds.document(feed: $0, edition: edition) }
            state.withLockedValue { $0 = Editions(edition: edition, bodies: bodies) }
            return TestResponse(status: 200, body: Array("edition \(edition)\n".utf8))
        }
        guard request.path.hasPrefix("/feeds/"), let index = Int(request.path.dropFirst(7).dropLast(4)), index >= 0, index < feeds.count
        else { return .status(404) }
        let (edition, body) = state.withLockedValue { ($0.edition, $0.bodies[index]) }
        let etag = "\"\(index)-\(edition)\""
        if request.header("If-None-Match") == etag { return .status(304, headers: [("ETag", etag)]) }
        let modified = "Wed, 03 Aug 2022 \(String(format: "%02d", 10 + edition % 10)):00:00 GMT"
        return TestResponse(
            status: 200, headers: [("Content-Type", "application/rss+xml; charset=\(charsets[index % charsets.count])"), ("ETag", etag), ("Last-Modified", modified)],
            body: body)
    }

    /// Host number → a loopback address (127.0.0.1 … 127.0.0.250, then 127.0.1.1 …).
    static func address(_ host: Int) -> String { "127.0.\(host / 250).\(host % 250 + 1)" }
}
