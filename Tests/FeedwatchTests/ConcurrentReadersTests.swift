import FeedTestSupport
import Foundation
import Testing

/// `feedwatch` query commands run again and again, as separate processes, while the daemon writes
/// a stream: none sees SQLITE_BUSY or a locked database, and what they read only grows.
@Suite(.serialized) struct ConcurrentReadersTests {
    @Test func queriesDuringAWriteBurstAlwaysAnswerAndNeverGoBackwards() async throws {
        // Feeds answer after 0.5 s, two at a time (one host): the writes take at least 4 s, so the
        // readers overlap them even when starting a process is slow (a loaded CI machine).
        let stream = try await KillableDaemonStream.start(feeds: 16, items: 30, delay: 0.5)
        let writer = Process()
        writer.executableURL = CommandLineTests.binary
        writer.arguments = ["run", "--once", "--config", stream.config]
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        var answers = 0, sawWriting = false
        var last = [String: Int]()
        // Rounds of queries until one that started after the writer had finished.
        var finished = false
        while !finished {
            finished = !writer.isRunning
            for command in [["items"], ["stories"], ["stats"], ["search", "the"]] {
                let run = try CommandLineTests.run(command + ["--format", "json", "--limit", "100000", "--config", stream.config]
                    .filter { command != ["stats"] || $0 != "--limit" && $0 != "100000" })
                if run.status == 1 && run.stderr.contains("no database yet") { continue }
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
                answers += 1
            }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(sawWriting, "the readers must overlap the writes")
        #expect(answers >= 8)
        print("concurrent readers: \(answers) queries answered while and after the daemon wrote")
        #expect(last["items"] == 16 * 30)
        try await stream.stop()
    }
}
