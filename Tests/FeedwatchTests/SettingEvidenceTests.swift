@testable import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// An item set somewhere other than its story keeps the share of its score that its best-placed
/// term vouches for: how often the background's items holding that term, when they name a place,
/// name the story's.
@Suite struct SettingEvidenceTests {
    private let fingerprinter = Fingerprinter(settings: AnalysisSettings())

    private func places(_ text: String) -> PlaceMentions { fingerprinter.fingerprint(title: text, body: "").places }

    /// A background of 40 Lavrov items set in India, Russia or the United States and 20 junta
    /// items naming a place, 16 Myanmar and 4 Mali (5 more name none and are not counted for it).
    /// "Lavrov" then vouches for little and "junta" for much: an item on Lavrov in India keeps
    /// less than the fixed share, one on Russia's Lavrov and the junta the fixed share, which the
    /// background never raises; so does one whose only term the background has not seen.
    @Test func theBackgroundSaysWhichTermsLiveInTheSetting() throws {
        let setting = StorySetting(seeds: [places("Lavrov arrived in Myanmar to meet the junta")])
        let myanmar = Set(setting.places)
        var background = BackgroundStatistics(documentCount: 10_000)
        for (count, text, terms) in [
            (40, "Lavrov holds talks in India, Russia and the United States", ["lavrov"]), (16, "The junta in Myanmar", ["junta"]),
            (4, "The junta in Mali", ["junta"]), (5, "The weather", ["junta"]),
        ] {
            for _ in 0..<count {
                background.observe(trackedTerms: BackgroundStatistics.observedTerms(terms, places: places(text), settings: myanmar))
            }
        }
        #expect(background.documentFrequency["junta"] == 25)
        #expect(background.settingEvidence("junta", countries: setting.places, spelling: "junta")
            == SettingEvidence(term: "junta", placed: 20, inSetting: 16))

        let coverage = ["lavrov": 1.0, "junta": 1.0, "myanmar": 1.0, "sanction": 1.0]
        let profile = StoryProfile(coverage: coverage, background: background, setting: setting)
        let unplaced = StoryProfile(coverage: coverage, background: background)
        let prior = SettingEvidence.priorItems
        for (headline, share, term) in [
            ("Lavrov holds talks in New Delhi", (0 + prior * PlaceConflict.keptWhenCited) / (40 + prior), "lavrov"),
            ("Russia's Lavrov praises the junta", PlaceConflict.keptWhenNamed, "junta"),
            ("Russia answers the new sanctions", PlaceConflict.keptWhenNamed, "sanction"),
        ] {
            let item = fingerprinter.fingerprint(title: headline, body: "")
            let (score, unplacedScore) = (profile.score(item), unplaced.score(item))
            let elsewhere = try #require(score.elsewhere, "\(headline)")
            #expect(abs(elsewhere.share - share) < 1e-12, "\(headline)")
            #expect(elsewhere.evidence?.term == term, "\(headline)")
            #expect(abs(score.score - unplacedScore.score * share) < 1e-12, "\(headline)")
        }
    }

    /// Only the terms that carry an item's match vouch for its place: a word pair the stream has
    /// shown twice, never in the story's country, would keep more of the fixed share for an item
    /// whose heavy term ("Lavrov") the stream has shown elsewhere 40 times. A story seeded with
    /// teasers still lets any matched term vouch.
    @Test func onlyTheTermsThatCarryTheMatchVouch() throws {
        let setting = StorySetting(seeds: [places("Lavrov arrived in Myanmar to meet the junta")])
        var background = BackgroundStatistics(documentCount: 10_000)
        for (count, text, terms) in [
            (40, "Lavrov holds talks in India, Russia and the United States", ["lavrov"]), (2, "The minister Sergey in India", ["minister sergey"]),
        ] {
            for _ in 0..<count {
                background.observe(trackedTerms: BackgroundStatistics.observedTerms(terms, places: places(text), settings: Set(setting.places)))
            }
        }
        let coverage = CoverageTerms(["lavrov": 1.0, "minister sergey": 0.1, "myanmar": 1.0])
        let item = fingerprinter.fingerprint(title: "Minister Sergey Lavrov holds talks in New Delhi", body: "")
        let prior = SettingEvidence.priorItems
        for (seeds, term, placed) in [(SeedKind.articles, "lavrov", 40.0), (.teasers, "minister sergey", 2.0)] {
            let profile = StoryProfile(coverage, background: background, setting: setting, seeds: seeds)
            let elsewhere = try #require(profile.score(item).elsewhere, "\(seeds)")
            #expect(elsewhere.evidence?.term == term, "\(seeds)")
            #expect(abs(elsewhere.share - prior * PlaceConflict.keptWhenCited / (placed + prior)) < 1e-12, "\(seeds)")
        }
    }

    /// The daemon counts what its stored items say about the setting, the store keeps the counts,
    /// and a restarted engine scores as the running one: the shipped story, after 30 items on its
    /// minister's trip to India, keeps less of a new one's score than it did at the start.
    @Test func theCountsAreLearntStoredAndRestored() async throws {
        let fixture = try await ShippedStoryStore()
        defer { fixture.directory.remove() }
        let (store, feed) = (fixture.store, fixture.feed)
        var engine = fixture.engine
        let probe = FeedEntry(
            id: "probe", title: "Russian foreign minister Lavrov in New Delhi", link: nil, published: nil, updated: nil,
            summary: "", content: "", authors: [], categories: [])
        func elsewhere(_ engine: AnalysisEngine) -> PlaceConflict? { engine.stories[0].profile.score(engine.fingerprinter.fingerprint(probe)).elsewhere }
        let before = try #require(elsewhere(engine))
        #expect(before.share == PlaceConflict.keptWhenCited)

        let trip = (0..<30).map { index in
            FeedEntry(
                id: "trip-\(index)", title: "Russian foreign minister Lavrov in India, day \(index)", link: nil, published: nil, updated: nil,
                summary: "Lavrov met his counterpart in New Delhi.", content: "", authors: [], categories: [])
        }
        let analyses = try await store.withTransaction { [engine] transaction in
            try engine.store(trip, feedID: feed.id, feed: feed.url, in: transaction, now: Date())
        }
        engine.absorb(analyses)
        let after = try #require(elsewhere(engine))
        #expect(after.share < before.share / 2)
        #expect(after.evidence?.placed == 30 && after.evidence?.inSetting == 0)

        let restarted = try await fixture.restartedEngine()
        #expect(restarted.background == engine.background)
        #expect(elsewhere(restarted) == after)
    }
}
