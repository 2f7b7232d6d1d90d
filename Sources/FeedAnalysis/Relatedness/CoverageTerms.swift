/// A story's coverage as the profile weighs it: per term its squared coverage and its prior share
/// (`BackgroundStatistics.priorShare(of:)`). Both stay fixed until the coverage changes, while the
/// term's rarity moves with the background, so a profile is weighed again from these alone. Working
/// them out at every re-weighting was 6 % of the daemon's CPU on a 20,000-item stream.
public struct CoverageTerms: Sendable {
    let terms: [String]
    let coverageSquared: [Double]
    let priorShares: [Double]

    public init(_ coverage: [String: Double]) {
        let entries = Array(coverage)
        terms = entries.map(\.key)
        coverageSquared = entries.map { $0.value * $0.value }
        priorShares = terms.map(BackgroundStatistics.priorShare(of:))
    }
}
