import Foundation

/// A story's coverage as the profile weighs it: per term its coverage raised to the story's
/// `coveragePower` and its prior share (`BackgroundStatistics.priorShare(of:)`). Both stay fixed
/// until the coverage changes, while the term's rarity moves with the background, so a profile is
/// weighed again from these alone. Working them out at every re-weighting was 6 % of the daemon's
/// CPU on a 20,000-item stream.
public struct CoverageTerms: Sendable {
    let terms: [String]
    let coverageWeights: [Double]
    let priorShares: [Double]

    public init(_ coverage: [String: Double], power: Double = StoryProfile.articleCoveragePower) {
        let entries = Array(coverage)
        terms = entries.map(\.key)
        coverageWeights = entries.map { pow($0.value, power) }
        priorShares = terms.map(BackgroundStatistics.priorShare(of:))
    }
}
