import FeedCore
import FeedDaemon
import FeedTestSupport
import Foundation
import Testing

@Suite struct ConfigLoaderTests {
    private func load(_ yaml: String, extra: [String: String] = [:]) throws -> (Configuration, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        for (name, text) in extra { try directory.write(name, text) }
        try directory.write("seeds/one.txt", "A seed article\n\nWith some text.")
        let path = try directory.write("conf/feedwatch.yaml", yaml)
        return (try ConfigLoader.load(path: path), directory)
    }

    private func loadError(_ yaml: String) throws -> String {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("seeds/one.txt", "A seed")
        let path = try directory.write("conf/feedwatch.yaml", yaml)
        do {
            _ = try ConfigLoader.load(path: path)
            return "no error"
        } catch let error as FeedwatchError {
            #expect(error.kind == .usage)
            return error.message
        }
    }

    @Test func shippedConfigsLoad() throws {
        for name in ["feedwatch.yaml", "demo.yaml"] {
            let configuration = try ConfigLoader.load(path: SharedData.packageRoot.appendingPathComponent("config/\(name)").path)
            #expect(configuration.stories.map(\.name) == ["lavrov-myanmar"])
            #expect(configuration.stories[0].seedsDirectory == SharedData.seeds.path)
            #expect(configuration.feeds.count >= 3)
        }
    }

    @Test func shippedConfigExpandsItsOPML() throws {
        let configuration = try ConfigLoader.load(path: SharedData.packageRoot.appendingPathComponent("config/feedwatch.yaml").path)
        #expect(configuration.feeds.contains { $0.url == "https://foreignpolicy.com/feed/" && $0.origin.contains("feeds.opml") })
    }

    @Test func relativePathsResolveAgainstTheConfigFolder() throws {
        let (configuration, directory) = try load("""
            state: ../state/db.sqlite
            feeds:
              - url: file:local/feed.xml
              - url: https://example.test/rss
                interval: 2h
            stories:
              - name: s1
                seeds: ../seeds
                threshold: 0.3
                adaptive: true
            analysis:
              adaptive_weight: 0.25
              best_fit_share: 0
            poll:
              interval: 5m
              min_interval: 2m
              drain: 20s
            fetch:
              max_body: 2MB
              per_host: 3
            retention:
              unrelated_text: 7d
            """)
        defer { directory.remove() }
        #expect(configuration.statePath == directory.url.appendingPathComponent("state/db.sqlite").path)
        #expect(configuration.feeds[0].url == URL(fileURLWithPath: directory.path("conf/local/feed.xml")).absoluteString)
        #expect(configuration.feeds[0].intervalSeconds == nil)
        #expect(configuration.feeds[1].intervalSeconds == 7200)
        #expect(configuration.stories[0].threshold == 0.3)
        #expect(configuration.stories[0].adaptive)
        #expect(configuration.analysis.adaptiveWeight == 0.25)
        #expect(configuration.analysis.bestFitShare == 0)
        #expect(configuration.poll.intervalSeconds == 300)
        #expect(configuration.poll.minIntervalSeconds == 120)
        #expect(configuration.poll.drainSeconds == 20)
        #expect(configuration.fetch.maxBodyBytes == 2 * 1024 * 1024)
        #expect(configuration.fetch.perHost == 3)
        #expect(configuration.unrelatedTextRetentionSeconds == Double(7 * 86_400))
        let (forever, other) = try load("state: x\nstories:\n  - {name: s, seeds: ../seeds}\nretention: {unrelated_text: forever}\n")
        defer { other.remove() }
        #expect(forever.unrelatedTextRetentionSeconds == nil)
    }

    @Test func errorsNameFileLineAndKey() throws {
        let unknown = try loadError("state: x.sqlite\nstories:\n  - name: s\n    seeds: ../seeds\n    seed_dir: oops\n")
        #expect(unknown.contains("feedwatch.yaml:5: stories[0].seed_dir: unknown key"))
        let badURL = try loadError("state: x.sqlite\nfeeds:\n  - url: ftp://x.test/a\nstories:\n  - name: s\n    seeds: ../seeds\n")
        #expect(badURL.contains("feedwatch.yaml:3: feeds[0].url: unsupported URL scheme 'ftp'"))
        let missingSeeds = try loadError("state: x.sqlite\nstories:\n  - name: s\n    seeds: ../nowhere\n")
        #expect(missingSeeds.contains("stories[0].seeds: folder") && missingSeeds.contains("does not exist"))
        let duplicateStory = try loadError("state: x\nstories:\n  - {name: s, seeds: ../seeds}\n  - {name: s, seeds: ../seeds}\n")
        #expect(duplicateStory.contains("defined twice"))
        let badDuration = try loadError("state: x\npoll:\n  interval: soon\nstories:\n  - {name: s, seeds: ../seeds}\n")
        #expect(badDuration.contains("poll.interval: expected a duration"))
        let inverted = try loadError("state: x\npoll:\n  min_interval: 2h\n  max_interval: 1h\nstories:\n  - {name: s, seeds: ../seeds}\n")
        #expect(inverted.contains("feedwatch.yaml:3: poll.min_interval: poll.min_interval is longer than poll.max_interval"))
        let share = try loadError("state: x\nanalysis:\n  best_fit_share: 1.5\nstories:\n  - {name: s, seeds: ../seeds}\n")
        #expect(share.contains("feedwatch.yaml:3: analysis.best_fit_share: "), "\(share)")
        let notYAML = try loadError("state: [unclosed\n")
        #expect(notYAML.contains("not valid YAML"))
        let noStories = try loadError("state: x\n")
        #expect(noStories.contains("missing key 'stories'"))
    }

