import FeedCore
@testable import FeedDaemon
@testable import FeedFetch
import FeedParse
import FeedStore
import FeedTestSupport
import Foundation
import NIOHTTP1
import Testing

/// Publishers' hints and servers' freshness raise a feed's interval, never lower it.
@Suite struct PollHintsTests {
    private func parse(_ relative: String) throws -> ParsedFeed {
        try FeedParser.parse(try SharedData.corpusData(relative), url: "https://feeds.test/feed.xml")
    }

    @Test func feedsSayHowOftenTheyChange() throws {
        let rss = try parse("rome/rome/src/test/data/rss_0.94.xml")
        #expect(rss.hints.ttlMinutes == 100)
        #expect(rss.hints.skipHours.isSuperset(of: [1, 2, 3]))
        let syndication = try parse("rome/rome/src/test/data/rss_1.0_DC_Sy.xml")
        #expect(syndication.hints.updatePeriodSeconds == 36)
        let atom = try parse("rome/rome/src/test/data/atom_0.3_DC_Sy.xml")
        #expect(atom.hints.updatePeriodSeconds == 36)
        #expect(try parse("feedparser/tests/wellformed/rss/channel_ttl.xml").hints.ttlMinutes == 60)
    }

    @Test func serversFreshnessComesFromCacheControlOrExpires() {
        #expect(FeedFetcher.freshness(HTTPHeaders([("Cache-Control", "public, max-age=3600")])) == 3600)
        #expect(FeedFetcher.freshness(HTTPHeaders([("Cache-Control", "no-cache, max-age=3600")])) == nil)
        #expect(FeedFetcher.freshness(HTTPHeaders([
            ("Date", "Wed, 03 Aug 2022 12:00:00 GMT"), ("Expires", "Wed, 03 Aug 2022 14:00:00 GMT"),
        ])) == 7200)
        #expect(FeedFetcher.freshness(HTTPHeaders([("Expires", "0")])) == nil)
    }

    @Test func hintsRaiseTheIntervalWithinTheCapAndSkipsAreHonoured() {
        var settings = PollSettings()
        settings.intervalSeconds = 15 * 60
        settings.maxIntervalSeconds = 6 * 3600
        let scheduling = PollScheduling(settings: settings)
        let now = Date(timeIntervalSince1970: 1_659_484_800)  // Wed 2022-08-03 00:00 GMT
        func delay(_ hints: FeedHints, fresh: Double? = nil) -> Double {
            scheduling.nextDue(after: now, feed: "https://a.test/feed", hints: hints, fresh: fresh).timeIntervalSince(now)
        }
        func within(_ value: Double, _ base: Double) -> Bool { value >= base && value <= base * 1.1 }
        #expect(within(delay(FeedHints()), 900))
        #expect(within(delay(FeedHints(ttlMinutes: 120)), 7200))
        #expect(within(delay(FeedHints(ttlMinutes: 5)), 900), "hints never lower the interval")
        #expect(within(delay(FeedHints(), fresh: 3600), 3600))
        #expect(within(delay(FeedHints(updatePeriodSeconds: 86_400)), 6 * 3600), "capped at max_interval")
        // Skipped hours (GMT) push the poll past them; a skipped day past the whole day.
        #expect(delay(FeedHints(skipHours: [0, 1, 2])) >= 3 * 3600)
        #expect(delay(FeedHints(skipDays: [3])) >= 24 * 3600 - 900)
        // A feed's own configured interval replaces poll.interval, and hints still only raise it.
        let own = PollScheduling(settings: settings, intervals: ["https://a.test/slow": 4 * 3600])
        let slow = own.nextDue(after: now, feed: "https://a.test/slow", hints: FeedHints(ttlMinutes: 60), fresh: nil).timeIntervalSince(now)
        #expect(within(slow, 4 * 3600))
        // Jitter is fixed per feed, so feeds of one host spread out but each stays regular.
        let other = scheduling.nextDue(after: now, feed: "https://a.test/other", hints: FeedHints(), fresh: nil)
        #expect(other != now.addingTimeInterval(delay(FeedHints())))
        #expect(delay(FeedHints()) == delay(FeedHints()))
    }
}
