import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// A story's own reports do not make its words look common to it (`OwnReports`).
@Suite struct OwnReportsTests {
    /// Left out, a story's reports weigh its terms as if the background had never seen them, and
    /// where the reports name places is not theirs to take out.
    @Test func reportsLeftOutCountAsIfNeverSeen() {
        var counted = BackgroundStatistics()
        var withoutReports = BackgroundStatistics()
        var reports = OwnReports()
        for index in 0..<1_000 {
            let terms = index < 200 ? ["lavrov", "myanmar"] : index < 210 ? ["myanmar"] : ["weather"]
            counted.observe(trackedTerms: terms)
            if index < 200 { reports.count(observed: terms) } else { withoutReports.observe(trackedTerms: terms) }
        }
        let excluding = counted.excluding(reports)
        for term in ["lavrov", "myanmar", "weather", "naypyitaw"] {
            #expect(excluding.inverseDocumentFrequency(term) == withoutReports.inverseDocumentFrequency(term), "\(term)")
        }
        #expect(counted.inverseDocumentFrequency("lavrov") < excluding.inverseDocumentFrequency("lavrov") - 1)

        var placed = OwnReports()
        placed.count(observed: ["lavrov", "*>lavrov", "Myanmar>lavrov"])
        #expect(placed.frequency == ["lavrov": 1])
    }

    /// Only what a story is sure of counts: copies, and items it found related at three times its
    /// threshold or more. An item another story fits far better (unrelated here) does not.
    @Test func onlySureReportsCount() {
        func assessment(_ verdict: Verdict, _ score: Double) -> Assessment { Assessment(verdict: verdict, score: score, matched: [], duplicate: nil) }
        #expect(OwnReports.counts(assessment(.related, 0.28), threshold: 0.09))
        #expect(!OwnReports.counts(assessment(.related, 0.26), threshold: 0.09))
        #expect(OwnReports.counts(assessment(.duplicate, 0), threshold: 0.09))
        #expect(!OwnReports.counts(assessment(.unrelated, 0.5), threshold: 0.09))
    }

    /// The daemon counts the shipped story's sure reports as it stores them, so its capital keeps
    /// more weight than the background alone would leave it, and a restarted engine, which counts
    /// them again from the store, weighs the profile exactly as the running one, also after alerts
    /// were withdrawn.
    @Test func theDaemonCountsThemAndARestartRestoresThem() async throws {
        let fixture = try await ShippedStoryStore()
        defer { fixture.directory.remove() }
        let (store, feed) = (fixture.store, fixture.feed)
        var engine = fixture.engine
        func entry(_ id: String, _ title: String, _ summary: String) -> FeedEntry {
            FeedEntry(id: id, title: title, link: nil, published: nil, updated: nil, summary: summary, content: "", authors: [], categories: [])
        }
        let reports = (0..<30).map { day in
            entry(
                "report-\(day)", "Lavrov backs Myanmar junta in Naypyitaw talks, day \(day)",
                "Russian Foreign Minister Sergei Lavrov met junta leader Min Aung Hlaing in Naypyitaw.")
        }
        let others = (0..<30).map { day in entry("other-\(day)", "Storms close schools in Oslo, day \(day)", "Snow is forecast until Friday.") }
        let analyses = try await store.withTransaction { [engine] transaction in
            try engine.store(reports + others, feedID: feed.id, feed: feed.url, in: transaction, now: Date())
        }
        engine.absorb(analyses)
        #expect(engine.stories[0].ownReports.documents == 30)

        let unrestored = try await fixture.restartedEngine()
        let capital = try #require(engine.stories[0].profile.weights["naypyitaw"])
        #expect(capital > 1.2 * (unrestored.stories[0].profile.weights["naypyitaw"] ?? 0))

        var restarted = try await fixture.restartedEngine()
        try await restarted.restore(from: store)
        #expect(restarted.stories[0].ownReports == engine.stories[0].ownReports)
        #expect(restarted.stories[0].profile.weights == engine.stories[0].profile.weights)

        // The reports are one related item and its 29 copies. A cycle's end withdraws its alert,
        // and so the copies (`Poller`): the running engine counts the story's reports again, and
        // weighs the profile as an engine restarted now does.
        let story = engine.stories[0].name
        let alert = try #require(analyses.flatMap(\.alerts).first { $0.story == story })
        #expect(analyses.flatMap(\.alerts).count == 1)
        let copies = try await store.withTransaction { transaction in
            try transaction.withdraw(alert.itemID, story: story, score: 0.01, matched: [], decidedAt: Date())
        }
        #expect(copies == 29)
        try await engine.recountReports(of: [story], from: store)
        #expect(engine.stories[0].ownReports.documents == 0)
        var restartedAgain = try await fixture.restartedEngine()
        try await restartedAgain.restore(from: store)
        #expect(restartedAgain.stories[0].ownReports == engine.stories[0].ownReports)
        #expect(restartedAgain.stories[0].profile.weights == engine.stories[0].profile.weights)
        #expect(engine.stories[0].profile.weights != restarted.stories[0].profile.weights)
    }
}
