import FeedCore
import Foundation

/// LSH banding of MinHash signatures: `bands` bands of `rowsPerBand` rows each.
///
/// Two texts of resemblance `s` share at least one band key with probability
/// `P(s) = 1 − (1 − s^r)^b`. `forThreshold` picks (b, r) with b·r ≤ n that minimises the area of
/// false positives below the threshold plus false negatives above it, weighted equally:
/// `∫₀ᵗ P(s) ds + ∫ₜ¹ (1 − P(s)) ds`. Band matches are only candidates: every candidate is verified
/// on its real shingle set before it counts.
public struct LSHParameters: Sendable, Equatable {
    public let bands: Int
    public let rowsPerBand: Int

    public init(bands: Int, rowsPerBand: Int) {
        precondition(bands > 0 && rowsPerBand > 0, "LSH needs at least one band of one row")
        self.bands = bands
        self.rowsPerBand = rowsPerBand
    }

    public static func forThreshold(_ threshold: Double, numPermutations: Int) -> LSHParameters {
        var best = LSHParameters(bands: numPermutations, rowsPerBand: 1)
        var bestError = Double.infinity
        for rows in 1...numPermutations {
            for bands in 1...(numPermutations / rows) {
                let falsePositive = integrate(from: 0, to: threshold) { candidateProbability($0, bands: bands, rows: rows) }
                let falseNegative = integrate(from: threshold, to: 1) { 1 - candidateProbability($0, bands: bands, rows: rows) }
                let error = falsePositive + falseNegative
                if error < bestError {
                    bestError = error
                    best = LSHParameters(bands: bands, rowsPerBand: rows)
                }
            }
        }
        return best
    }

    /// P(two texts of resemblance s share a band).
    public static func candidateProbability(_ s: Double, bands: Int, rows: Int) -> Double {
        1 - pow(1 - pow(s, Double(rows)), Double(bands))
    }

    /// One key per band: XXH64 of the band's rows, seeded with the band number.
    public func bandKeys(of signature: [UInt64]) -> [Int64] {
        precondition(signature.count >= bands * rowsPerBand, "signature shorter than bands × rows")
        return (0..<bands).map { band in
            let rows = Array(signature[(band * rowsPerBand)..<((band + 1) * rowsPerBand)])
            let key = rows.withUnsafeBytes { XXH64.hash($0, seed: UInt64(band)) }
            return Int64(bitPattern: key)
        }
    }

    private static func integrate(from lower: Double, to upper: Double, _ f: (Double) -> Double) -> Double {
        let steps = 100
        let width = (upper - lower) / Double(steps)
        return (0..<steps).reduce(0) { sum, index in sum + f(lower + (Double(index) + 0.5) * width) * width }
    }
}