    @Test func alertHooksAndMetricsAreOffUntilConfigured() throws {
        let story = "stories:\n  - {name: s, seeds: ../seeds}\n"
        let (plain, plainFolder) = try load("state: x.sqlite\n" + story)
        defer { plainFolder.remove() }
        #expect(!plain.alerts.isEnabled && plain.metrics == MetricsSettings())

        let (configured, folder) = try load("""
            state: x.sqlite
            \(story)alerts:
              command: notify-send "$FEEDWATCH_TITLE"
              command_timeout: 5s
              webhook: https://ntfy.example/feedwatch
              webhook_timeout: 3s
              webhook_retries: 1
              webhook_headers: {Title: feedwatch, Priority: high}
            metrics:
              textfile: ../metrics/feedwatch.prom
              listen: 9464
            """)
        defer { folder.remove() }
        #expect(configured.alerts.command == #"notify-send "$FEEDWATCH_TITLE""#)
        #expect(configured.alerts.commandTimeoutSeconds == 5)
        #expect(configured.alerts.webhookURL == "https://ntfy.example/feedwatch")
        #expect(configured.alerts.webhookTimeoutSeconds == 3 && configured.alerts.webhookRetries == 1)
        #expect(configured.alerts.webhookHeaders == ["Title": "feedwatch", "Priority": "high"])
        #expect(configured.metrics.textfile == folder.path("metrics/feedwatch.prom"))
        #expect(configured.metrics.listenHost == "127.0.0.1" && configured.metrics.listenPort == 9464)

        let (ipv6, ipv6Folder) = try load("state: x.sqlite\n\(story)metrics: {listen: '[::1]:9100'}\n")
        defer { ipv6Folder.remove() }
        #expect(ipv6.metrics.listenHost == "::1" && ipv6.metrics.listenPort == 9100)

        let badHook = try loadError("state: x\n\(story)alerts:\n  webhook: mailto:me@example.org\n")
        #expect(badHook.contains("feedwatch.yaml:5: alerts.webhook: 'mailto:me@example.org' is not an http:// or https:// URL"))
        let badPort = try loadError("state: x\n\(story)metrics:\n  listen: localhost\n")
        #expect(badPort.contains("metrics.listen: expected a port or HOST:PORT"))
        let badRetries = try loadError("state: x\n\(story)alerts:\n  webhook_retries: 99\n")
        #expect(badRetries.contains("alerts.webhook_retries: expected a whole number from 0 to 10"))
        let unknown = try loadError("state: x\n\(story)alerts:\n  email: me@example.org\n")
        #expect(unknown.contains("alerts.email: unknown key"))
    }

    @Test func configPathPrecedence() {
        #expect(ConfigLoader.resolvePath("a.yaml", environment: ["FEEDWATCH_CONFIG": "b.yaml"]) == "a.yaml")
        #expect(ConfigLoader.resolvePath(nil, environment: ["FEEDWATCH_CONFIG": "b.yaml"]) == "b.yaml")
        #expect(ConfigLoader.resolvePath(nil, environment: [:]) == "config/feedwatch.yaml")
    }

    @Test func badSeedFilesAreNamed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("bad/placeholder", "")
        try Data([0x66, 0x6F, 0xFF, 0xFE, 0x20]).write(to: URL(fileURLWithPath: directory.path("bad/latin.txt")))
        #expect {
            try SeedLoader.load(StorySpec(name: "s", seedsDirectory: directory.path("bad")))
        } throws: { ($0 as? FeedwatchError)?.message.contains("latin.txt: seed files must be UTF-8") == true }
        try FileManager.default.createDirectory(atPath: directory.path("empty"), withIntermediateDirectories: true)
        #expect {
            try SeedLoader.load(StorySpec(name: "s", seedsDirectory: directory.path("empty")))
        } throws: { ($0 as? FeedwatchError)?.message.contains("no .txt seed articles") == true }
    }
}
