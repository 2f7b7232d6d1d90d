import FeedCore

/// MinHash signatures by one-permutation hashing with optimal densification (Li, Owen & Zhang
/// 2012; Shrivastava 2017): each shingle hash goes to one of `numPermutations` bins by its top
/// bits and the bin keeps its smallest value; empty bins (short texts) borrow the value of a bin
/// chosen by a fixed hash of their index, so equal sets always get equal signatures and the share
/// of equal positions still estimates resemblance.
///
/// One hash per shingle instead of one per shingle and permutation: measured in
/// `feedwatch-bench analysis` at many times the speed of 128 separate permutations, with the
/// same estimation error against exact resemblance (also printed there).
public struct MinHasher: Sendable {
    public let numPermutations: Int

    /// Names the signature scheme; stored signatures made under another one are recomputed.
    public var scheme: String { "oph-densified-\(numPermutations)" }

    public init(numPermutations: Int) {
        precondition(numPermutations > 0, "a MinHash signature needs at least one permutation")
        self.numPermutations = numPermutations
    }

    /// The signature of a shingle set; an empty set gets all `UInt64.max`.
    public func signature(of shingles: ShingleSet) -> [UInt64] {
        let bins = UInt64(numPermutations)
        var minima = [UInt64](repeating: .max, count: numPermutations)
        minima.withUnsafeMutableBufferPointer { minima in
            for shingle in shingles.hashes {
                // Shingle hashes are uniform; a second mix makes the bin independent of the value.
                let mixed = XXH64.avalanche(shingle)
                let bin = Int(mixed.multipliedFullWidth(by: bins).high)
                if mixed < minima[bin] { minima[bin] = mixed }
            }
        }
        guard !shingles.isEmpty else { return minima }
        return densified(minima)
    }

    /// Fills each empty bin from the first non-empty bin in its own fixed probe sequence.
    private func densified(_ minima: [UInt64]) -> [UInt64] {
        guard minima.contains(.max) else { return minima }
        var result = minima
        for index in minima.indices where minima[index] == .max {
            var attempt: UInt64 = 0
            while true {
                let probe = XXH64.avalanche(UInt64(index) << 32 | attempt)
                let donor = Int(probe.multipliedFullWidth(by: UInt64(numPermutations)).high)
                if minima[donor] != .max {
                    result[index] = minima[donor]
                    break
                }
                attempt += 1
            }
        }
        return result
    }

    /// The share of equal positions: an estimate of resemblance.
    public static func estimatedResemblance(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var equal = 0
        for index in a.indices where a[index] == b[index] { equal += 1 }
        return Double(equal) / Double(a.count)
    }
}
