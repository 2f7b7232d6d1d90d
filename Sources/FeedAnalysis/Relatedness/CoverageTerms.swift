/// A story's coverage as the profile weighs it: per term its squared coverage and its prior share
/// (`BackgroundStatistics.priorShare(of:)`). Both stay fixed until the coverage changes, while the
/// term's rarity moves with the background, so a profile is weighed again from these alone. Working
/// them out at every re-weighting was 6 % of the daemon's CPU on a 20,000-item stream.
public struct CoverageTerms: Sendable {
    let terms: [String]
    let coverageSquared: [Double]
    let priorShares: [Double]

    public init(_ coverage: [String: Double]) {
        terms = Array(coverage.keys)
        coverageSquared = terms.map { coverage[$0]! * coverage[$0]! }
        priorShares = terms.map(BackgroundStatistics.priorShare(of:))
    }
}
