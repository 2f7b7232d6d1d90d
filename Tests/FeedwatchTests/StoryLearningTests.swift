@testable import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedTestSupport
import Testing

/// What a story learns beyond its seeds: the analyst's judgments, and the defaults and index the
/// engine scores it with.
@Suite struct StoryLearningTests {
    static let fingerprinter = Fingerprinter(settings: AnalysisSettings())

    static func story() throws -> StoryModel {
        let seeds = try FeedTestSupportSeeds.texts().enumerated().map { SeedDocument(name: "seed\($0.offset)", text: $0.element) }
        return StoryModel(name: "s", seeds: seeds, relatedThreshold: 0.09, fingerprinter: fingerprinter, background: BackgroundStatistics())
    }

    static func score(_ story: StoryModel, _ title: String, _ body: String) -> Double {
        story.profile.score(fingerprinter.fingerprint(title: title, body: body)).score
    }

    /// A judged false alarm (the minister on another trip) makes another item of its kind score
    /// lower, and a report on the story itself loses less; a judged miss makes an item like it
    /// score higher.
    @Test func judgmentsMoveTheScoresOfItemsLikeThem() throws {
        let before = try Self.story()
        var story = before
        let elsewhere = (
            "Lavrov tours Africa, meets leaders in Ethiopia and Uganda",
            "Russian Foreign Minister Sergei Lavrov arrived in Addis Ababa on a tour of African capitals.")
        let again = ("Lavrov in Uganda for talks with Museveni", "Russian Foreign Minister Sergei Lavrov met Ugandan leaders in Kampala.")
        let onStory = ("Myanmar junta thanks Russia after Lavrov visit", "Myanmar's military leaders praised ties with Moscow after talks in Naypyidaw.")
        let miss = ("Rice exports from Yangon fall under sanctions", "Traders in Yangon say rice exports fell as sanctions on the junta bite.")
        let missLike = ("Yangon traders count losses as rice exports slump", "Rice traders in Yangon report exports slumping under sanctions.")
        story.learn(
            judgedRelated: [JudgedReport(centrality: Self.fingerprinter.termCentrality(title: miss.0, body: miss.1), kind: .teasers)],
            judgedUnrelated: [Self.fingerprinter.termStrings(title: elsewhere.0, body: elsewhere.1)], background: BackgroundStatistics())
        #expect(story.judgments.related == 1 && story.judgments.unrelated == 1)
        let kept = { (item: (String, String)) in Self.score(story, item.0, item.1) / Self.score(before, item.0, item.1) }
        #expect(kept(again) < 0.95, "an item like the judged false alarm scores lower")
        #expect(kept(onStory) > kept(again) + 0.05, "a report on the story itself loses less")
        #expect(Self.score(story, missLike.0, missLike.1) > 1.5 * Self.score(before, missLike.0, missLike.1))
    }

    /// A judged headline adds its words to a story seeded with articles without taking weight from
    /// the articles' own words; a judged article is pooled with them as one more seed.
    @Test func aJudgedHeadlineAddsToSeedArticlesWithoutDilutingThem() throws {
        let before = try Self.story()
        let headline = FeedEntry(
            id: "", title: "Myanmar junta courts Moscow for arms", link: nil, published: nil, updated: nil, summary: "", content: "",
            authors: [], categories: [])
        let article = FeedEntry(
            id: "", title: headline.title, link: nil, published: nil, updated: nil, summary: "",
            content: try FeedTestSupportSeeds.texts()[0], authors: [], categories: [])
        let judged = { (entry: FeedEntry) in
            var story = before
            story.learn(judgedRelated: [JudgedReport(entry, fingerprinter: Self.fingerprinter)], judgedUnrelated: [], background: BackgroundStatistics())
            return story
        }
        let (afterHeadline, afterArticle) = (judged(headline), judged(article))
        #expect(JudgedReport(headline, fingerprinter: Self.fingerprinter).kind == .headlines)
        // A term of the other seeds that neither the headline nor the judged article holds keeps
        // its coverage; the headline's own words gain.
        let judgedTerms = Self.fingerprinter.termCentrality(title: article.title, body: article.bodyText)
        let seedOnly = try #require(before.coverage.filter { $0.value > 0.1 && judgedTerms[$0.key] == nil }.keys.sorted().first)
        #expect(afterHeadline.coverage[seedOnly] == before.coverage[seedOnly])
        let courts = try #require(Self.fingerprinter.termCentrality(title: "courts", body: "").keys.first)
        #expect((afterHeadline.coverage[courts] ?? 0) > (before.coverage[courts] ?? 0))
        // Pooled, a judged article lowers it.
        #expect((afterArticle.coverage[seedOnly] ?? 0) < (before.coverage[seedOnly] ?? 0) * 0.9)
        #expect(afterArticle.judgments.related == 1 && afterHeadline.judgments.related == 1)
    }

