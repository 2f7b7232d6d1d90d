@testable import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// What the crash and failure tests share: FEEDS loopback feeds of ITEMS WikiRef-built items each
/// (every few a copy of another feed's item), a config whose story counts every non-copy as
/// related (so every stored item is indexed and most are alerted), and checks on the store after.
struct KillableDaemonStream {
    let server: LoopbackHTTPServer
    let directory: TemporaryDirectory
    let config: String
    /// Every link the feeds serve, by feed path.
    let served: [String: [String]]

    /// - Parameter delay: seconds each feed takes to answer, to spread the daemon's writes over time.
    static func start(feeds: Int, items: Int, delay: Double = 0) async throws -> KillableDaemonStream {
        let names = try SharedData.wikirefNames()
        let sentences = try names.prefix(80).flatMap { name in
            try SharedData.wikiref(name).split(separator: ".").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { $0.split(separator: " ").count >= 8 }
        }
        var bodies: [String: String] = [:], served: [String: [String]] = [:], texts: [[String]] = []
        var generator = SplitMix(seed: 2022)
        for feed in 0..<feeds {
            texts.append((0..<items).map { item in
                // Every seventh item is a wire copy of the previous feed's, under another headline.
                guard feed > 0 && item % 7 == 3 else { return Self.text(feed: feed, item: item, sentences) }
                return sentences[Int(generator.next() % UInt64(sentences.count))] + ". " + texts[feed - 1][item]
            })
            let entries = (0..<items).map { item in
                FeedBuilder.Item(title: "Outlet \(feed) story \(item)", link: "https://outlet\(feed).test/\(item)", description: texts[feed][item])
            }
            bodies["/feeds/\(feed).xml"] = FeedBuilder(title: "Outlet \(feed)", items: entries).xml
            served["/feeds/\(feed).xml"] = entries.compactMap(\.link)
        }
        let pages = bodies
        let server = try await LoopbackHTTPServer.start { request in
            guard let body = pages[request.path] else { return .status(404) }
            return .feed(body, headers: [("ETag", "\"1\"")]).delayed(delay)
        }
        let directory = try TemporaryDirectory()
        let config = try directory.write("feedwatch.yaml", """
            state: \(directory.path("state.sqlite"))
            stories:
              - {name: stream, seeds: \(SharedData.seeds.path), threshold: 0}
            poll: {interval: 1m}
            fetch: {articles: never}
            feeds:
            \(served.keys.sorted().map { "  - url: \(server.url($0))" }.joined(separator: "\n"))
            """)
        return KillableDaemonStream(server: server, directory: directory, config: config, served: served)
    }

    /// Eight sentences drawn at random, the same ones for the same (feed, item).
    private static func text(feed: Int, item: Int, _ sentences: [String]) -> String {
        var generator = SplitMix(seed: UInt64(feed * 100_000 + item))
        return (0..<8).map { _ in sentences[Int(generator.next() % UInt64(sentences.count))] }.joined(separator: ". ") + "."
    }

    var allLinks: [String] { served.values.flatMap { $0 } }

    /// `PRAGMA integrity_check`, read-only.
    func integrity() throws -> String {
        let connection = try Connection(path: directory.path("state.sqlite"), readOnly: true)
        guard case .text(let answer) = try connection.rows("PRAGMA integrity_check").first?.first else { return "no answer" }
        return answer
    }

    /// How many times each link is stored, and the links stored as related.
    func storedLinks() throws -> (counts: [String: Int], related: Set<String>) {
        let connection = try Connection(path: directory.path("state.sqlite"), readOnly: true)
        var counts: [String: Int] = [:]
        for row in try connection.rows("SELECT link FROM items") {
            if case .text(let link) = row[0] { counts[link, default: 0] += 1 }
        }
        var related = Set<String>()
        for row in try connection.rows("SELECT i.link FROM items i JOIN verdicts v ON v.item_id = i.id WHERE v.verdict = 'related'") {
            if case .text(let link) = row[0] { related.insert(link) }
        }
        return (counts, related)
    }

    /// The `link=` of every alert line in a log.
    static func alertedLinks(in log: String) -> [String] {
        log.split(separator: "\n").filter { $0.contains(" related story=") }.compactMap { line in
            line.split(separator: " ").first { $0.hasPrefix("link=") }.map { String($0.dropFirst(5)) }
        }
    }

    func stop() async throws {
        try await server.stop()
        directory.remove()
    }
}

/// A small deterministic generator, so a failing run can be repeated exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
