import FeedCore
import FeedEvaluation
import FeedTestSupport
import Foundation
import Testing

/// Near-duplicate detection on variants of real articles, in CI (figures in BENCHMARKS.md from
/// `feedwatch-bench duplicates --sweep`).
@Suite struct DuplicateEvaluationTests {
    @Test func variantsChangeWhatTheySay() {
        let text = "Headline\n\nThe colour of the centre.\n\nSecond paragraph.\n\nThird paragraph.\n\nFourth paragraph."
        #expect(DuplicateVariant.cut.apply(title: "Headline", text: text).text == "The colour of the centre.\n\nSecond paragraph.")
        #expect(DuplicateVariant.spelling.apply(title: "Headline", text: text).text.hasPrefix("The color of the center."))
        #expect(DuplicateVariant.reordered.apply(title: "Headline", text: text).text.hasSuffix("Second paragraph."))
        #expect(DuplicateVariant.boilerplate.apply(title: "Headline", text: text).text.contains("Original url: https://news.example.invalid/"))
        #expect(DuplicateVariant.headline.apply(title: "Headline", text: text).title == "UPDATED: The colour of the centre.")
    }

    @Test func variantsAreFoundAndDifferentArticlesAreNot() async throws {
        let articles = try WikiRefCorpus.load(folder: SharedData.corpus("wikiref/WikiRef220").path)
        let report = try await DuplicateEvaluation(settings: AnalysisSettings()).run(articles)
        print(String(format: "duplicates: recall %.3f precision %.3f, %d false pairs of %d", report.recall, report.precision,
                     report.falsePairs, report.pairs))
        #expect(report.variants.values.reduce(0, +) == 185 * DuplicateVariant.allCases.count)
        #expect(report.recall >= 0.9)
        #expect(report.precision >= 0.95)
    }
}