    /// The seeds set the story in Myanmar, so a report from Cambodia scores half; once the analyst
    /// judges one such report related, the story is set in Cambodia too and the next one is not
    /// held against it.
    @Test func aJudgedMissSetsTheStoryWhereItHappens() throws {
        var story = try Self.story()
        let judged = FeedEntry(
            id: "", title: "Lavrov meets ASEAN ministers in Phnom Penh", link: nil, published: nil, updated: nil,
            summary: "Russia's foreign minister arrived in Cambodia for the regional talks.", content: "", authors: [], categories: [])
        let next = Self.fingerprinter.fingerprint(title: "Lavrov and Hun Sen hold talks in Phnom Penh", body: "")
        #expect(story.profile.score(next).elsewhere?.item == "Phnom Penh")
        story.learn(
            judgedRelated: [JudgedReport(judged, fingerprinter: Self.fingerprinter)], judgedUnrelated: [], background: BackgroundStatistics())
        #expect(story.setting.places.map { Gazetteer.shared.places[$0].name } == ["Myanmar", "Cambodia"])
        #expect(story.profile.score(next).elsewhere == nil)
        // A story its seeds set nowhere is not set somewhere by one judged item.
        #expect(StorySetting.nowhere.including(Self.fingerprinter.places(judged)) == .nowhere)
    }

    @Test func aStoryOfFewerSeedsGetsALowerDefaultThreshold() {
        var settings = AnalysisSettings()
        let defaults = [1, 2, 3, 4, 5, 0].map { settings.relatedThreshold(seeds: $0) }
        #expect(zip(defaults, [0.06, 0.07, 0.08, 0.09, 0.09, 0.06]).allSatisfy { abs($0 - $1) < 1e-12 })
        let teasers = [1, 2, 4].map { settings.relatedThreshold(seeds: $0, teasers: true) }
        #expect(zip(teasers, [0.05, 0.06, 0.08]).allSatisfy { abs($0 - $1) < 1e-12 })
        settings.relatedThreshold = 0.18
        #expect(abs(settings.relatedThreshold(seeds: 1) - 0.12) < 1e-12)
    }

    /// The engine gives each story without a threshold of its own the default for its number and
    /// kind of seeds: four teasers get 0.08, four headlines and four articles 0.09.
    @Test func teaserSeedsGetTheDefaultOfOneSeedFewer() throws {
        let articles = try FeedTestSupportSeeds.texts().prefix(4).enumerated().map { SeedDocument(name: "\($0.offset).txt", text: $0.element) }
        let teasers = articles.map { seed in
            SeedDocument(name: seed.name, text: seed.title + "\n" + seed.text.split(separator: ".").dropFirst().prefix(1).joined())
        }
        let headlines = articles.map { SeedDocument(name: $0.name, text: $0.title) }
        let stories = [("articles", articles), ("teasers", teasers), ("headlines", headlines)].map { StoryDefinition(name: $0.0, seeds: $0.1) }
        let engine = AnalysisEngine(stories: stories + [StoryDefinition(name: "own", seeds: teasers, relatedThreshold: 0.2)],
                                    settings: AnalysisSettings(), background: BackgroundStatistics())
        let thresholds = Dictionary(uniqueKeysWithValues: engine.stories.map { ($0.name, $0.relatedThreshold) })
        #expect(engine.stories.map(\.seedKind) == [.articles, .teasers, .headlines, .teasers])
        #expect(abs((thresholds["articles"] ?? 0) - 0.09) < 1e-12 && abs((thresholds["headlines"] ?? 0) - 0.09) < 1e-12)
        #expect(abs((thresholds["teasers"] ?? 0) - 0.08) < 1e-12)
        #expect(thresholds["own"] == 0.2)
    }

    /// The index scores exactly as each profile does, for every story it proposes, and proposes
    /// every story an item carries a heavy term of.
    @Test func theProfileIndexScoresAsTheProfilesDo() throws {
        let texts = try FeedTestSupportSeeds.texts()
        let stories = texts.enumerated().map { index, text in
            StoryModel(
                name: "s\(index)", seeds: [SeedDocument(name: "seed", text: text)], relatedThreshold: 0.06, fingerprinter: Self.fingerprinter,
                background: BackgroundStatistics())
        }
        let index = ProfileIndex(stories.map(\.profile))
        let items = [
            ("Lavrov meets Min Aung Hlaing in Naypyidaw", "Talks on arms and trade."),
            ("Tokyo stocks close higher as chip makers rally", "The Nikkei rose 1.2 per cent."),
        ] + texts.map { ("", $0) }
        for (title, body) in items {
            let fingerprint = Self.fingerprinter.fingerprint(title: title, body: body)
            let scores = index.scores(fingerprint)
            for (position, story) in stories.enumerated() {
                let alone = story.profile.score(fingerprint)
                if let indexed = scores[position] {
                    #expect(indexed == alone)
                } else {
                    #expect(alone.score < story.relatedThreshold, "\(title): story \(position) left out at \(alone.score)")
                }
            }
        }
        #expect(index.scores(Self.fingerprinter.fingerprint(title: "", body: texts[0])).count == stories.count, "a seed shares heavy terms with every story of the same event")
    }
}
