@testable import FeedStore
import FeedAnalysis
import FeedParse
import FeedDaemon
import FeedTestSupport
import Foundation
import Testing

/// The built `feedwatch` binary, run as users and scripts run it.
@Suite(.serialized) struct CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        // The test runner sits in the same build folder as the executable.
        let runner = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return runner.deletingLastPathComponent().appendingPathComponent("feedwatch")
    }

    /// The binary with `arguments`, started through `launcher` when given (`prlimit --fsize=… --`,
    /// `setpriv …`), which then runs it.
    static func process(_ arguments: [String], launcher: [String] = []) -> Process {
        let process = Process()
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = launcher.dropFirst() + (launcher.isEmpty ? [] : [binary.path]) + arguments
        return process
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws -> Run {
        let process = process(arguments, launcher: launcher)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = SharedData.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes at once: a child that fills stderr (64 KB) while we wait on stdout would block.
        let errors = OutputCollector()
        let stderrRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errors.append(err.fileHandleForReading.readDataToEndOfFile())
            stderrRead.signal()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderrRead.wait()
        let stderr = Data(errors.text.utf8)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The shipped demo config, pointed at a temporary store, with `extra` YAML appended. Its items
    /// link to real sites, so their pages are never read.
    static func demoConfig(in directory: TemporaryDirectory, extra: String = "") throws -> String {
        let demo = SharedData.packageRoot.appendingPathComponent("config/demo")
        return try directory.write("demo.yaml", """
            state: \(directory.path("demo.sqlite"))
            feeds:
              - {url: \(demo.appendingPathComponent("asia-wire.xml").absoluteString), articles: never}
              - {url: \(demo.appendingPathComponent("daily-world.xml").absoluteString), articles: never}
              - {url: \(demo.appendingPathComponent("regional-atom.xml").absoluteString), articles: never}
            stories:
              - name: lavrov-myanmar
                seeds: \(SharedData.seeds.path)
            \(extra)
            """)
    }

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build it with swift build first")
    }

    /// Each command's help reads as paragraphs wrapped to the terminal: the argument parser wraps
    /// each line of a description on its own, so a line break inside a sentence shows as a ragged
    /// short line. Only an example starts a line of its own.
    @Test func everyCommandsHelpIsWrappedAsParagraphs() throws {
        let root = try Self.run(["--help"])
        let listed = root.stdout.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let commands = listed.split(separator: "\n").compactMap { line -> String? in
            // A command's name is indented by two; its description's later lines by more.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }
        #expect(commands.count == 18, "17 commands and help: \(root.stdout)")
        for command in [[]] + commands.map({ [$0] }) + [["feeds", "list"], ["feeds", "export"], ["feeds", "import"]] {
            let help = try Self.run(command + ["--help"])
            #expect(help.status == 0)
            let text = help.stdout.components(separatedBy: "USAGE:").first ?? ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty && !next.hasPrefix("Example:") {
                let nextWord = next.split(separator: " ").first?.count ?? 0
                // Lines are wrapped to at most 79 characters.
                #expect(line.count + 1 + nextWord > 79, "feedwatch \(command.joined(separator: " ")) --help breaks a sentence early: '\(line)'")
            }
        }
    }

    @Test func demoRunAlertsAndQueriesDecode() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try Self.demoConfig(in: directory)
        let run = try Self.run(["run", "--once", "--config", config])
        #expect(run.status == 0, "\(run.stderr)")
        let alerts = run.stderr.split(separator: "\n").filter { $0.contains(" related story=") }
        #expect(alerts.count == 3)
        for alert in alerts {
            for key in ["story=lavrov-myanmar", "score=", "link=", "feed=", "matched=", "title="] { #expect(alert.contains(key)) }
        }

        let stories = try Self.run(["stories", "--format", "json", "--config", config])
        #expect(stories.status == 0)
        let storyRows = try #require(try JSONSerialization.jsonObject(with: Data(stories.stdout.utf8)) as? [[String: Any]])
        #expect(storyRows.count == 3)
        for row in storyRows {
            #expect(Set(row.keys) == ["id", "story", "title", "link", "feed", "published", "score", "matched"])
            #expect((row["published"] as? String)?.hasSuffix("Z") == true)
            #expect(row["matched"] is [String])
        }

        let items = try Self.run(["items", "--format", "json", "--config", config])
        let itemRows = try #require(try JSONSerialization.jsonObject(with: Data(items.stdout.utf8)) as? [[String: Any]])
        #expect(itemRows.count == 9)
        #expect(Set(itemRows.compactMap { $0["verdict"] as? String }) == ["related", "duplicate", "unrelated"])

        let duplicates = try Self.run(["duplicates", "--format", "json", "--config", config])
        let duplicateRows = try #require(try JSONSerialization.jsonObject(with: Data(duplicates.stdout.utf8)) as? [[String: Any]])
        #expect(duplicateRows.count == 2)
        let original = try #require(duplicateRows.first?["duplicate_of"] as? [String: Any])
        #expect(original["kind"] as? String == "item")

        let feeds = try Self.run(["feeds", "--format", "json", "--config", config])
        let feedRows = try #require(try JSONSerialization.jsonObject(with: Data(feeds.stdout.utf8)) as? [[String: Any]])
        #expect(feedRows.count == 3)
        for row in feedRows {
            #expect(Set(row.keys) == [
                "url", "configured_url", "title", "status", "last_attempt", "last_success", "consecutive_errors", "next_due",
                "items", "related", "disabled", "pages_fetched", "pages_failed", "page_error", "page_failures_by_host",
            ])
            #expect(row["pages_fetched"] as? Int == 0)
            #expect(row["status"] as? String == "200")
            #expect(row["items"] as? Int == 3)
        }
        #expect(feedRows.compactMap { $0["related"] as? Int }.reduce(0, +) == 3)

        // explain: a duplicate's comparison with its original, by id and by link.
        let copy = try #require(duplicateRows.first)
        let explained = try Self.run(["explain", String(copy["id"] as? Int ?? 0), "--format", "json", "--config", config])
        #expect(explained.status == 0, "\(explained.stderr)")
        let explanation = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
        #expect(Set(explanation.keys) == ["id", "title", "link", "feed", "published", "first_seen", "shingles", "article", "article_url", "verdicts"])
        #expect(explanation["article"] is NSNull, "the demo's feeds are set to articles: never")
        let verdict = try #require((explanation["verdicts"] as? [[String: Any]])?.first)
        #expect(verdict["verdict"] as? String == "duplicate")
        let comparisons = try #require(verdict["comparisons"] as? [[String: Any]])
        let withOriginal = try #require(comparisons.first { $0["ref"] as? String == original["ref"] as? String })
        #expect((withOriginal["shared_shingles"] as? Int ?? 0) > 0)
        #expect((withOriginal["containment"] as? Double ?? 0) >= 0.7)
        let related = try #require(storyRows.first)
        let byLink = try Self.run(["explain", related["link"] as? String ?? "", "--config", config])
        #expect(byLink.stdout.contains("RELATED") && byLink.stdout.contains("matched: ") && byLink.stdout.contains("threshold 0.0"))
        let unknown = try Self.run(["explain", "https://nowhere.test/none", "--config", config])
        #expect(unknown.status == 2 && unknown.stderr.contains("feedwatch items"))

        let again = try Self.run(["run", "--once", "--config", config])
        #expect(again.status == 0)
        #expect(!again.stderr.contains(" related story="))

        let table = try Self.run(["stories", "--config", config], environment: ["COLUMNS": "100"])
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(table.stdout.hasPrefix("ID"))
    }

    /// The seeds report a visit to Myanmar: `explain` says that a report of the minister in
    /// Cambodia, which never names Myanmar, happens elsewhere, that one naming only Russia names
    /// another country, and how much each lowered the score and why: each keeps the fixed share
    /// (0.5 and 0.75) as if 10 items had shown it, against one stored item with a term of its own
    /// that names a place and not Myanmar, so 5/11 and 7.5/11.
    @Test func explainSaysWhenAnItemHappensElsewhere() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = FeedBuilder(title: "Wire", items: [
            .init(
                title: "Lavrov arrives in Phnom Penh for regional talks",
                link: "https://wire.test/lavrov-phnom-penh",
                description: "Russian Foreign Minister Sergei Lavrov met his counterparts at the ASEAN meeting in Cambodia."),
            .init(
                title: "Lavrov says Russia will answer the new sanctions",
                link: "https://wire.test/lavrov-sanctions",
                description: "The foreign minister spoke to reporters after the talks."),
        ])
        let config = try Self.oneFeedConfig(in: directory, feed: feed, story: "lavrov-myanmar", seeds: SharedData.seeds.path)
        #expect(try Self.run(["run", "--once", "--config", config]).status == 0)
        let explained = try Self.run(["explain", "https://wire.test/lavrov-phnom-penh", "--format", "json", "--config", config])
        #expect(explained.status == 0, "\(explained.stderr)")
        let explanation = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
        let verdict = try #require((explanation["verdicts"] as? [[String: Any]])?.first)
        let elsewhere = try #require(verdict["elsewhere"] as? [String: Any])
        #expect(elsewhere["item"] as? String == "Cambodia")
        #expect(elsewhere["story"] as? [String] == ["Myanmar"])
        #expect(elsewhere["cited"] as? Bool == true)
        #expect(abs((elsewhere["share"] as? Double ?? 0) - 5.0 / 11) < 1e-9)
        let evidence = try #require(elsewhere["evidence"] as? [String: Any])
        #expect(evidence["placed"] as? Int == 1 && evidence["in_setting"] as? Int == 0)
        let text = try Self.run(["explain", "https://wire.test/lavrov-phnom-penh", "--config", config]).stdout
        #expect(text.contains("happens in Cambodia, and the story in Myanmar, which the item does not name: its score now counts 0.455 of its match"))
        #expect(text.contains(": 0 of the 1 item seen holding it that names a place names Myanmar)"), "\(text)")
        let named = try Self.run(["explain", "https://wire.test/lavrov-sanctions", "--config", config]).stdout
        #expect(named.contains("names Russia and not the story's Myanmar: its score now counts 0.682"), "\(named)")
    }

    /// A report on one seed's side of the story fits that seed better alone than the two seeds
    /// together (`NearestSeedTests`): `explain` names the seed and what the item scored against it.
    /// An item set elsewhere is left to the whole profile.
    @Test func explainNamesTheSeedAnItemFitsBestAlone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for seed in [NearestSeedTests.quake, NearestSeedTests.tsunami] { try directory.write("seeds/\(seed.name)", seed.text) }
        let feed = FeedBuilder(title: "Wire", items: [
            .init(title: "Pacific tsunami warning lifted", link: "https://wire.test/tsunami", description: "Fishermen return boats to port."),
            .init(title: "Tsunami warning lifted in Japan", link: "https://wire.test/japan", description: "Fishermen return boats to port."),
        ])
        let config = try Self.oneFeedConfig(in: directory, feed: feed, story: "chile", seeds: directory.path("seeds"))
        #expect(try Self.run(["run", "--once", "--config", config]).status == 0)
        let verdict = { (link: String) throws -> [String: Any] in
            let explained = try Self.run(["explain", link, "--format", "json", "--config", config])
            let explanation = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
            return try #require((explanation["verdicts"] as? [[String: Any]])?.first)
        }
        let tsunami = try verdict("https://wire.test/tsunami")
        let nearest = try #require(tsunami["nearest_seed"] as? [String: Any], "\(tsunami)")
        #expect(nearest["seed"] as? String == NearestSeedTests.tsunami.name)
        #expect(nearest["share"] as? Double == StoryProfile.nearestSeedShare)
        let alone = try #require(nearest["score"] as? Double)
        #expect(abs(try #require(tsunami["score_now"] as? Double) - alone * StoryProfile.nearestSeedShare) < 1e-9)
        let japan = try verdict("https://wire.test/japan")
        #expect(japan["nearest_seed"] is NSNull && japan["elsewhere"] is [String: Any], "\(japan)")
        let text = try Self.run(["explain", "https://wire.test/tsunami", "--config", config]).stdout
        #expect(text.contains("fits seed tsunami.txt alone better than the story's whole profile: it scores "), "\(text)")
    }

    /// A config that reads `feed` from a file, without fetching pages, for one story.
    static func oneFeedConfig(in directory: TemporaryDirectory, feed: FeedBuilder, story: String, seeds: String) throws -> String {
        let feedPath = try directory.write("wire.xml", feed.xml)
        return try directory.write("config.yaml", """
            state: \(directory.path("state.sqlite"))
            feeds:
              - {url: \(URL(fileURLWithPath: feedPath).absoluteString), articles: never}
            stories:
              - name: \(story)
                seeds: \(seeds)
            """)
    }

    @Test func listingsFilterByWhenItemsWereSeenAndSpeakCSV() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // The store is filled by a real `run --once` over HTTP on loopback: the demo feeds, served.
        let demo = SharedData.packageRoot.appendingPathComponent("config/demo")
        let server = try await LoopbackHTTPServer.start { request in
            guard let body = FileManager.default.contents(atPath: demo.appendingPathComponent(String(request.path.dropFirst())).path) else {
                return .status(404)
            }
            return TestResponse(status: 200, headers: [("Content-Type", "application/xml")], body: Array(body))
        }
        let config = try directory.write("demo.yaml", """
            state: \(directory.path("demo.sqlite"))
            feeds:
            \(["asia-wire.xml", "daily-world.xml", "regional-atom.xml"].map { "  - url: \(server.url("/" + $0))" }.joined(separator: "\n"))
            stories:
              - name: lavrov-myanmar
                seeds: \(SharedData.seeds.path)
            fetch: {articles: never}
            """)
        #expect(try Self.run(["run", "--once", "--config", config]).status == 0)
        #expect(server.requests.count == 3)
        func count(_ arguments: [String]) throws -> Int {
            let run = try Self.run(arguments + ["--format", "json", "--config", config])
            #expect(run.status == 0, "\(run.stderr)")
            return (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any])?.count ?? -1
        }
        #expect(try count(["items", "--since", "1h"]) == 9, "just seen")
        #expect(try count(["items", "--until", "1h"]) == 0)
        #expect(try count(["stories", "--since", "2000-01-01", "--until", "2999-01-01T00:00:00Z"]) == 3)
        #expect(try count(["stories", "--min-score", "0"]) == 3)
        #expect(try count(["stories", "--min-score", "0.99"]) == 0)
        #expect(try count(["duplicates", "--since", "2999-01-01"]) == 0)

        let csv = try Self.run(["items", "--format", "csv", "--config", config])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,story,verdict,score,title,link,feed,published")
        #expect(lines.count == 1 + 9)
        let feeds = try Self.run(["feeds", "--format", "csv", "--config", config])
        #expect(feeds.stdout.hasPrefix("url,configured_url,title,status,last_attempt"))

        struct Stats: Decodable {
            struct Counts: Decodable, Equatable { let related, duplicate, unrelated: Int }
            struct Feed: Decodable { let feed: String; let items: Int; let verdicts: Counts }
            struct Day: Decodable { let day: String; let items: Int }
            let database_bytes, feeds, items: Int
            let verdicts: Counts
            let by_feed: [Feed]
            let by_day: [Day]
        }
        let stats = try JSONDecoder().decode(Stats.self, from: Data(try Self.run(["stats", "--format", "json", "--config", config]).stdout.utf8))
        #expect(stats.items == 9 && stats.feeds == 3 && stats.database_bytes > 0)
        #expect(stats.verdicts == .init(related: 3, duplicate: 2, unrelated: 4))
        #expect(stats.by_feed.map(\.items).reduce(0, +) == 9)
        #expect(stats.by_day.count == 1 && stats.by_day[0].items == 9)
        let none = try JSONDecoder().decode(Stats.self, from: Data(try Self.run(["stats", "--since", "2999-01-01", "--format", "json", "--config", config]).stdout.utf8))
        #expect(none.items == 0 && none.by_day.isEmpty)
        #expect(try Self.run(["stats", "--config", config]).stdout.hasPrefix("9 items from 3 feeds"))

        // show: a story with where its copies appeared.
        let copiesRun = try Self.run(["duplicates", "--format", "json", "--config", config])
        let copy = try #require((try JSONSerialization.jsonObject(with: Data(copiesRun.stdout.utf8)) as? [[String: Any]])?.first {
            ($0["duplicate_of"] as? [String: Any])?["kind"] as? String == "item"
        })
        let originalID = try #require((copy["duplicate_of"] as? [String: Any])?["ref"] as? String)
        let shown = try Self.run(["show", originalID, "--format", "json", "--config", config])
        #expect(shown.status == 0, "\(shown.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == [
            "id", "title", "link", "feed", "published", "first_seen", "summary", "article", "verdicts", "copies", "first_published",
        ])
        #expect(report["article"] is NSNull)
        let first = try #require(report["first_published"] as? [String: Any])
        #expect(Set(first.keys) == ["id", "feed", "published", "first_seen", "verdict"])
        let copies = try #require(report["copies"] as? [[String: Any]])
        #expect(copies.contains { $0["id"] as? Int == copy["id"] as? Int && $0["copy_of"] as? Int == Int(originalID) })
        #expect(copies.allSatisfy { ($0["feed"] as? String)?.hasPrefix("http://127.0.0.1:") == true && $0["first_seen"] is String })
        let copiesCSV = try Self.run(["show", originalID, "--format", "csv", "--config", config]).stdout
        #expect(copiesCSV.hasPrefix("id,story,title,link,feed,published,first_seen,similarity,copy_of\r\n"))
        #expect(copiesCSV.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + copies.count)
        let statsCSV = try Self.run(["stats", "--format", "csv", "--config", config]).stdout.components(separatedBy: "\r\n")
        #expect(statsCSV.first == "scope,name,items,related,duplicate,unrelated")
        #expect(statsCSV.contains("total,,9,3,2,4"))
        let explainedCSV = try Self.run(["explain", originalID, "--format", "csv", "--config", config]).stdout.components(separatedBy: "\r\n")
        #expect(explainedCSV.first?.hasPrefix("id,story,verdict,score,threshold,score_now,matched,missing,closest_kind") == true)
        #expect(explainedCSV.filter { !$0.isEmpty }.count == 2)
        let missing = try Self.run(["show", "999999", "--config", config])
        #expect(missing.status == 2 && missing.stderr.contains("no stored item"))

        // Full-text search: FTS5 syntax over titles and text, best match first.
        let found = try Self.run(["search", "naypyidaw AND lavrov", "--format", "json", "--config", config])
        #expect(found.status == 0, "\(found.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]])
        #expect(!hits.isEmpty && hits.allSatisfy { ($0["snippet"] as? String)?.contains("[") == true })
        #expect(try count(["search", "title:naypyidaw"]) == 1)
        #expect(try count(["search", "title:naypyidaw", "--verdict", "unrelated"]) == 0)
        #expect(try count(["search", "zzzunknownword"]) == 0)
        // The index follows deletions of indexed items (retention will prune text this way).
        let naypyidaw = try #require(hits.first?["id"] as? Int)
        try await SQLiteShell.run(path: directory.path("demo.sqlite"), "DELETE FROM items WHERE id = \(naypyidaw)")
        let after = try Self.run(["search", "naypyidaw AND lavrov", "--format", "json", "--config", config])
        #expect(!after.stdout.contains("\"id\" : \(naypyidaw),"))
        try await SQLiteShell.run(path: directory.path("demo.sqlite"), "INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
        try await server.stop()
        let badQuery = try Self.run(["search", "\"foreign minister", "--config", config])
        #expect(badQuery.status == 2 && badQuery.stderr.contains("is not a valid full-text query"))

        let noStory = try Self.run(["items", "--story", "nope", "--config", config])
        #expect(noStory.status == 2 && noStory.stderr.contains("no story 'nope'") && noStory.stderr.split(separator: "\n").count == 1)
        let bad = try Self.run(["stories", "--since", "yesterday", "--config", config])
        #expect(bad.status == 2)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(bad.stderr.contains("--since: 'yesterday' is neither a date"))
    }

    @Test func migrateBringsAnOldStoreUpToDateAndRefusesANewerOne() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try Self.demoConfig(in: directory)
        let path = directory.path("demo.sqlite")
        // A store as the first release wrote it.
        try await SQLiteShell.run(path: path, Migration.all[0].sql + "; PRAGMA user_version = 1;")
        let migrated = try Self.run(["migrate", "--config", config])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(migrated.stdout.contains("migrated to schema version \(Migration.latestVersion)"))
        #expect(migrated.stdout.contains("applied 2: ") && migrated.stdout.contains("applied 3: "))
        #expect(try Self.run(["migrate", "--config", config]).stdout.contains("up to date"))
        #expect(try Self.run(["run", "--once", "--config", config]).status == 0, "the migrated store works")

        try await SQLiteShell.run(path: path, "PRAGMA user_version = 99")
        let refused = try Self.run(["migrate", "--config", config])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("schema version 99 is newer") && refused.stderr.contains("left untouched"))
        #expect(try SQLiteShell.userVersion(path: path) == 99)
    }

    @Test func seedsAndTheOPMLExportDescribeTheConfiguration() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try Self.demoConfig(in: directory)
        // Before any run there is no store: the seeds are weighed against the prior.
        let seeds = try Self.run(["seeds", "--format", "json", "--terms", "5", "--config", config])
        #expect(seeds.status == 0, "\(seeds.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(seeds.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == (try SharedData.seedTexts().count))
        for row in rows {
            #expect(Set(row.keys) == ["story", "file", "title", "bytes", "words", "top_terms"])
            #expect((row["top_terms"] as? [String])?.count == 5)
            #expect((row["bytes"] as? Int ?? 0) > (row["words"] as? Int ?? 0))
        }
        #expect(rows.allSatisfy { ($0["top_terms"] as? [String])?.contains("lavrov") == true })
        #expect(try Self.run(["seeds", "--story", "nope", "--config", config]).status == 2)

        #expect(try Self.run(["run", "--once", "--config", config]).status == 0)
        let export = try Self.run(["feeds", "export", "--config", config])
        #expect(export.status == 0, "\(export.stderr)")
        let opml = try directory.write("feeds.opml", export.stdout)
        let outlines = try OPMLReader.feeds(in: Data(contentsOf: URL(fileURLWithPath: opml)), file: opml)
        let configured = try ConfigLoader.load(path: config).feeds.map(\.url)
        #expect(outlines.map(\.url) == configured)
        #expect(export.stdout.contains("title=\"Asia Wire (demo)\""), "titles from the polled feeds")

        // Import: a reader's OPML with one feed already configured and one new.
        let demo = SharedData.packageRoot.appendingPathComponent("config/demo")
        let reader = try directory.write("reader.opml", """
            <?xml version="1.0"?><opml version="2.0"><head><title>My reader</title></head><body>
            <outline text="World"><outline type="rss" text="Asia" xmlUrl="\(demo.appendingPathComponent("asia-wire.xml").absoluteString)"/>
            <outline type="rss" text="New one" xmlUrl="https://new-outlet.test/rss"/></outline></body></opml>
            """)
        let before = try String(contentsOfFile: config, encoding: .utf8)
        let imported = try Self.run(["feeds", "import", reader, "--config", config])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 new feeds (1 already configured)"))
        let after = try ConfigLoader.load(path: config)
        #expect(Set(after.feeds.map(\.url)) == Set(configured + ["https://new-outlet.test/rss"]))
        #expect(try String(contentsOfFile: config, encoding: .utf8).hasPrefix(before.components(separatedBy: "feeds:")[0]), "the rest of the file stays")
        #expect(try Self.run(["feeds", "import", reader, "--config", config]).stdout.contains("nothing changed"))
        let broken = try directory.write("broken.opml", "<opml><body><outline xmlUrl=")
        let refused = try Self.run(["feeds", "import", broken, "--config", config])
        #expect(refused.status == 2 && refused.stderr.contains("broken.opml"))
        #expect(try ConfigLoader.load(path: config).feeds.count == after.feeds.count)
    }

    @Test func aStoryExportsAsAtomJSONFeedAndCSVThatParseBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try Self.demoConfig(in: directory)
        #expect(try Self.run(["run", "--once", "--config", config]).status == 0)
        let stories = try JSONSerialization.jsonObject(with: Data(try Self.run(["stories", "--format", "json", "--config", config]).stdout.utf8))
        let expected = try #require(stories as? [[String: Any]])
        for format in ["atom", "jsonfeed"] {
            let export = try Self.run(["export", "--story", "lavrov-myanmar", "--format", format, "--config", config])
            #expect(export.status == 0, "\(export.stderr)")
            let feed = try FeedParser.parse(Data(export.stdout.utf8), url: "file:///export")
            #expect(feed.format == (format == "atom" ? .atom : .json))
            #expect(feed.title == "feedwatch: lavrov-myanmar")
            #expect(feed.entries.map(\.title) == expected.compactMap { $0["title"] as? String })
            #expect(feed.entries.map(\.link) == expected.map { $0["link"] as? String })
            #expect(Set(feed.entries.map(\.id)).count == expected.count && feed.entries.allSatisfy { $0.id.hasPrefix("tag:feedwatch.invalid,2022:item/") })
            #expect(feed.entries.allSatisfy { $0.summary.hasPrefix("Related to lavrov-myanmar (score ") || $0.content.hasPrefix("Related to") })
            #expect(feed.warnings.isEmpty, "\(feed.warnings)")
        }
        let csv = try Self.run(["export", "--story", "lavrov-myanmar", "--format", "csv", "--config", config])
        #expect(csv.stdout.hasPrefix("id,story,title,link,feed,published,score,matched\r\n"))
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + expected.count)
        // The spread over time: per day by publication time, with a chart.
        let timeline = try Self.run(["timeline", "--story", "lavrov-myanmar", "--format", "json", "--config", config])
        let days = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [[String: Any]])
        #expect(days.compactMap { $0["related"] as? Int }.reduce(0, +) == expected.count)
        #expect(days.compactMap { $0["copies"] as? Int }.reduce(0, +) == 2)
        #expect(days.compactMap { $0["period"] as? String } == days.compactMap { $0["period"] as? String }.sorted())
        #expect(days.allSatisfy { (($0["outlets"] as? [[String: Any]])?.isEmpty) == false })
        #expect(days.allSatisfy { ($0["first"] as? [String: Any])?["id"] is Int }, "each day names its first publication")
        let svg = try Self.run(["timeline", "--format", "svg", "--config", config]).stdout
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.hasSuffix("</svg>\n"))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 2 * days.count + 2, "two bars a day and the legend")
        let hourly = try Self.run(["timeline", "--hourly", "--format", "csv", "--config", config])
        #expect(hourly.stdout.hasPrefix("period,related,copies,outlets,first_id,first_feed,first_published\r\n2022-08-0"))

        let unknown = try Self.run(["export", "--story", "nope", "--config", config])
        #expect(unknown.status == 2 && unknown.stderr.contains("no story 'nope'"))
    }

    @Test func aLockedDatabaseIsOneLineAndChangesNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try Self.demoConfig(in: directory)
        #expect(try Self.run(["run", "--once", "--config", config]).status == 0)
        let before = try Self.run(["stats", "--format", "json", "--config", config]).stdout
        // Another writer holds the database past the 5-s busy timeout.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [directory.path("demo.sqlite")]
        let input = Pipe()
        holder.standardInput = input
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nUPDATE feeds SET title = title;\n".utf8))
        try await Task.sleep(for: .milliseconds(300))
        let blocked = try Self.run(["run", "--once", "--config", config])
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("locked by another process") && blocked.stderr.split(separator: "\n").count == 1, "\(blocked.stderr)")
        #expect(try Self.run(["stats", "--format", "json", "--config", config]).stdout == before, "nothing was changed")
    }

    @Test func inspectPrintsEveryKeyWithNulls() throws {
        let path = SharedData.corpus("rome/rome/src/test/data/rss_1.0.xml").path
        let run = try Self.run(["inspect", "--format", "json", path])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "rdf")
        let entry = try #require((object["entries"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys).isSuperset(of: ["id", "title", "link", "published", "updated", "summary", "content", "authors", "categories"]))
        #expect(entry["updated"] is NSNull)

        let several = try Self.run(["inspect", "--format", "json", path, path])
        #expect(several.stdout.split(separator: "\n").count == 2)
    }

    @Test func extractPrintsTheArticleAsTextAndAsJSON() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let page = try directory.write("story.html", PageExtractorTests.newsPage)
        let json = try Self.run(["extract", "--format", "json", page])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["source", "url", "canonical", "title", "published", "text", "words", "warnings"])
        #expect(object["source"] as? String == page)
        #expect(object["url"] as? String == URL(fileURLWithPath: page).absoluteString)
        #expect(object["title"] as? String == "Minister visits Naypyidaw")
        #expect(object["published"] as? String == "2022-08-03T09:15:00Z")
        #expect(object["canonical"] as? String == "file:///world/2022/08/03/minister-visits")
        #expect((object["text"] as? String)?.hasPrefix("The foreign minister arrived") == true)
        #expect((object["words"] as? Int ?? 0) > 60)

        let bare = try directory.write("bare.html", "<html><body><p>Too short.</p></body></html>")
        let nulls = try Self.run(["extract", "--format", "json", bare, page])
        let lines = nulls.stdout.split(separator: "\n")
        #expect(lines.count == 2, "several pages print one object a line")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["title"] is NSNull && first["published"] is NSNull && first["canonical"] is NSNull)

        let text = try Self.run(["extract", page])
        #expect(text.stdout.hasPrefix("\(page): \"Minister visits Naypyidaw\""))
        #expect(text.stdout.contains("\n\nThe foreign minister arrived"))

        let binary = try directory.write("image.html", String(decoding: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D] + Array(repeating: UInt8(1), count: 64), as: UTF8.self))
        let refused = try Self.run(["extract", binary, page])
        #expect(refused.status == 1, "a page that cannot be read fails the run, after the others are printed")
        #expect(refused.stderr.hasPrefix("feedwatch: \(binary): the page is binary, not HTML ("), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(refused.stdout.contains("The foreign minister arrived"))
        #expect(try Self.run(["extract"]).status == 2)
    }

    @Test func badInputGetsOneLineAndTheRightExitCode() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missingConfig = try Self.run(["stories", "--config", directory.path("nope.yaml")])
        #expect(missingConfig.status == 2)
        #expect(missingConfig.stderr.split(separator: "\n").count == 1)
        #expect(missingConfig.stderr.contains("nope.yaml"))

        let config = try Self.demoConfig(in: directory)
        let noDatabase = try Self.run(["stories", "--config", config])
        #expect(noDatabase.status == 1)
        #expect(noDatabase.stderr.contains("run --once"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("demo.sqlite")))

        let badOption = try Self.run(["items", "--verdict", "maybe", "--config", config])
        #expect(badOption.status == 2)

        let fromEnvironment = try Self.run(["stories"], environment: ["FEEDWATCH_CONFIG": directory.path("env.yaml")])
        #expect(fromEnvironment.stderr.contains("env.yaml"))

        let notAFeed = try Self.run(["inspect", "/etc/hostname"])
        #expect(notAFeed.status == 1)
        #expect(notAFeed.stderr.hasPrefix("feedwatch: /etc/hostname: "))
    }

    @Test func daemonFinishesACycleAndExitsZeroOnSIGTERM() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (process, log) = try Self.startDaemon(config: try Self.demoConfig(in: directory))
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await Self.eventually { log.text.contains("poll cycle done") })
        #expect(log.text.contains("3 related"))
        process.terminate()
        #expect(try await Self.eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
        #expect(log.text.contains("feedwatch daemon stopped"))
    }

    /// Starts `feedwatch run` (the daemon) on a config, collecting its log.
    static func startDaemon(config: String, environment: [String: String] = [:], launcher: [String] = []) throws -> (Process, OutputCollector) {
        let process = process(["run", "--config", config], launcher: launcher)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stderr = Pipe()
        let log = OutputCollector()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        // A plain reading thread: Foundation's readabilityHandler leaves allocations behind that
        // LeakSanitizer reports in the CI's AddressSanitizer run.
        let handle = stderr.fileHandleForReading
        DispatchQueue.global().async {
            while case let chunk = handle.availableData, !chunk.isEmpty { log.append(chunk) }
        }
        try process.run()
        return (process, log)
    }

    /// Waits (up to a minute) for a condition a child process brings about.
    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        let started = Date()
        while !condition() {
            if Date().timeIntervalSince(started) > 60 { return false }
            try await Task.sleep(for: .milliseconds(50))
        }
        return true
    }

    @Test func sighupReloadsFeedsAndStoriesAndABadConfigKeepsTheRunningOne() async throws {
        let server = try await LoopbackHTTPServer.start { _ in .feed(SchedulerTests.feedXML) }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        func config(feeds: [String], extra: String = "") throws -> String {
            try directory.write("feedwatch.yaml", """
                state: \(directory.path("state.sqlite"))
                feeds:
                \(feeds.map { "  - url: \(server.url($0))" }.joined(separator: "\n"))
                fetch: {articles: never}
                stories:
                  - name: lavrov-myanmar
                    seeds: \(SharedData.seeds.path)
                \(extra)
                """)
        }
        let path = try config(feeds: ["/a.xml"])
        let (process, log) = try Self.startDaemon(config: path)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await Self.eventually { log.text.contains("poll cycle done") })

        _ = try config(feeds: ["/b.xml"], extra: "  - name: second\n    seeds: \(SharedData.seeds.path)")
        kill(process.processIdentifier, SIGHUP)
        #expect(try await Self.eventually { !server.requests(to: "/b.xml").isEmpty }, "the added feed is polled without a restart")
        #expect(log.text.contains("2 stories (1 added, 0 removed)"))
        #expect(log.text.contains("1 feeds (1 added, 1 removed)"))

        _ = try config(feeds: ["/c.xml"], extra: "poll: {interval: nonsense}")
        kill(process.processIdentifier, SIGHUP)
        #expect(try await Self.eventually { log.text.contains("the configuration was not reloaded") })
        #expect(log.text.contains("poll.interval"))
        #expect(server.requests(to: "/c.xml").isEmpty)
        #expect(server.requests(to: "/a.xml").count == 1, "a removed feed is not polled")

        process.terminate()
        #expect(try await Self.eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
        try await server.stop()
    }

    @Test func sigtermCancelsFetchesStillRunningAfterTheDrainBound() async throws {
        let server = try await LoopbackHTTPServer.start { _ in TestResponse.feed(SchedulerTests.feedXML).stallingBody(120) }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("feedwatch.yaml", """
            state: \(directory.path("state.sqlite"))
            feeds:
              - url: \(server.url("/stalled.xml"))
            stories:
              - name: lavrov-myanmar
                seeds: \(SharedData.seeds.path)
            fetch: {timeout: 300s, articles: never}
            poll: {drain: 1s}
            """)
        let (process, log) = try Self.startDaemon(config: path)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await Self.eventually { !server.requests(to: "/stalled.xml").isEmpty })
        let stopping = Date()
        process.terminate()
        #expect(try await Self.eventually { !process.isRunning })
        #expect(Date().timeIntervalSince(stopping) < 30, "bounded by poll.drain, not by the 300 s fetch timeout")
        #expect(process.terminationStatus == 0)
        #expect(log.text.contains("cancelling 1 fetch(es) still running"))
        // The cancelled fetch is not an error of the feed's: it stays due for the next start.
        let feeds = try Self.run(["feeds", "--config", path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(feeds.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["consecutive_errors"] as? Int == 0)
        try await server.stop()
    }
}

/// Collects a child process's output as it arrives.
final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
