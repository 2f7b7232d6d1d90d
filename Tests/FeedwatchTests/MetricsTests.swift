import FeedCore
import FeedDaemon
import FeedFetch
import FeedTestSupport
import Foundation
import Testing

/// The Prometheus metrics: what a cycle counts, the textfile for node_exporter and the `/metrics`
/// endpoint, read back over real HTTP.
@Suite(.serialized) struct MetricsTests {
    /// The value of one sample line (`name{labels} value`) of an exposition.
    static func sample(_ exposition: String, _ series: String) -> Double? {
        exposition.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test func aCycleCountsPollsStatusesVerdictsAndLatency() async throws {
        let textfile = try TemporaryDirectory()
        defer { textfile.remove() }
        let fixture = try await PipelineTests.makeFixture(configure: { $0.metrics.textfile = textfile.path("feedwatch.prom") })
        _ = try await fixture.poller.pollOnce(force: true)
        let first = fixture.poller.metrics.exposition()
        #expect(Self.sample(first, #"feedwatch_feed_polls_total{outcome="updated"}"#) == 3)
        #expect(Self.sample(first, #"feedwatch_feed_polls_total{outcome="failed"}"#) == 2)
        #expect(Self.sample(first, #"feedwatch_http_responses_total{code="200"}"#) == 4, "three feeds and the page that is not one")
        #expect(Self.sample(first, #"feedwatch_http_responses_total{code="500"}"#) == 1)
        #expect(Self.sample(first, #"feedwatch_items_total{story="lavrov-myanmar",verdict="related"}"#) == 2)
        #expect(Self.sample(first, #"feedwatch_items_total{story="lavrov-myanmar",verdict="duplicate"}"#) == 2)
        #expect(Self.sample(first, #"feedwatch_items_total{story="lavrov-myanmar",verdict="unrelated"}"#) == Double(try PipelineTests.unrelated().count))
        #expect(Self.sample(first, "feedwatch_poll_duration_seconds_count") == 5)
        #expect(Self.sample(first, "feedwatch_cycle_duration_seconds_count") == 1)
        #expect(Self.sample(first, "feedwatch_feeds") == 5)
        #expect(Self.sample(first, "feedwatch_last_cycle_timestamp_seconds") == fixture.clock.now.timeIntervalSince1970.rounded(.down)
            || Self.sample(first, "feedwatch_last_cycle_timestamp_seconds") == fixture.clock.now.timeIntervalSince1970)
        #expect(try String(contentsOfFile: textfile.path("feedwatch.prom"), encoding: .utf8) == first, "the textfile is the exposition")

        // The next cycle: three feeds answer 304; the broken two are still backing off.
        fixture.clock.advance(by: 3600)
        _ = try await fixture.poller.pollOnce(force: true)
        let second = try String(contentsOfFile: textfile.path("feedwatch.prom"), encoding: .utf8)
        #expect(Self.sample(second, #"feedwatch_feed_polls_total{outcome="not_modified"}"#) == 3)
        #expect(Self.sample(second, #"feedwatch_http_responses_total{code="304"}"#) == 3)
        #expect(Self.sample(second, "feedwatch_cycle_duration_seconds_count") == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: textfile.url.path)
        #expect(leftovers == ["feedwatch.prom"], "no temporary file is left beside it")
        try await fixture.tearDown()
    }

    @Test func anUnwritableTextfileIsOneErrorAndPollingGoesOn() async throws {
        let log = CapturedLog()
        let feed = FeedBuilder(title: "Wire", items: PipelineTests.related).xml
        let fixture = try await PollerFixture.make(
            paths: ["/wire.xml"], configure: { $0.metrics.textfile = "/nonexistent-folder/feedwatch.prom" }, logger: log.logger
        ) { _ in .feed(feed) }
        let first = try await fixture.poller.pollOnce(force: true)
        _ = try await fixture.poller.pollOnce(force: true)
        #expect(first.alerts.count == 2)
        let errors = log.messages(containing: "metrics.textfile /nonexistent-folder/feedwatch.prom: cannot write it")
        #expect(errors.count == 1, "logged once while it lasts: \(log.text)")
        try await fixture.tearDown()
    }

    @Test func theEndpointServesMetricsAndNothingElse() async throws {
        let metrics = FeedMetrics()
        metrics.recordPoll(outcome: "updated", status: 200, duration: .milliseconds(120))
        let endpoint = try await MetricsEndpoint.start(host: "127.0.0.1", port: 0, metrics: metrics)
        let fetcher = FeedFetcher(settings: FetchSettings())
        guard case .document(let document) = await fetcher.fetch("http://127.0.0.1:\(endpoint.port)/metrics", validators: Validators()) else {
            Issue.record("GET /metrics did not answer 200")
            return
        }
        let text = String(decoding: document.body, as: UTF8.self)
        #expect(Self.sample(text, #"feedwatch_feed_polls_total{outcome="updated"}"#) == 1)
        #expect(Self.sample(text, #"feedwatch_poll_duration_seconds_bucket{le="0.25"}"#) == 1)
        #expect(Self.sample(text, #"feedwatch_poll_duration_seconds_bucket{le="0.1"}"#) == 0)
        guard case .failed(let failure) = await fetcher.fetch("http://127.0.0.1:\(endpoint.port)/", validators: Validators()) else {
            Issue.record("/ answered")
            return
        }
        #expect(failure.status == 404)
        let taken = await #expect(throws: FeedwatchError.self) {
            try await MetricsEndpoint.start(host: "127.0.0.1", port: endpoint.port, metrics: metrics)
        }
        #expect(taken?.message.hasPrefix("metrics.listen 127.0.0.1:\(endpoint.port): cannot listen there") == true)
        await fetcher.shutdown()
        await endpoint.stop()
    }

    @Test func theDaemonServesItsMetricsWhenConfigured() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = try CommandLineTests.demoConfig(in: directory, extra: "metrics: {listen: '127.0.0.1:0'}")
        let (process, log) = try CommandLineTests.startDaemon(config: config)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        #expect(try await CommandLineTests.eventually { log.text.contains("poll cycle done") })
        let served = try #require(log.text.split(separator: "\n").first { $0.contains("metrics served on http://127.0.0.1:") })
        let url = try #require(served.split(separator: " ").last.map(String.init))
        let fetcher = FeedFetcher(settings: FetchSettings())
        guard case .document(let document) = await fetcher.fetch(url, validators: Validators()) else {
            Issue.record("\(url) did not answer")
            return
        }
        let text = String(decoding: document.body, as: UTF8.self)
        #expect(Self.sample(text, #"feedwatch_items_total{story="lavrov-myanmar",verdict="related"}"#) == 3)
        await fetcher.shutdown()
        process.terminate()
        #expect(try await CommandLineTests.eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
    }
}
