import FeedCore
@testable import FeedEvaluation
import FeedTestSupport
import Foundation
import Testing

/// The development evaluation's parts on the real corpora, and a slice of it with goals: ECB+'s 86
/// events tracked at once inside real feed entries. The whole of it, every mode and seed count
/// over the full stream, is `feedwatch-bench tracking` (docs/EVALUATION.md).
@Suite struct StreamTrackingTests {
    static let ecbplus = SharedData.corpus("ecbplus/ECB+").path
    static let stream = SharedData.corpus("rss-2023/stream.jsonl.gz").path

    @Test func ecbPlusHasItsTopicsEachWithTwoEvents() throws {
        let articles = try ECBPlusCorpus.load(folder: Self.ecbplus)
        #expect(articles.count == 982)
        let events = Set(articles.compactMap(\.event))
        #expect(events.count == 86)
        #expect(Set(articles.compactMap(\.topic)).count == 43)
        let lohan = try #require(articles.first { $0.id == "1_1ecbplus.xml" })
        #expect(lohan.event == "1+" && lohan.topic == "1")
        #expect(lohan.title == "Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab", "the URL sentence is left out")
        let reid = try #require(articles.first { $0.id == "1_1ecb.xml" })
        #expect(reid.title == "Another day in Hollywood; another star in rehab.")
        #expect(reid.lead.hasPrefix("Word comes from People magazine"))
    }

    @Test func theBackgroundIsTheRealStreamLessWhatTouchesWikiRef() throws {
        let hits = try BackgroundStream.topicHits(path: SharedData.corpus("rss-2023/wikiref-topic-hits.tsv").path)
        #expect(hits.count == 231)
        let all = try BackgroundStream.load(path: Self.stream)
        #expect(all.count == 58_633)
        #expect(all.allSatisfy { $0.event == nil && !$0.title.isEmpty })
        let sample = try BackgroundStream.load(path: Self.stream, excluding: hits, limit: 1_000)
        #expect(sample.count == 1_000)
        #expect(Set(sample.map(\.id)).count == 1_000)
    }

    @Test func firstSentencesAndInterleaving() {
        #expect(LabelledArticle.firstSentence(of: "Mr. Lavrov arrived on Wednesday. He met the junta.") == "Mr. Lavrov arrived on Wednesday.")
        #expect(LabelledArticle.firstSentence(of: "\nNo full stop here\nSecond line") == "No full stop here")
        let corpus = (0..<5).map { LabelledArticle(id: "c\($0)", event: "e", topic: nil, order: $0, title: "t", lead: "", body: "") }
        let background = (0..<100).map { LabelledArticle(id: "b\($0)", event: nil, topic: nil, order: $0, title: "t", lead: "", body: "") }
        let stream = StreamTracking.interleave(corpus, into: background)
        #expect(stream.count == 105)
        #expect(stream.filter { $0.event == nil }.map(\.id) == background.map(\.id), "the background keeps its order")
        #expect(stream == StreamTracking.interleave(corpus, into: background), "the same every run")
    }

    /// The TF-IDF centroid baseline scores the same stream: a report that repeats its seed's words
    /// near 1, one of the same event in other words above the rest, and text sharing no word 0.
    @Test func theCentroidBaselineScoresByCosineToTheSeeds() throws {
        func article(_ id: String, _ event: String?, _ title: String, _ body: String) -> LabelledArticle {
            LabelledArticle(
                id: id, event: event, topic: event == nil ? nil : "visit", order: Int(id.dropFirst()) ?? 0, title: title, lead: body, body: body)
        }
        let corpus = [
            article("a1", "lavrov", "Lavrov arrives in Myanmar", "Russia's foreign minister Sergei Lavrov arrived in Naypyitaw to meet the junta."),
            article("a2", "lavrov", "Lavrov arrives in Myanmar", "Russia's foreign minister Sergei Lavrov arrived in Naypyitaw to meet the junta."),
            article("a3", "lavrov", "Lavrov praises junta ties", "The Russian minister praised the generals in Naypyitaw."),
            article("b1", "wang", "Wang Yi arrives in Myanmar", "China's foreign minister Wang Yi arrived in Bagan to meet the junta."),
            article("b2", "wang", "Wang Yi meets generals", "China's minister met the generals in Bagan."),
        ]
        let background = [article("x1", nil, "Arsenal win the cup", "Goals in the second half settled the final at Wembley.")]
        let report = CentroidBaseline.run(
            corpus: "test", articles: corpus, background: background, mode: .fullText, seedsPerEvent: 1, seedsAsItems: false)
        let lavrov = try #require(report.events.first { $0.event == "lavrov" })
        #expect(report.events.map(\.event) == ["lavrov", "wang"])
        #expect(report.streamItems == 4)
        #expect(lavrov.targets.count == 2)
        let copy = lavrov.targets.max() ?? 0, rewrite = lavrov.targets.min() ?? 0
        #expect(copy > 0.99, "the seed's own words")
        #expect(rewrite > 0.1 && rewrite < copy)
        #expect(lavrov.nearMisses.count == 1 && lavrov.nearMisses[0] < rewrite, "Wang Yi's visit shares only the kind of event")
        #expect(lavrov.quietNonTargets == 1, "the football report shares no word")
        #expect(report.cost(at: 0.1).missRate == 0)
    }

