import FeedCore

/// The set of hashed word k-shingles of a text, kept sorted so set operations are linear merges.
public struct ShingleSet: Sendable, Equatable {
    /// Sorted, unique 64-bit shingle hashes.
    public let hashes: [UInt64]

    public init(sortedUnique hashes: [UInt64]) { self.hashes = hashes }

    /// Shingles of `tokens`, `size` words each; a text shorter than `size` words is one shingle.
    public init(tokens: [String], size: Int) {
        guard !tokens.isEmpty else {
            hashes = []
            return
        }
        let tokenHashes = tokens.map { XXH64.hash($0, seed: Self.tokenSeed) }
        let width = min(size, tokenHashes.count)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(tokenHashes.count - width + 1)
        for start in 0...(tokenHashes.count - width) {
            var combined = Self.shingleSeed
            for offset in 0..<width {
                combined = XXH64.avalanche((combined << 5 | combined >> 59) ^ tokenHashes[start + offset])
            }
            shingles.append(combined)
        }
        shingles.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(shingles.count)
        for value in shingles where unique.last != value { unique.append(value) }
        hashes = unique
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// |A ∩ B|
    public func intersectionCount(_ other: ShingleSet) -> Int {
        var i = 0, j = 0, shared = 0
        let a = hashes, b = other.hashes
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// Broder's resemblance, |A ∩ B| / |A ∪ B|.
    public func resemblance(_ other: ShingleSet) -> Double {
        let shared = intersectionCount(other)
        let union = count + other.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Broder's containment of this set in `other`, |A ∩ B| / |A|.
    public func containment(in other: ShingleSet) -> Double {
        isEmpty ? 0 : Double(intersectionCount(other)) / Double(count)
    }

    /// Fixed seeds: changing them changes every stored hash, so they never change.
    static let tokenSeed: UInt64 = 0x6665_6564_7761_7463
    static let shingleSeed: UInt64 = 0x7368_696E_676C_6573
}
