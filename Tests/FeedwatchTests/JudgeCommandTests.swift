import FeedTestSupport
import Foundation
import Testing

/// `feedwatch judge`, run as an analyst runs it: stored beside the automatic verdict, followed by
/// the listings, shown by `show` and `explain`, kept across runs, and learnt by a running daemon.
@Suite(.serialized) struct JudgeCommandTests {
    typealias CLI = CommandLineTests

    static func json(_ run: CommandLineTests.Run) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    static func storyIDs(_ config: String) throws -> Set<Int> {
        let rows = try #require(try json(try CLI.run(["stories", "--format", "json", "--config", config])) as? [[String: Any]])
        return Set(rows.compactMap { $0["id"] as? Int })
    }

    @Test func aJudgmentChangesTheListingsKeepsTheAutomaticVerdictAndTeachesTheStory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try CLI.demoConfig(in: directory)
        #expect(try CLI.run(["run", "--once", "--config", config]).status == 0)
        let related = try Self.storyIDs(config)
        #expect(related.count == 3)
        let falseAlarm = try #require(related.min())
        let items = try #require(try Self.json(try CLI.run(["items", "--format", "json", "--config", config])) as? [[String: Any]])
        let miss = try #require(items.first { $0["verdict"] as? String == "unrelated" }?["id"] as? Int)

