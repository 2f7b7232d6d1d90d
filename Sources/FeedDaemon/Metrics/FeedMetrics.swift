import FeedCore
import Foundation
import Metrics
import Prometheus

/// The daemon's counters, recorded through swift-metrics into a Prometheus registry of its own (not
/// the process-wide bootstrap, so several pollers in one test process never mix their figures).
/// Names and labels are part of the interface (README, "Metrics").
public final class FeedMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory

    public init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        // A feed fetch takes from milliseconds to the 30-s timeout; a cycle up to minutes.
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500),
            .seconds(5), .seconds(10), .seconds(30), .seconds(60), .seconds(300),
        ]
        self.factory = factory
    }

    /// How a feed's poll ended: `updated`, `not_modified`, `failed` or `skipped` (held by the server's
    /// Retry-After or our back-off); `status` is the HTTP status when a response came.
    public func recordPoll(outcome: String, status: Int?, duration: Duration?) {
        Counter(label: "feedwatch_feed_polls_total", dimensions: [("outcome", outcome)], factory: factory).increment()
        if let status {
            Counter(label: "feedwatch_http_responses_total", dimensions: [("code", String(status))], factory: factory).increment()
        }
        if let duration {
            Metrics.Timer(label: "feedwatch_poll_duration_seconds", factory: factory).recordNanoseconds(duration.nanoseconds)
        }
    }

    /// A feed's new items, counted per story and verdict (one counter update per pair, not per item).
    func recordItems(_ analyses: [ItemAnalysis]) {
        var counts: [String: [Verdict: Int]] = [:]
        for analysis in analyses {
            for (story, assessment) in analysis.verdicts {
                // An earlier copy that replaced this cycle's original: that one was counted as
                // related and is now a copy, so the pair still counts one of each.
                let verdict = analysis.replacedOriginals[story] == nil ? assessment.verdict : .duplicate
                counts[story, default: [:]][verdict, default: 0] += 1
            }
        }
        for (story, byVerdict) in counts {
            for (verdict, count) in byVerdict {
                Counter(label: "feedwatch_items_total", dimensions: [("story", story), ("verdict", verdict.rawValue)], factory: factory)
                    .increment(by: count)
            }
        }
    }

    /// Alerts the end-of-cycle check withdrew (`AlertSettlement`), per story: `feedwatch_items_total`
    /// counted them as related when they were first decided, and a counter cannot be taken back.
    func recordWithdrawals(stories: [String]) {
        for (story, count) in Dictionary(grouping: stories, by: { $0 }).mapValues(\.count) {
            Counter(label: "feedwatch_alerts_withdrawn_total", dimensions: [("story", story)], factory: factory).increment(by: count)
        }
    }

    public func recordCycle(duration: Duration, feeds: Int, finishedAt: Date) {
        Metrics.Timer(label: "feedwatch_cycle_duration_seconds", factory: factory).recordNanoseconds(duration.nanoseconds)
        Gauge(label: "feedwatch_feeds", factory: factory).record(feeds)
        Gauge(label: "feedwatch_last_cycle_timestamp_seconds", factory: factory).record(finishedAt.timeIntervalSince1970)
    }

    /// A request for an item's page; pages not read are counted per host too, so that a site that
    /// blocks or fails shows by name.
    public func recordPage(outcome: PageOutcome, host: String) {
        Counter(label: "feedwatch_page_fetches_total", dimensions: [("outcome", outcome.rawValue)], factory: factory).increment()
        if outcome != .fetched && outcome != .repeated {
            Counter(label: "feedwatch_page_failures_total", dimensions: [("host", host)], factory: factory).increment()
        }
    }

    /// An alert a hook (`command` or `webhook`) did not take.
    public func recordHookFailure(hook: String) {
        Counter(label: "feedwatch_alert_hook_failures_total", dimensions: [("hook", hook)], factory: factory).increment()
    }

    /// The Prometheus text exposition format (version 0.0.4).
    public func exposition() -> String { registry.emitToString() }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
