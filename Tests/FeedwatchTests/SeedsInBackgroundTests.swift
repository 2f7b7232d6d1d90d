import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedEvaluation
import FeedStore
import FeedTestSupport
import Foundation
import Testing

/// Every story's seeds are counted by the background, and each story leaves its own out of its
/// rarities (`AnalysisEngine.countSeeds`).
@Suite struct SeedsInBackgroundTests {
    /// Two stories of one kind (ECB+'s two rehab stays, two seed articles each): beside the other,
    /// a story's words that the other's seeds also use count less, and its own names no less.
    @Test func anotherStorysSeedsMakeTheWordsTheyShareCountLess() throws {
        let topic = try ECBPlusCorpus.load(folder: StreamTrackingTests.ecbplus).filter { $0.topic == "1" }
        func story(_ name: String, event: String) -> StoryDefinition {
            let seeds = topic.filter { $0.event == event }.sorted { $0.order < $1.order }.prefix(2)
            return StoryDefinition(name: name, seeds: seeds.map { SeedDocument(name: $0.id, text: $0.title + "\n\n" + $0.body) }, relatedThreshold: nil)
        }
        let (reid, lohan) = (story("reid", event: "1"), story("lohan", event: "1+"))
        let (alone, beside) = (Self.engine([reid]), Self.engine([reid, lohan]))
        let (weightsAlone, weightsBeside) = (alone.stories[0].profile.weights, beside.stories[0].profile.weights)
        let lohanTerms = beside.stories[1].vocabulary
        let shared = weightsAlone.keys.filter { lohanTerms.contains($0) && weightsBeside[$0] != nil }
        let own = weightsAlone.keys.filter { !lohanTerms.contains($0) && weightsBeside[$0] != nil }
        #expect(shared.contains("rehab") && own.contains("reid"))
        for term in shared { #expect(weightsBeside[term]! < weightsAlone[term]!, "\(term)") }
        for term in own { #expect(weightsBeside[term]! >= weightsAlone[term]! - 1e-12, "\(term)") }
        #expect(beside.background.documentCount == 4)
    }

    /// A story tracked alone weighs its terms exactly as a profile whose background never saw its
    /// seeds: its own seeds are left out as its own reports are.
    @Test func aStoryAloneWeighsItsTermsAsIfItsSeedsWereNotCounted() throws {
        let seeds = try ShippedStoryStore.seeds()
        let engine = Self.engine([StoryDefinition(name: "s", seeds: seeds, relatedThreshold: 0.09)])
        let model = StoryModel(
            name: "s", seeds: seeds, relatedThreshold: 0.09, fingerprinter: Fingerprinter(settings: AnalysisSettings()),
            background: BackgroundStatistics())
        #expect(engine.background.documentCount == seeds.count)
        #expect(engine.stories[0].profile.weights == model.profile.weights)
    }

    /// Stories from the same seeds (a wide net beside a default one, a seed copied twice) each
    /// weigh their terms as the story alone does: a seed text counts once, and each leaves it out.
    @Test func storiesThatShareTheirSeedsWeighThemAsIfAlone() throws {
        let seeds = try ShippedStoryStore.seeds()
        let alone = Self.engine([StoryDefinition(name: "s", seeds: seeds, relatedThreshold: 0.09)])
        let shared = Self.engine([
            StoryDefinition(name: "s", seeds: seeds, relatedThreshold: 0.09),
            StoryDefinition(name: "wide", seeds: seeds.reversed(), relatedThreshold: 0.05),
            StoryDefinition(name: "copied", seeds: seeds + [seeds[0]]),
        ])
        #expect(shared.background.documentCount == seeds.count)
        #expect(shared.stories[0].profile.weights == alone.stories[0].profile.weights)
        // Seeds in another order sum their coverage in another order: equal to rounding.
        let (reversed, single) = (shared.stories[1].profile.weights, alone.stories[0].profile.weights)
        #expect(Set(reversed.keys) == Set(single.keys))
        #expect(single.allSatisfy { term, weight in abs((reversed[term] ?? 0) - weight) < 1e-9 * weight })
    }

    /// The seeds are counted in memory only: the store's background holds the items alone, so that
    /// a restart, which counts the seeds again, does not count them twice.
    @Test func theStoreNeverCountsTheSeeds() async throws {
        let fixture = try await ShippedStoryStore()
        defer { fixture.directory.remove() }
        var engine = fixture.engine
        let entries = (0..<12).map { index in
            FeedEntry(
                id: "item-\(index)", title: "Junta talks in Naypyitaw, day \(index)", link: nil, published: nil, updated: nil,
                summary: "Myanmar's military rulers met envoys.", content: "", authors: [], categories: [])
        }
        let analyses = try await fixture.store.withTransaction { [engine] transaction in
            try engine.store(entries, feedID: fixture.feed.id, feed: fixture.feed.url, in: transaction, now: Date())
        }
        engine.absorb(analyses)
        let seeds = fixture.story.seeds.count
        #expect(engine.background.documentCount == 12 + seeds)
        #expect(try await BackgroundStatistics(loadingFrom: fixture.store).documentCount == 12)
        #expect(try await fixture.restartedEngine().background.documentCount == 12 + seeds)
    }

    /// A new engine's stories, with the default settings and an empty background.
    private static func engine(_ stories: [StoryDefinition]) -> AnalysisEngine {
        AnalysisEngine(stories: stories, settings: AnalysisSettings(), background: BackgroundStatistics())
    }
}
