import FeedAnalysis
import FeedCore

/// k independent permutations, one seeded mix each: the yardstick for `MinHasher`'s accuracy.
struct ReferenceMinHasher {
    let seeds: [UInt64]

    init(numPermutations: Int) {
        seeds = (0..<numPermutations).map { XXH64.avalanche(UInt64($0) &+ 0x5EED) }
    }

    func signature(of shingles: ShingleSet) -> [UInt64] {
        seeds.map { seed in shingles.hashes.reduce(UInt64.max) { min($0, XXH64.avalanche($1 ^ seed)) } }
    }
}
