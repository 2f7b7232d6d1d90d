import FeedCore
import FeedEvaluation
import Foundation

/// Near-duplicate detection on generated variants of the WikiRef events' articles.
struct DuplicateBenchmark {
    let folder: String

    let sweep: Bool

    func run() async throws {
        let articles = try WikiRefCorpus.load(folder: folder)
        let report = try await DuplicateEvaluation(settings: AnalysisSettings()).run(articles)
        for kind in DuplicateVariant.allCases {
            print("duplicates: \(kind.rawValue): \(report.found[kind] ?? 0) of \(report.variants[kind] ?? 0) found")
        }
        print(String(
            format: "duplicates: recall %.3f, precision %.3f (%d wrong matches; %d of %d different same-event article pairs called duplicates)",
            report.recall, report.precision, report.wrongMatches, report.falsePairs, report.pairs))
        print(String(
            format: "duplicates: margin: different articles reach resemblance %.3f and containment %.3f at most; found variants have similarity %.3f at least",
            report.highestPairResemblance, report.highestPairContainment, report.lowestFoundSimilarity))
        guard sweep else { return }
        // The evidence for the defaults: shingle length and permutation count.
        for (size, permutations) in [(3, 128), (4, 128), (5, 128), (6, 128), (4, 64), (4, 256)] {
            var settings = AnalysisSettings()
            settings.shingleSize = size
            settings.permutations = permutations
            let swept = try await DuplicateEvaluation(settings: settings).run(articles)
            print(String(
                format: "duplicates sweep: %d-word shingles, %3d permutations: recall %.3f precision %.3f; pairs reach resemblance %.3f containment %.3f; variants ≥ %.3f",
                size, permutations, swept.recall, swept.precision, swept.highestPairResemblance, swept.highestPairContainment,
                swept.lowestFoundSimilarity))
        }
    }
}
