import FeedCore

/// MinHash signatures over shingle hashes, one seeded 64-bit mix per permutation.
///
/// Permutation `i` maps a shingle hash `s` to `avalanche(s ^ seed[i])`; seeds are derived from the
/// index with XXH64, so signatures are stable across processes and machines.
public struct MinHasher: Sendable {
    public let numPermutations: Int
    private let seeds: [UInt64]

    public init(numPermutations: Int) {
        precondition(numPermutations > 0, "a MinHash signature needs at least one permutation")
        self.numPermutations = numPermutations
        seeds = (0..<numPermutations).map { index in
            withUnsafeBytes(of: UInt64(index).littleEndian) { XXH64.hash($0, seed: 0x6D69_6E68_6173_6821) }
        }
    }

    /// The signature of a shingle set; an empty set gets all `UInt64.max`.
    public func signature(of shingles: ShingleSet) -> [UInt64] {
        var minima = [UInt64](repeating: .max, count: numPermutations)
        seeds.withUnsafeBufferPointer { seeds in
            minima.withUnsafeMutableBufferPointer { minima in
                for shingle in shingles.hashes {
                    for index in 0..<seeds.count {
                        let value = XXH64.avalanche(shingle ^ seeds[index])
                        if value < minima[index] { minima[index] = value }
                    }
                }
            }
        }
        return minima
    }

    /// The share of equal positions: an unbiased estimate of resemblance.
    public static func estimatedResemblance(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var equal = 0
        for index in a.indices where a[index] == b[index] { equal += 1 }
        return Double(equal) / Double(a.count)
    }
}