    /// A dateline is all that two reports share: the baseline scores it unless dates are left out.
    @Test func theBaselineCanLeaveDatesOut() throws {
        let texts = [
            (title: "Prison guards handcuffed", body: "Posted: November 30, 2009 05:40 PM ET"),
            (title: "Escapee on the most wanted list", body: "Updated Monday, November 30, 2009"),
        ]
        let corpus = texts.enumerated().map { order, text in
            LabelledArticle(id: "a\(order)", event: "e", topic: nil, order: order, title: text.title, lead: "", body: text.body)
        }
        for (withoutDates, shares) in [(false, true), (true, false)] {
            let report = CentroidBaseline.run(
                corpus: "test", articles: corpus, background: [], mode: .fullText, seedsPerEvent: 1, seedsAsItems: false, withoutDates: withoutDates)
            let target = try #require(report.events.first?.targets.first)
            #expect((target > 0) == shares, "without dates: \(withoutDates)")
        }
    }

    /// ECB+ with one seed article per event, in teasers (headline and first sentence) and full
    /// text, among 1,500 real feed entries. The goals are today's figures with a margin: the
    /// evaluation fails when tracking gets worse. Each scorer at one threshold, feedwatch costs
    /// less than the TF-IDF centroid baseline at the one that is best for it over the whole
    /// development evaluation.
    @Test func ecbPlusTrackedInsideARealStream() async throws {
        let articles = try ECBPlusCorpus.load(folder: Self.ecbplus)
        let background = try BackgroundStream.load(path: Self.stream, limit: 1_500)
        let settings = AnalysisSettings()
        let threshold = settings.relatedThreshold(seeds: 1)
        // Measured 0.034 and 0.071 on this slice (the release run over the whole stream: docs/EVALUATION.md).
        for (mode, goal) in [(TextMode.fullText, 0.07), (.teaser, 0.13)] {
            let report = await StreamTracking(settings: settings).run(
                corpus: "ECB+", articles: articles, background: background, mode: mode, seedsPerEvent: 1)
            let cost = report.cost(at: threshold)
            print(String(
                format: "stream tracking (ECB+, %@, 1 seed): P_miss %.3f P_FA %.5f C_norm %.3f near-miss %.3f", mode.rawValue,
                cost.missRate, cost.falseAlarmRate, cost.normalised, report.nearMissRate(at: threshold) ?? -1))
            #expect(report.events.count == 86)
            #expect(report.streamItems == 1_500 + 982 - 86)
            #expect(report.events.allSatisfy { !$0.targets.isEmpty && !$0.nearMisses.isEmpty })
            #expect(cost.normalised <= goal, "\(mode.rawValue)")
            let baseline = CentroidBaseline.run(
                corpus: "ECB+", articles: articles, background: background, mode: mode, seedsPerEvent: 1, seedsAsItems: false)
            let best = baseline.bestThreshold(among: CentroidBaseline.thresholds)
            let atChosen = baseline.cost(at: CentroidBaseline.chosenOnECBPlus).normalised
            print(String(
                format: "TF-IDF centroid baseline (ECB+, %@, 1 seed): C_norm %.3f at %.2f, %.3f at this slice's best threshold %.2f", mode.rawValue,
                atChosen, CentroidBaseline.chosenOnECBPlus, baseline.cost(at: best).normalised, best))
            #expect(cost.normalised < atChosen, "\(mode.rawValue): feedwatch at its default threshold against the baseline at its own")
        }
    }

