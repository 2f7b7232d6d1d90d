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

    /// `score` finds the nearest seed in one pass over the item's terms; scoring each seed's profile
    /// on its own must agree with it, with rarities from a grown background and headline terms.
    @Test func theNearestSeedIsTheOneEachSeedsProfileScoresHighest() {
        let aid = SeedDocument(name: "aid.txt", text: """
            Aid flights reach Chile earthquake survivors
            Relief flights carrying tents and water landed in Santiago as aid agencies reached survivors of the earthquake.
            """)
        let seeds = [Self.quake, Self.tsunami, aid]
        let vocabulary = Self.story(seeds).coverage.keys.sorted()
        let background = BackgroundStatistics(
            documentCount: 6_000, documentFrequency: Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0 * 37 % 900 + 1) }))
        let story = StoryModel(name: "chile", seeds: seeds, relatedThreshold: 0.09, fingerprinter: Self.fingerprinter, background: background)
        let items = [
            ("Pacific tsunami warning lifted", "Fishermen return boats to port."),
            ("Tents and water reach survivors", "Relief flights landed with aid."),
            ("Chile earthquake toll rises in Valparaiso", "Rescuers searched collapsed buildings."),
            ("Aftershocks shake Valparaiso", "The earthquake killed 20 people; the tsunami warning was lifted."),
        ].map { Self.fingerprinter.fingerprint(title: $0.0, body: $0.1) }
        var nearest: [Int?] = []
        for item in items {
            let score = story.profile.score(item)
            let alone = story.profile.seedProfiles.map { $0.score(item) }
            #expect(alone.allSatisfy { $0.score * StoryProfile.nearestSeedShare <= score.score })
            if let seed = score.nearestSeed {
                #expect(seed.cosine == alone[seed.index].score)
                #expect(score.score == alone[seed.index].score * StoryProfile.nearestSeedShare)
                #expect(score.matched == alone[seed.index].matched)
            }
            nearest.append(score.nearestSeed?.index)
        }
        #expect(nearest.contains(nil) && nearest.contains(1) && nearest.contains(2), "the items exercise both outcomes: \(nearest)")
    }

    /// A story of one seed is its seed: scoring it alone again would change nothing.
    @Test func aStoryOfOneSeedHasNoSeedProfiles() {
        #expect(Self.story([Self.tsunami]).profile.seedProfiles.isEmpty)
    }
}
