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
}
