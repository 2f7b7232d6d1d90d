@testable import FeedAnalysis
import FeedCore
import Testing

/// A story of several seeds is also each of them: a report that follows one seed's side of the
/// story scores against that seed alone, at `StoryProfile.nearestSeedShare` of its cosine there.
@Suite struct NearestSeedTests {
    static let fingerprinter = Fingerprinter(settings: AnalysisSettings())
    static let quake = SeedDocument(name: "quake.txt", text: """
        Earthquake strikes Chile coast
        A magnitude 8 earthquake struck off the coast of Chile on Monday, killing 20 people in Valparaiso. \
        Rescuers searched collapsed buildings in Valparaiso through the night as aftershocks shook the city.
        """)
    static let tsunami = SeedDocument(name: "tsunami.txt", text: """
        Tsunami warning lifted after Chile earthquake
        Authorities lifted a tsunami warning across the Pacific after the earthquake in Chile. \
        Fishermen in Valparaiso returned their boats to port once the tsunami warning was lifted.
        """)

    static func story(_ seeds: [SeedDocument]) -> StoryModel {
        StoryModel(name: "chile", seeds: seeds, relatedThreshold: 0.09, fingerprinter: fingerprinter, background: BackgroundStatistics())
    }

    @Test func aReportOnOneSeedsSideScoresAgainstThatSeedAlone() {
        let story = Self.story([Self.quake, Self.tsunami])
        #expect(story.profile.seedProfiles.count == 2)
        let item = Self.fingerprinter.fingerprint(title: "Pacific tsunami warning lifted", body: "Fishermen return boats to port.")
        let score = story.profile.score(item)
        let alone = story.profile.seedProfiles[1].score(item).score
        let whole = StoryProfile(coverage: story.coverage, background: BackgroundStatistics(), setting: story.setting).score(item).score
        #expect(score.nearestSeed == NearestSeed(index: 1, cosine: alone))
        #expect(abs(score.score - StoryProfile.nearestSeedShare * alone) < 1e-12)
        #expect(score.score > whole * 1.2, "the seed alone fits it better than what the two seeds share")
        #expect(score.matched.map(\.term).contains("tsunami"))
    }

    @Test func aReportOnWhatEverySeedSharesKeepsTheWholeProfile() {
        let story = Self.story([Self.quake, Self.tsunami])
        let item = Self.fingerprinter.fingerprint(title: "Chile earthquake toll rises in Valparaiso", body: "")
        let score = story.profile.score(item)
        #expect(score.nearestSeed == nil)
        #expect(score.score == StoryProfile(coverage: story.coverage, background: BackgroundStatistics(), setting: story.setting).score(item).score)
    }

    /// A story of one seed is its seed: scoring it alone again would change nothing.
    @Test func aStoryOfOneSeedHasNoSeedProfiles() {
        #expect(Self.story([Self.tsunami]).profile.seedProfiles.isEmpty)
    }
}