        let judged = try CLI.run(["judge", String(falseAlarm), "--unrelated", "--config", config])
        #expect(judged.status == 0, "\(judged.stderr)")
        #expect(judged.stdout.contains("item \(falseAlarm) judged unrelated for lavrov-myanmar (automatic verdict: related)"))
        let receipt = try #require(try Self.json(try CLI.run(
            ["judge", String(miss), "--related", "--story", "lavrov-myanmar", "--format", "json", "--config", config])) as? [String: Any])
        #expect(receipt["judged"] as? String == "related" && receipt["verdict"] as? String == "unrelated")
        #expect((receipt["judged_at"] as? String)?.hasSuffix("Z") == true)

        // The listings follow the judgments, in a new process: they are stored.
        #expect(try Self.storyIDs(config) == related.subtracting([falseAlarm]).union([miss]))
        let csv = try CLI.run(["export", "--story", "lavrov-myanmar", "--format", "csv", "--config", config])
        let exported = Set(csv.stdout.split(whereSeparator: \.isNewline).dropFirst().compactMap { Int($0.split(separator: ",").first ?? "") })
        #expect(exported == related.subtracting([falseAlarm]).union([miss]))
        let timeline = try #require(try Self.json(try CLI.run(["timeline", "--format", "json", "--config", config])) as? [[String: Any]])
        #expect(timeline.compactMap { $0["related"] as? Int }.reduce(0, +) == 3)

        // show keeps the automatic verdict beside the judged one.
        let shown = try #require(try Self.json(try CLI.run(["show", String(falseAlarm), "--format", "json", "--config", config])) as? [String: Any])
        let verdict = try #require((shown["verdicts"] as? [[String: Any]])?.first)
        #expect(verdict["verdict"] as? String == "related" && verdict["judged"] as? String == "unrelated")
        #expect((verdict["judged_at"] as? String)?.hasSuffix("Z") == true)
        let unjudged = try #require(try Self.json(try CLI.run(["show", String(related.max() ?? 0), "--format", "json", "--config", config])) as? [String: Any])
        let plain = try #require((unjudged["verdicts"] as? [[String: Any]])?.first)
        #expect(plain["judged"] is NSNull && plain["judged_at"] is NSNull)

        // explain says what the judgments changed: the judged miss scores higher than without them.
        let explained = try #require(try Self.json(try CLI.run(["explain", String(miss), "--format", "json", "--config", config])) as? [String: Any])
        let story = try #require((explained["verdicts"] as? [[String: Any]])?.first)
        #expect(story["judged"] as? String == "related")
        let judgments = try #require(story["judgments"] as? [String: Any])
        #expect(judgments["related"] as? Int == 1 && judgments["unrelated"] as? Int == 1)
        let without = try #require(judgments["score_without"] as? Double)
        #expect(try #require(story["score_now"] as? Double) > without)
        let text = try CLI.run(["explain", String(miss), "--config", config])
        #expect(text.stdout.contains("judged RELATED by you") && text.stdout.contains("without them this item would score"))
    }

    @Test func aJudgmentThatCannotBeTakenIsOneLineAndChangesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try CLI.demoConfig(in: directory, extra: "  - name: second\n    seeds: \(SharedData.seeds.path)")
        #expect(try CLI.run(["run", "--once", "--config", config]).status == 0)
        let before = try Self.storyIDs(config)
        let id = String(try #require(before.min()))
        for (arguments, message) in [
            (["judge", "999999", "--related"], "no stored item has the id or link '999999'"),
            (["judge", id, "--related"], "name one with --story"),
            (["judge", id, "--unrelated", "--story", "nope"], "has no verdict for story 'nope'"),
        ] {
            let run = try CLI.run(arguments + ["--config", config])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(whereSeparator: \.isNewline).count == 1, "\(run.stderr)")
        }
        let noVerdict = try CLI.run(["judge", id, "--story", "second", "--config", config])
        #expect(noVerdict.status == 2 && noVerdict.stderr.contains("Missing one of: '--related', '--unrelated'"))
        #expect(try Self.storyIDs(config) == before)
    }

    @Test func aRunningDaemonLearnsAJudgmentAtItsNextCycle() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try CLI.demoConfig(in: directory, extra: "poll: {interval: 1s, min_interval: 1s}")
        #expect(try CLI.run(["run", "--once", "--config", config]).status == 0)
        let id = String(try #require(try Self.storyIDs(config).min()))
        let (process, log) = try CLI.startDaemon(config: config)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await CLI.eventually { log.text.contains("poll cycle done") })
        #expect(!log.text.contains("new judgments"))
        let judged = try CLI.run(["judge", id, "--unrelated", "--config", config])
        #expect(judged.status == 0, "\(judged.stderr)")
        #expect(try await CLI.eventually { log.text.contains("new judgments: the stories' models learnt them") })
        let cycles = log.text.components(separatedBy: "poll cycle done").count
        #expect(try await CLI.eventually { log.text.components(separatedBy: "poll cycle done").count > cycles })
        #expect(log.text.components(separatedBy: "new judgments").count == 2, "learnt once, not at every cycle")
        process.terminate()
        #expect(try await CLI.eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
    }

    /// A seed folder that cannot be read any more when a judgment comes (a binary file put in it):
    /// the stories keep their models and the daemon keeps polling.
    @Test func aJudgmentTheStoriesCannotLearnLeavesTheDaemonPolling() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let seeds = directory.url.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: SharedData.seeds, to: seeds)
        let config = try directory.write("feedwatch.yaml", """
            state: \(directory.path("state.sqlite"))
            feeds:
              - url: \(SharedData.packageRoot.appendingPathComponent("config/demo/asia-wire.xml").absoluteString)
            stories:
              - name: lavrov-myanmar
                seeds: \(seeds.path)
            poll: {interval: 1s, min_interval: 1s}
            fetch: {articles: never}
            """)
        #expect(try CLI.run(["run", "--once", "--config", config]).status == 0)
        let id = String(try #require(try Self.storyIDs(config).min()))
        let (process, log) = try CLI.startDaemon(config: config)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await CLI.eventually { log.text.contains("poll cycle done") })
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: seeds.appendingPathComponent("broken.txt"))
        #expect(try CLI.run(["judge", id, "--unrelated", "--config", config]).status == 0)
        #expect(try await CLI.eventually { log.text.contains("new judgments not learnt:") })
        let cycles = log.text.components(separatedBy: "poll cycle done").count
        #expect(try await CLI.eventually { log.text.components(separatedBy: "poll cycle done").count > cycles + 1 }, "polling goes on")
        #expect(log.text.components(separatedBy: "new judgments not learnt").count == 2, "said once")
        process.terminate()
        #expect(try await CLI.eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
    }
}
