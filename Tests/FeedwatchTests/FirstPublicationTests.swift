import FeedCore
import FeedDaemon
import FeedStore
import FeedTestSupport
import Foundation
import NIOConcurrencyHelpers
import Testing

/// The earliest publication of a text is its original, whatever order the feeds arrive in.
@Suite(.serialized) struct FirstPublicationTests {
    static let text = """
        Russian Foreign Minister Sergei Lavrov held talks with Senior General Min Aung Hlaing in Naypyidaw on \
        Wednesday, the second day of a visit the military government presents as proof that it is not isolated. The \
        two sides discussed arms deliveries and energy projects, and Lavrov repeated Moscow's support for the junta's \
        plan to hold elections next year despite the violence that followed the coup.
        """

    static func copy(_ outlet: String, at time: String, title: String = "Lavrov meets Myanmar junta chief in Naypyidaw") -> FeedBuilder.Item {
        FeedBuilder.Item(title: title, link: "https://\(outlet).test/lavrov", description: text, pubDate: time)
    }

    /// One feed per outlet; with one fetch at a time they are stored in this order.
    static func fixture(_ feeds: [(path: String, item: FeedBuilder.Item)]) async throws -> PollerFixture {
        let bodies = Dictionary(uniqueKeysWithValues: feeds.map { ($0.path, FeedBuilder(title: $0.path, items: [$0.item]).xml) })
        return try await PollerFixture.make(paths: feeds.map(\.path), configure: { $0.fetch.concurrency = 1 }) { request in
            bodies[request.path].map { .feed($0) } ?? .status(404)
        }
    }

    private func verdict(_ fixture: PollerFixture, link: String) async throws -> StoredVerdict {
        let item = try #require(try await fixture.store.item(idOrLink: link))
        return try #require(try await fixture.store.verdicts(itemID: item.id).first)
    }

    @Test func anEarlierCopyStoredLaterInTheSameCycleIsTheOriginal() async throws {
        let fixture = try await Self.fixture([
            ("/late.xml", Self.copy("late", at: "Wed, 03 Aug 2022 10:30:00 GMT", title: "Russia's top diplomat meets Myanmar's ruler")),
            ("/later.xml", Self.copy("later", at: "Wed, 03 Aug 2022 12:00:00 GMT")),
            ("/early.xml", Self.copy("early", at: "Wed, 03 Aug 2022 07:50:00 GMT")),
        ])
        let report = try await fixture.poller.pollOnce(force: true)
        #expect(report.newItems == 3)
        let early = try #require(try await fixture.store.item(idOrLink: "https://early.test/lavrov"))
        #expect(report.alerts.map(\.itemID) == [early.id], "one alert, for the earliest publication")

        #expect(try await verdict(fixture, link: "https://early.test/lavrov").record.verdict == .related)
        for outlet in ["late", "later"] {
            let copy = try await verdict(fixture, link: "https://\(outlet).test/lavrov").record
            #expect(copy.verdict == .duplicate, "\(outlet)")
            #expect(copy.duplicate?.ref == String(early.id), "\(outlet) copies the earliest")
        }
        #expect(try await fixture.store.stories().map(\.id) == [early.id])
        #expect(Set(try await fixture.store.copies(of: early.id).map(\.feed)).count == 2)
        #expect(try await fixture.store.firstPublication(of: early.id)?.id == early.id)
        try await fixture.tearDown()
    }

    @Test func anEarlierCopyInALaterCycleIsACopyThatTheRecordNamesAsFirst() async throws {
        let late = Self.copy("late", at: "Wed, 03 Aug 2022 10:30:00 GMT")
        let early = Self.copy("early", at: "Wed, 03 Aug 2022 07:50:00 GMT")
        let earlyServed = NIOLockedValueBox(false)
        let fixture = try await PollerFixture.make(paths: ["/late.xml", "/early.xml"]) { request in
            if request.path == "/late.xml" { return .feed(FeedBuilder(title: "Late", items: [late]).xml) }
            return .feed(FeedBuilder(title: "Early", items: earlyServed.withLockedValue { $0 } ? [early] : []).xml)
        }
        let first = try await fixture.poller.pollOnce(force: true)
        #expect(first.alerts.count == 1)
        earlyServed.withLockedValue { $0 = true }
        let second = try await fixture.poller.pollOnce(force: true)
        #expect(second.newItems == 1)
        #expect(second.alerts.isEmpty, "the story was alerted in the first cycle")

        let lateItem = try #require(try await fixture.store.item(idOrLink: late.link))
        let earlyItem = try #require(try await fixture.store.item(idOrLink: early.link))
        #expect(try await verdict(fixture, link: early.link).record.duplicate?.ref == String(lateItem.id))
        let firstPublication = try #require(try await fixture.store.firstPublication(of: lateItem.id))
        #expect(firstPublication.id == earlyItem.id)
        #expect(firstPublication.verdict == .duplicate)
        #expect(try await fixture.store.firstPublication(of: earlyItem.id)?.id == earlyItem.id)
        let day = try #require(try await fixture.store.timeline().first)
        #expect(day.first?.id == earlyItem.id)
        try await fixture.tearDown()
    }

    /// A daemon stopped after storing a cycle but before writing its alert lines writes them at
    /// its next start, once.
    @Test func alertsStoredButNeverWrittenAreWrittenAtTheNextStart() async throws {
        let fixture = try await Self.fixture([("/wire.xml", Self.copy("wire", at: "Wed, 03 Aug 2022 07:50:00 GMT"))])
        #expect(try await fixture.poller.pollOnce(force: true).alerts.count == 1)
        #expect(try await fixture.store.unwrittenAlerts().isEmpty)
        try await SQLiteShell.run(path: fixture.configuration.statePath, "UPDATE verdicts SET alerted_at = NULL WHERE verdict = 'related'")

        let restarted = try await Poller(
            configuration: fixture.configuration, store: fixture.store, fetcher: fixture.fetcher, logger: .init(label: "test"),
            now: { fixture.clock.now })
        let report = try await restarted.pollOnce(force: true)
        #expect(report.newItems == 0)
        #expect(report.alerts.map(\.link) == ["https://wire.test/lavrov"])
        #expect(report.alerts.first?.matched.isEmpty == false)
        #expect(try await restarted.pollOnce(force: true).alerts.isEmpty, "written once")
        try await fixture.tearDown()
    }
}