    /// ECB+ with each event seeded with its four earliest headlines, or teasers, and the same for
    /// items, among 1,500 real feed entries. Headlines: measured 0.144, level with the TF-IDF
    /// centroid baseline at its threshold (0.143); before every story's seeds counted in the
    /// background, 0.148 scored against the whole profile alone, 0.182 with coverage squared too, as
    /// for article seeds. Teasers: measured 0.055 at the threshold of one seed fewer, 0.08, and
    /// 0.057 at 0.09 (0.075 and 0.080 against the whole profile alone, before the seeds counted).
    @Test func ecbPlusSeededWithHeadlinesOrTeasersInsideARealStream() async throws {
        let articles = try ECBPlusCorpus.load(folder: Self.ecbplus)
        let background = try BackgroundStream.load(path: Self.stream, limit: 1_500)
        let settings = AnalysisSettings()
        let threshold = settings.relatedThreshold(seeds: 4)
        let headlines = await StreamTracking(settings: settings, seedsAsItems: true).run(
            corpus: "ECB+", articles: articles, background: background, mode: .headline, seedsPerEvent: 4)
        let baseline = CentroidBaseline.run(
            corpus: "ECB+", articles: articles, background: background, mode: .headline, seedsPerEvent: 4, seedsAsItems: true)
        let atChosen = baseline.cost(at: CentroidBaseline.chosenOnECBPlus).normalised
        let teasers = await StreamTracking(settings: settings, seedsAsItems: true).run(
            corpus: "ECB+", articles: articles, background: background, mode: .teaser, seedsPerEvent: 4)
        // Scores are kept scaled to each story's own threshold (0.08), so 0.09 for every story is here.
        let teaserCostAtCountDefault = teasers.cost(at: threshold * threshold / settings.relatedThreshold(seeds: 4, teasers: true)).normalised
        let (headlineCost, teaserCost) = (headlines.cost(at: threshold).normalised, teasers.cost(at: threshold).normalised)
        print(String(
            format: "stream tracking (ECB+, 4 seeds as items): headlines C_norm %.3f, TF-IDF centroid baseline %.3f at %.2f; "
                + "teasers %.3f, %.3f at 0.09", headlineCost, atChosen, CentroidBaseline.chosenOnECBPlus, teaserCost, teaserCostAtCountDefault))
        #expect(headlines.events.count == 84 && teasers.events.count == 84)
        #expect(headlineCost <= 0.165)
        #expect(headlineCost < atChosen + 0.01, "feedwatch at its default threshold against the baseline at its own")
        #expect(teaserCost <= 0.085)
        #expect(teaserCost < teaserCostAtCountDefault)
    }

    /// WikiRef's events in teasers among 1,500 real feed entries, seeded with one article each,
    /// with every item's page served as a news page from loopback outlets: reading the pages
    /// `articles: auto` picks, through the daemon's fetcher and extractor, costs less than teasers
    /// alone and asks for few pages. One seed is where pages pay most over the whole stream
    /// (`feedwatch-bench tracking --articles-only`, beside full text: docs/EVALUATION.md).
    @Test func wikiRefTeasersWithTheirPagesRead() async throws {
        let articles = WikiRefCorpus.labelled(try WikiRefCorpus.load(folder: SharedData.corpus("wikiref/WikiRef220").path))
        let background = try BackgroundStream.load(path: Self.stream, limit: 1_500)
        let everything = articles + background
        let index = Dictionary(uniqueKeysWithValues: everything.enumerated().map { ($0.element.id, $0.offset) })
        let site = try await ArticleSite.start(everything.map { ArticleSite.Article(title: $0.title, body: $0.body) })
        let scratch = try await ScratchStore(feedURL: "test:articles")
        defer { scratch.remove(); Task { try? await site.stop() } }
        let settings = AnalysisSettings()
        let threshold = settings.relatedThreshold(seeds: 1)
        let teasers = await StreamTracking(settings: settings).run(
            corpus: "WikiRef", articles: articles, background: background, mode: .teaser, seedsPerEvent: 1)
        let withPages = await StreamTracking(settings: settings, pages: .fromLoopback(rememberedIn: scratch.store) { site.url(of: index[$0.id] ?? 0) }).run(
            corpus: "WikiRef", articles: articles, background: background, mode: .teaser, seedsPerEvent: 1)
        let (before, after) = (teasers.cost(at: threshold), withPages.cost(at: threshold))
        print(String(
            format: "WikiRef teasers: C_norm %.3f; with pages read (auto): %.3f, %d of %d items' pages asked for, %d read", before.normalised,
            after.normalised, withPages.pagesRequested, withPages.streamItems, withPages.pagesRead))
        #expect(after.normalised < before.normalised)
        #expect(withPages.pagesRead > 0)
        #expect(withPages.pagesRequested * 3 < withPages.streamItems)
    }
}
