import FeedCore
import FeedDaemon
import FeedTestSupport
import Foundation
import NIOConcurrencyHelpers
import Testing

/// `alerts.command` and `alerts.webhook`, run for real: a shell command per alert, and POSTs to a
/// loopback server that fails on demand.
@Suite(.serialized) struct AlertHookTests {
    static let storyKeys: Set<String> = ["id", "story", "title", "link", "feed", "published", "score", "matched"]

    /// A poller over one feed holding the two related stories of the pipeline tests.
    static func fixture(log: CapturedLog = CapturedLog(), alerts: @escaping (inout AlertHookSettings) -> Void) async throws -> PollerFixture {
        let feed = FeedBuilder(title: "Wire", items: PipelineTests.related).xml
        return try await PollerFixture.make(paths: ["/wire.xml"], configure: { alerts(&$0.alerts) }, logger: log.logger) { _ in .feed(feed) }
    }

    static func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theCommandGetsEachAlertAsJSONOnStdinAndInItsEnvironment() async throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let fixture = try await Self.fixture {
            $0.command = #"cat > "\#(out.url.path)/$FEEDWATCH_ITEM_ID.json"; printf '%s' "$FEEDWATCH_STORY $FEEDWATCH_TITLE" > "\#(out.url.path)/$FEEDWATCH_ITEM_ID.env""#
        }
        let report = try await fixture.poller.pollOnce(force: true)
        await fixture.poller.finishAlerts()
        #expect(report.alerts.count == 2)
        for alert in report.alerts {
            let payload = try Self.json(try Data(contentsOf: URL(fileURLWithPath: out.path("\(alert.itemID).json"))))
            #expect(Set(payload.keys) == Self.storyKeys)
            #expect(payload["id"] as? Int == Int(alert.itemID))
            #expect(payload["title"] as? String == alert.title)
            #expect(payload["link"] as? String == alert.link)
            #expect(payload["matched"] as? [String] == alert.matched)
            let environment = try String(contentsOfFile: out.path("\(alert.itemID).env"), encoding: .utf8)
            #expect(environment == "lavrov-myanmar \(alert.title)")
        }
        try await fixture.tearDown()
    }

    @Test func aFailingOrHangingCommandIsLoggedCountedAndTheDaemonGoesOn() async throws {
        let log = CapturedLog()
        let fixture = try await Self.fixture(log: log) {
            // The first alert's command fails; the second's pipeline hangs past the timeout, and all
            // of it is ended, not only the shell.
            $0.command = #"if [ "$FEEDWATCH_LINK" = "\#(PipelineTests.related[1].link)" ]; then sleep 60 | cat; fi; echo "no route to the mail server" >&2; exit 3"#
            $0.commandTimeoutSeconds = 1
        }
        let started = Date()
        let report = try await fixture.poller.pollOnce(force: true)
        await fixture.poller.finishAlerts()
        #expect(Date().timeIntervalSince(started) < 30, "the hanging command is terminated after alerts.command_timeout")
        #expect(report.alerts.count == 2)
        let failures = log.messages(containing: "alert hook command failed")
        #expect(failures.count == 2, "\(log.text)")
        #expect(failures.contains { $0.contains("exited with status 3: no route to the mail server") })
        #expect(failures.contains { $0.contains("still running after 1 s (alerts.command_timeout); terminated") })
        #expect(failures.allSatisfy { $0.contains("(story lavrov-myanmar)") })
        #expect(fixture.poller.metrics.exposition().contains(#"feedwatch_alert_hook_failures_total{hook="command"} 2"#))
        // The poller is not stuck behind its hooks: the next cycle runs as usual.
        let again = try await fixture.poller.pollOnce(force: true)
        #expect(again.polled == 1)
        try await fixture.tearDown()
    }

    @Test func theWebhookIsRetriedOnServerErrorsAndCarriesTheConfiguredHeaders() async throws {
        let answered = NIOLockedValueBox(0)
        let hook = try await LoopbackHTTPServer.start { _ in
            // Two failures, then success: the first alert needs three attempts, the second one.
            let count = answered.withLockedValue { $0 += 1; return $0 }
            return count <= 2 ? .status(503) : .status(204)
        }
        let fixture = try await Self.fixture {
            $0.webhookURL = hook.url("/hook")
            $0.webhookRetries = 3
            $0.webhookRetryDelaySeconds = 0.05
            $0.webhookHeaders = ["Authorization": "Bearer s3cret", "Title": "feedwatch"]
        }
        let report = try await fixture.poller.pollOnce(force: true)
        await fixture.poller.finishAlerts()
        let requests = hook.requests(to: "/hook")
        #expect(requests.count == 4)
        #expect(requests.allSatisfy { $0.method == "POST" && $0.header("Content-Type") == "application/json" })
        #expect(requests.allSatisfy { $0.header("Authorization") == "Bearer s3cret" && $0.header("Title") == "feedwatch" })
        let delivered = try requests.suffix(2).map { try Self.json(Data($0.body)) }
        #expect(delivered.map { $0["id"] as? Int } == report.alerts.map { Int($0.itemID) }, "in the order they were found")
        #expect(delivered.allSatisfy { Set($0.keys) == Self.storyKeys })
        #expect(!fixture.poller.metrics.exposition().contains("feedwatch_alert_hook_failures_total"))
        try await fixture.tearDown()
        try await hook.stop()
    }

    @Test func theWebhookGivesUpAfterItsRetriesAndA4xxIsFinal() async throws {
        let log = CapturedLog()
        let hook = try await LoopbackHTTPServer.start { request in
            request.path == "/missing" ? .status(404) : .status(500)
        }
        let failing = try await Self.fixture(log: log) {
            $0.webhookURL = hook.url("/broken")
            $0.webhookRetries = 2
            $0.webhookRetryDelaySeconds = 0.05
        }
        _ = try await failing.poller.pollOnce(force: true)
        await failing.poller.finishAlerts()
        #expect(hook.requests(to: "/broken").count == 2 * 3, "each alert: the first attempt and two retries")
        #expect(log.messages(containing: "HTTP 500 Internal Server Error (3 attempts)").count == 2, "\(log.text)")
        #expect(failing.poller.metrics.exposition().contains(#"feedwatch_alert_hook_failures_total{hook="webhook"} 2"#))
        try await failing.tearDown()

        let missing = try await Self.fixture(log: log) {
            $0.webhookURL = hook.url("/missing")
            $0.webhookRetryDelaySeconds = 0.05
        }
        _ = try await missing.poller.pollOnce(force: true)
        await missing.poller.finishAlerts()
        #expect(hook.requests(to: "/missing").count == 2, "a 404 is not tried again")
        #expect(log.messages(containing: "HTTP 404 Not Found (1 attempt)").count == 2)
        try await missing.tearDown()
        try await hook.stop()
    }

    @Test func aSlowWebhookTimesOut() async throws {
        let log = CapturedLog()
        let hook = try await LoopbackHTTPServer.start { _ in TestResponse.status(204).delayed(20) }
        let fixture = try await Self.fixture(log: log) {
            $0.webhookURL = hook.url("/slow")
            $0.webhookTimeoutSeconds = 1
            $0.webhookRetries = 0
        }
        _ = try await fixture.poller.pollOnce(force: true)
        await fixture.poller.finishAlerts()
        #expect(log.messages(containing: "no complete answer within 1 s").count == 2, "\(log.text)")
        try await fixture.tearDown()
        try await hook.stop()
    }

    @Test func runOnceDeliversItsAlertsBeforeExiting() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try CommandLineTests.demoConfig(in: directory, extra: """
            alerts:
              command: cat >> \(directory.path("alerts.jsonl")); echo >> \(directory.path("alerts.jsonl"))
              command_timeout: 10s
            """)
        let run = try CommandLineTests.run(["run", "--once", "--config", config])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOfFile: directory.path("alerts.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        let ids = try lines.map { try Self.json(Data($0.utf8))["id"] as? Int }
        #expect(Set(ids).count == 3)
    }
}
