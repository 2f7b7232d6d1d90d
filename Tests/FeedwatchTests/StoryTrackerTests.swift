import FeedAnalysis
import FeedCore
import FeedTestSupport
import Foundation
import Testing

/// Verdicts on real text: the seed corpus, copies made from it, and unrelated WikiRef news.
@Suite struct StoryTrackerTests {
    let settings = AnalysisSettings()
    let fingerprinter: Fingerprinter
    let tracker: StoryTracker
    let story: StoryModel
    let seeds: [(name: String, text: String)]

    init() throws {
        fingerprinter = Fingerprinter(settings: settings)
        tracker = StoryTracker(settings: settings)
        seeds = try SharedData.seedTexts()
        story = StoryModel(
            name: "lavrov-myanmar", seeds: seeds.map { SeedDocument(name: $0.name, text: $0.text) },
            relatedThreshold: settings.relatedThreshold, fingerprinter: fingerprinter, background: BackgroundStatistics())
    }

    private func assess(title: String, body: String, candidates: [StoredCandidate] = []) -> Assessment {
        tracker.assess(fingerprinter.fingerprint(title: title, body: body), story: story, candidates: candidates)
    }

    private func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").filter { $0.split(separator: " ").count > 12 }
    }

    /// Adaptive tracking: a confirmed related story's new names join the profile, at less than a
    /// seed's weight, and a story that is not adaptive never changes.
    @Test func adaptiveStoriesLearnFromRelatedStoriesWithinBounds() throws {
        let related = fingerprinter.termStrings(
            title: "Lavrov meets Myanmar junta chief", body: "Talks in Naypyidaw touched on the Yedagon energy project and Rosatom.")
        var fixed = story
        fixed.adapt(to: [related], background: BackgroundStatistics())
        #expect(fixed.coverage == story.coverage)

        var adaptive = StoryModel(
            name: "adaptive", seeds: seeds.map { SeedDocument(name: $0.name, text: $0.text) }, relatedThreshold: 0.09,
            fingerprinter: fingerprinter, background: BackgroundStatistics(), adaptive: true, adaptiveWeight: 0.5)
        #expect(adaptive.coverage["rosatom"] == nil)
        adaptive.adapt(to: [related], background: BackgroundStatistics())
        let once = try #require(adaptive.coverage["rosatom"])
        #expect(abs(once - 0.5 / 5.5) < 1e-9)
        adaptive.adapt(to: Array(repeating: related, count: 100), background: BackgroundStatistics())
        // 101 related stories weigh as much as the 5 seeds together, no more.
        #expect(adaptive.coverage["rosatom"].map { abs($0 - 0.5) < 1e-9 } == true)
    }

    @Test func aSeedReprintedWithANewHeadlineIsADuplicateOfThatSeed() {
        let seed = seeds[2]
        let result = assess(title: "Moscow's envoy lands in Naypyidaw", body: seed.text + "\nOriginal url: https://x.test/a")
        #expect(result.verdict == .duplicate)
        #expect(result.duplicate?.reference == DuplicateReference(kind: .seed, ref: seed.name, similarity: result.duplicate?.reference.similarity ?? 0))
        #expect((result.duplicate?.reference.similarity ?? 0) > 0.9)
    }

    @Test func aShortSummaryCutFromASeedIsContainedInIt() throws {
        let paragraph = try #require(paragraphs(seeds[0].text).dropFirst(2).first)
        let result = assess(title: "", body: paragraph)
        #expect(result.verdict == .duplicate)
        #expect(result.duplicate?.reference.kind == .seed)
        #expect((result.duplicate?.containment ?? 0) >= settings.containmentThreshold)
    }

    @Test func aSeedWithReorderedParagraphsIsStillADuplicate() {
        let reordered = paragraphs(seeds[1].text).reversed().joined(separator: "\n\n")
        #expect(assess(title: "Russia backs junta", body: reordered).verdict == .duplicate)
    }

    @Test func newTextOnTheStoryIsRelated() {
        let result = assess(
            title: "Lavrov meets Myanmar junta chief Min Aung Hlaing in Naypyidaw",
            body: """
                Russian Foreign Minister Sergei Lavrov held talks with Senior General Min Aung Hlaing on Wednesday,
                the second day of a visit the military government presents as proof that it is not isolated. The two
                sides discussed arms deliveries and energy projects, and Lavrov repeated Moscow's support for the
                junta's plan to hold elections.
                """)
        #expect(result.verdict == .related)
        #expect(result.matched.map(\.term).contains("lavrov"))
        #expect(result.matched.map(\.term).contains("naypyidaw"))
    }

    @Test func aHeadlineAloneCanBeRelated() {
        let result = assess(title: "Lavrov arrives in Myanmar for talks with junta", body: "")
        #expect(result.verdict == .related, "score \(result.score)")
    }

    /// Every WikiRef article (220 news articles on 16 other topics) is a negative for this story.
    @Test func unrelatedNewsIsUnrelated() throws {
        var falseAlarms: [String] = []
        var scores: [Double] = []
        for name in try SharedData.wikirefNames() {
            let text = try SharedData.wikiref(name)
            let title = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let result = assess(title: title, body: text)
            scores.append(result.score)
            if result.verdict != .unrelated { falseAlarms.append("\(name) (\(result.verdict), \(result.score))") }
        }
        #expect(scores.count == 220)
        print("wikiref negatives: max score \(scores.max() ?? 0), mean \(scores.reduce(0, +) / Double(scores.count))")
        #expect(falseAlarms.isEmpty, "\(falseAlarms)")
    }

    @Test func anotherArticleOfTheSameEventIsNotADuplicate() {
        // Seeds 0 and 1 report the same statements but are different articles.
        let result = tracker.rule.match(
            fingerprinter.fingerprint(title: "", body: seeds[0].text).shingles,
            against: fingerprinter.fingerprint(title: "", body: seeds[1].text).shingles, reference: .seed, ref: seeds[1].name)
        #expect(result == nil)
    }

    @Test func aStoredCandidateIsMatchedAsItem() {
        let original = fingerprinter.fingerprint(
            title: "Lavrov meets junta chief", body: "Sergei Lavrov met Min Aung Hlaing in Naypyidaw and discussed arms deliveries, energy projects and elections planned for next year.")
        let copy = assess(
            title: "Top Russian diplomat meets junta chief", body: "Sergei Lavrov met Min Aung Hlaing in Naypyidaw and discussed arms deliveries, energy projects and elections planned for next year.",
            candidates: [StoredCandidate(itemID: 42, shingles: original.shingles)])
        #expect(copy.verdict == .duplicate)
        #expect(copy.duplicate?.reference.kind == .item)
        #expect(copy.duplicate?.reference.ref == "42")
    }

    @Test func backgroundLowersTheWeightOfCommonTerms() {
        var background = BackgroundStatistics()
        for _ in 0..<200 { background.observe(terms: ["russia", "government"], tracked: story.vocabulary) }
        var adapted = story
        adapted.refreshProfile(background: background)
        let before = story.profile.weights["russia"] ?? 0
        let after = adapted.profile.weights["russia"] ?? 0
        #expect(after < before)
        #expect((adapted.profile.weights["naypyitaw"] ?? 0) > after, "the seeds write Naypyidaw, which folds to the gazetteer's first name")
    }
}
