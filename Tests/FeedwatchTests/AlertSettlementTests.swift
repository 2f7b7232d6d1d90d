import FeedCore
import FeedDaemon
import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// A cycle's alerts for items set elsewhere are checked again before they are written, against
/// what the whole cycle taught the background (`AlertSettlement`).
@Suite struct AlertSettlementTests {
    /// A first cycle reads a feed with the story's visit and the minister's trip to India, then a
    /// wire feed with forty more items on that trip. When the first feed is read, nothing says yet
    /// where the minister makes news, and the trip reaches the threshold; by the cycle's end the
    /// wire has shown him in India forty times, so the trip raises no alert and is stored as
    /// unrelated. The visit, set in the story's country, is alerted.
    @Test func aTripElsewhereThatTheRestOfTheCycleExplainsRaisesNoAlert() async throws {
        let log = CapturedLog()
        let visit = FeedBuilder.Item(
            title: "Lavrov arrives in Myanmar for talks with the junta", link: "https://news.test/visit",
            description: "Russian Foreign Minister Sergei Lavrov arrived in Naypyitaw for talks with the military government.")
        let trip = FeedBuilder.Item(
            title: "Russian Foreign Minister Sergei Lavrov holds talks in New Delhi", link: "https://news.test/delhi",
            description: "The two ministers discussed trade and energy.")
        let wire = (0..<40).map { index in
            FeedBuilder.Item(
                title: "Russian Foreign Minister Sergei Lavrov holds talks in India, day \(index)", link: "https://wire.test/\(index)",
                description: "In New Delhi, " + Self.filler(seed: index))
        }
        let first = FeedBuilder(title: "News", items: [visit, trip]).xml
        let second = FeedBuilder(title: "Wire", items: wire).xml
        let fixture = try await PollerFixture.make(
            paths: ["/news.xml", "/wire.xml"], configure: { $0.fetch.concurrency = 1 }, logger: log.logger
        ) { request in
            request.path == "/news.xml" ? .feed(first) : .feed(second)
        }
        let report = try await fixture.poller.pollOnce(force: true)
        let alerted = Set(report.alerts.map(\.link))
        #expect(alerted.contains(visit.link))
        #expect(!alerted.contains(trip.link))
        let withdrawn = log.messages(containing: "'\(trip.title)' happens elsewhere (New Delhi)")
        #expect(withdrawn.count == 1, "the trip reached the threshold when its feed was read: \(log.text)")
        // The wire's items reached the threshold too when they were read, and were withdrawn with the trip.
        let exposition = fixture.poller.metrics.exposition()
        let withdrawnCount = try #require(MetricsTests.sample(exposition, #"feedwatch_alerts_withdrawn_total{story="lavrov-myanmar"}"#))
        let related = try #require(MetricsTests.sample(exposition, #"feedwatch_items_total{story="lavrov-myanmar",verdict="related"}"#))
        #expect(withdrawnCount == Double(withdrawn.count + wire.count))
        #expect(related - withdrawnCount == Double(report.alerts.count), "related as first decided, less what was withdrawn, is what was alerted")

        let rows = try await fixture.store.items()
        let stored = try #require(rows.first { $0.title == trip.title })
        #expect(stored.verdict == .unrelated)
        #expect(stored.score < 0.09)
        #expect(try await fixture.store.unwrittenAlerts().isEmpty, "nothing withdrawn waits to be alerted after a restart")
        try await fixture.tearDown()
    }

    /// Words in a pseudo-random order of the item's own, so that the wire's items are not copies
    /// of each other.
    private static func filler(seed: Int) -> String {
        let words = [
            "river", "garden", "copper", "window", "lantern", "meadow", "harbour", "pencil", "violin", "basket", "orchard", "candle",
            "marble", "feather", "compass", "ladder", "blanket", "pepper", "saddle", "anchor", "puzzle", "ribbon", "kettle", "tunnel",
        ]
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        return (0..<30).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return words[Int(state >> 33) % words.count]
        }.joined(separator: " ")
    }
}
