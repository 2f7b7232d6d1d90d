@testable import FeedAnalysis
import FeedCore
import FeedTestSupport
import Testing

@Suite struct StoryProfileTests {
    /// The profile keeps the `size` heaviest terms, heavier first and ties by term, as sorting
    /// every term would: checked against that on the seeds' coverage, with ties forced by equal
    /// coverage and no background, and with a background that moved some terms.
    @Test func theHeaviestTermsAreKeptAsAFullSortWouldKeepThem() throws {
        let fingerprinter = Fingerprinter(settings: AnalysisSettings())
        let seeds = try FeedTestSupportSeeds.texts()
        var counts: [String: Int] = [:]
        for text in seeds {
            for term in fingerprinter.termStrings(title: "", body: text) { counts[term, default: 0] += 1 }
        }
        let coverage = counts.mapValues { Double($0) / Double(seeds.count) }
        var moved = BackgroundStatistics()
        for (index, term) in coverage.keys.sorted().enumerated() where index % 3 == 0 {
            moved.observe(trackedTerms: [term])
        }
        for background in [BackgroundStatistics(), moved] {
            for size in [1, 150, coverage.count + 5] {
                let profile = StoryProfile(coverage: coverage, background: background, size: size)
                let everyTerm = coverage.map { ($0.key, $0.value * $0.value * background.inverseDocumentFrequency($0.key)) }
                    .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                let expected = everyTerm.prefix(size)
                #expect(profile.weights == Dictionary(uniqueKeysWithValues: expected.map { ($0.0, $0.1) }))
                #expect(abs(profile.norm - expected.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()) < 1e-9)
                #expect(profile.weights.count == min(size, coverage.count))
            }
        }
    }

    /// An item's vector weighs its words by rarity: everyday words lengthen it less than words
    /// that could name something, so they dilute its match with the story less. With no
    /// background, rarity is not trusted and every word counts the same.
    @Test func everydayWordsDiluteAnItemLessThanRareWords() {
        let fingerprinter = Fingerprinter(settings: AnalysisSettings())
        let everydayItem = fingerprinter.fingerprint(title: "", body: "Lavrov and Myanmar and officials and police and government")
        let rareItem = fingerprinter.fingerprint(title: "", body: "Lavrov and Myanmar and zebrafish and quokka and xylograph")
        let bareItem = fingerprinter.fingerprint(title: "", body: "Lavrov and Myanmar")
        let coverage = ["lavrov": 1.0, "myanmar": 1.0]

        let learnt = StoryProfile(coverage: coverage, background: BackgroundStatistics(documentCount: 10_000))
        let (everyday, rare, bare) = (learnt.score(everydayItem), learnt.score(rareItem), learnt.score(bareItem))
        #expect(everyday.matched.map(\.term).sorted() == ["lavrov", "myanmar"])
        #expect(rare.matched.map(\.term).sorted() == ["lavrov", "myanmar"])
        #expect(bare.score > everyday.score && everyday.score > rare.score && rare.score > 0)

        let cold = StoryProfile(coverage: coverage, background: BackgroundStatistics())
        #expect(abs(cold.score(everydayItem).score - cold.score(rareItem).score) < 1e-12)
        #expect(cold.itemWeights == ["lavrov": 1, "myanmar": 1])
    }

    /// A story seeded with headlines alone weighs a word by how many of them use it; one whose
    /// seeds go on past their headlines, by the square of that. A word in one headline of four
    /// weighs a quarter of one in all four, and a sixteenth when the seeds are teasers, or when
    /// one of the four is.
    @Test func headlineSeedsWeighTheirWordsUnsquared() {
        let headlines = [
            "Volcano erupts near Arequipa", "Arequipa volcano ash grounds flights", "Arequipa villagers flee the volcano",
            "Volcano above Arequipa spews lava",
        ]
        let body = "\nOfficials gave no further details on Tuesday."
        func model(_ texts: [String]) -> StoryModel {
            StoryModel(
                name: "volcano", seeds: texts.enumerated().map { SeedDocument(name: "\($0.offset).txt", text: $0.element) },
                relatedThreshold: 0.09, fingerprinter: Fingerprinter(settings: AnalysisSettings()), background: BackgroundStatistics())
        }
        let cases: [(texts: [String], kind: SeedKind, ratio: Double)] = [
            (headlines, .headlines, 0.25), (headlines.map { $0 + body }, .teasers, 0.0625),
            (headlines.dropLast() + [headlines[3] + body], .teasers, 0.0625),
        ]
        for (texts, kind, ratio) in cases {
            let story = model(texts)
            let weights = story.profile.weights
            #expect(story.seedKind == kind)
            #expect(abs((weights["lava"] ?? 0) / (weights["arequipa"] ?? 1) - ratio) < 1e-12, "\(texts)")
        }
    }

    /// Seeds are headlines when each is one line, teasers when they average under 60 words, and
    /// articles otherwise: the shipped seeds are articles.
    @Test func seedsAreHeadlinesTeasersOrArticles() throws {
        #expect(SeedDocument(name: "a.txt", text: "\n  Volcano erupts near Arequipa  \n\n \n").isHeadline)
        #expect(SeedDocument(name: "a.txt", text: "Volcano erupts near Arequipa").title == "Volcano erupts near Arequipa")
        #expect(!SeedDocument(name: "a.txt", text: "Volcano erupts near Arequipa\nAsh grounded flights.").isHeadline)
        let headline = SeedDocument(name: "a.txt", text: "Volcano erupts near Arequipa")
        let teaser = SeedDocument(name: "b.txt", text: "Volcano erupts near Arequipa\n" + Array(repeating: "ash", count: 55).joined(separator: " "))
        let longer = SeedDocument(name: "c.txt", text: teaser.text + " ash")
        #expect(SeedKind([headline, headline]) == .headlines)
        #expect(SeedKind([teaser]) == .teasers && SeedKind([headline, teaser]) == .teasers)
        #expect(SeedKind([longer]) == .articles && SeedKind([]) == .articles)
        let shipped = try FeedTestSupportSeeds.texts().enumerated().map { SeedDocument(name: "\($0.offset).txt", text: $0.element) }
        #expect(SeedKind(shipped) == .articles)
    }
}
