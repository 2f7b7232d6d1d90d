@testable import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// The store failing under the daemon: writes refused (a file size limit, which fails a write the
/// way a full disk does), and a store that is read-only from the start.
@Suite(.serialized) struct StoreFailureTests {
    @Test func aStoreThatCannotBeWrittenIsOneClearErrorAndTheDaemonRetriesUntilItCan() async throws {
        let stream = try await KillableDaemonStream.start(feeds: 12, items: 30)
        // Past 300 KB every write of the store fails. Only the soft limit, so it can be lifted again
        // without privileges.
        let (process, log) = try CommandLineTests.startDaemon(config: stream.config, launcher: ["/usr/bin/prlimit", "--fsize=300000:unlimited", "--"])
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await CommandLineTests.eventually { log.text.contains("poll cycle failed") || !process.isRunning })
        #expect(process.isRunning, "the daemon keeps running: \(log.text)")
        let failure = try #require(log.text.split(separator: "\n").first { $0.contains("poll cycle failed") })
        #expect(failure.contains("store \(stream.directory.path("state.sqlite")): SQLite error"), "\(failure)")
        #expect(failure.contains("the store could not be written: is its disk full, over a file size limit, or failing? (nothing was half-written)"))
        #expect(failure.contains("retrying in 5"))

        // Nothing half-written: the store is sound, and each feed is stored whole or not at all.
        #expect(try stream.integrity() == "ok")
        let partial = try Self.itemsPerFeed(stream).filter { $0.value != 30 }
        #expect(partial.isEmpty, "feeds stored in part: \(partial)")

        // Space again: the next attempt stores the rest.
        let lift = Process()
        lift.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        lift.arguments = ["--pid", String(process.processIdentifier), "--fsize=unlimited"]
        try lift.run()
        lift.waitUntilExit()
        #expect(lift.terminationStatus == 0)
        // What an operator does after freeing space: a reload retries at once, so the test does not
        // depend on how far the retry backoff has grown by now.
        kill(process.processIdentifier, SIGHUP)
        #expect(try await CommandLineTests.eventually { log.text.contains("poll cycle succeeded again") }, "\(log.text.suffix(3000))")
        // The retry may have started on its own before the signal came: the reload then waits for
        // that cycle, and its line follows the success.
        #expect(try await CommandLineTests.eventually { log.text.contains("configuration reloaded from") }, "\(log.text.suffix(3000))")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try stream.integrity() == "ok")
        let (counts, _) = try stream.storedLinks()
        #expect(Set(counts.keys) == Set(stream.allLinks) && counts.values.allSatisfy { $0 == 1 })
        let alerted = KillableDaemonStream.alertedLinks(in: log.text)
        #expect(Set(alerted).count == alerted.count, "no alert twice across the failed and the good cycles")
        try await stream.stop()
    }

    @Test func aStoreReadOnlyAtStartIsOneClearLine() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try CommandLineTests.demoConfig(in: directory)
        let filled = try CommandLineTests.run(["run", "--once", "--config", config])
        #expect(filled.status == 0, "\(filled.stderr)")
        // Not writable by whoever runs the daemon: root ignores file modes, so then it runs as nobody.
        let asNobody = getuid() == 0
        if !asNobody {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.url.path) { chmod(directory.path(name), 0o444) }
            chmod(directory.url.path, 0o555)
        }
        defer { chmod(directory.url.path, 0o755) }
        let launcher = asNobody ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let run = try CommandLineTests.run(["run", "--config", config], launcher: launcher)
        // Under systemd, Restart=on-failure tries again every RestartSec until it is writable.
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(directory.path("demo.sqlite")): cannot open the database: attempt to write a readonly database; "
            + "the store is read-only: check its file and folder permissions"), "\(run.stderr)")
    }

    static func itemsPerFeed(_ stream: KillableDaemonStream) throws -> [String: Int] {
        let connection = try Connection(path: stream.directory.path("state.sqlite"), readOnly: true)
        var counts: [String: Int] = [:]
        for row in try connection.rows("SELECT f.url, COUNT(i.id) FROM feeds f JOIN items i ON i.feed_id = f.id GROUP BY f.id") {
            if case .text(let url) = row[0], case .integer(let count) = row[1] { counts[url] = Int(count) }
        }
        return counts
    }
}
