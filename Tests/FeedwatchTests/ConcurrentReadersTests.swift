import FeedTestSupport
import Foundation
import Testing

/// `feedwatch` query commands run again and again, as separate processes, while the daemon writes
/// a stream: none sees SQLITE_BUSY or a locked database, and what they read only grows.
@Suite(.serialized) struct ConcurrentReadersTests {
    @Test func queriesDuringAWriteBurstAlwaysAnswerAndNeverGoBackwards() async throws {
        // Feeds answer after a delay, two at a time (one host), so the writes span several rounds
        // of queries. On a loaded machine one query process can take longer than all the writes;
        // the burst is then run again, slower, until the readers have seen it in progress.
        var overlapped = false
        for delay in [0.5, 2, 5] where !overlapped {
            overlapped = try await burst(feedDelay: delay)
        }
        #expect(overlapped, "the readers must see the store grow while the daemon writes")
    }

    /// One write burst with readers beside it; true when they saw it in progress.
    private func burst(feedDelay: Double) async throws -> Bool {
        let stream = try await KillableDaemonStream.start(feeds: 16, items: 30, delay: feedDelay)
        let writer = Process()
        writer.executableURL = CommandLineTests.binary
        writer.arguments = ["run", "--once", "--config", stream.config]
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var answersWhileWriting = 0, answersAfter = 0, sawWriting = false
        var last = [String: Int]()
        // Rounds of queries until one that started after the writer had finished.
        var finished = false
        while !finished {
            finished = !writer.isRunning
            for command in [["items"], ["stories"], ["stats"], ["search", "the"]] {
                let run = try CommandLineTests.run(command + ["--format", "json", "--limit", "100000", "--config", stream.config]
                    .filter { command != ["stats"] || $0 != "--limit" && $0 != "100000" })
                // Only a query racing the daemon's first transaction may find no store yet.
                if !finished && run.status == 1 && run.stderr.contains("no database yet") { continue }
                #expect(run.status == 0, "\(command): \(run.stderr)")
                #expect(!run.stderr.localizedCaseInsensitiveContains("locked") && !run.stderr.localizedCaseInsensitiveContains("busy"))
                guard let json = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) else {
                    Issue.record("\(command) printed no JSON: \(run.stdout.prefix(200))")
                    continue
                }
                let count = (json as? [Any])?.count ?? ((json as? [String: Any])?["items"] as? Int) ?? -1
                #expect(count >= last[command[0], default: 0], "\(command[0]) went from \(last[command[0], default: 0]) to \(count)")
                if count > last[command[0], default: 0] && writer.isRunning { sawWriting = true }
                last[command[0]] = count
                if finished { answersAfter += 1 } else { answersWhileWriting += 1 }
            }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(answersAfter == 4, "every query started after the writer finished must answer")
        print("concurrent readers: \(answersWhileWriting) queries answered while the daemon wrote, \(answersAfter) after (feeds answering after \(feedDelay) s)")
        #expect(last["items"] == 16 * 30)
        try await stream.stop()
        return sawWriting
    }
}
