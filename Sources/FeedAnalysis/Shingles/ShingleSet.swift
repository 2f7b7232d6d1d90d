import FeedCore

/// The set of hashed word k-shingles of a text, kept sorted so set operations are linear merges.
public struct ShingleSet: Sendable, Equatable {
    /// Sorted, unique 64-bit shingle hashes.
    public let hashes: [UInt64]

    public init(sortedUnique hashes: [UInt64]) { self.hashes = hashes }

    /// Shingles of `tokens`, `size` words each; a text shorter than `size` words is one shingle.
    public init(tokens: [String], size: Int) {
        self.init(tokenHashes: tokens.map { XXH64.hash($0, seed: Self.tokenSeed) }, size: size)
    }

    /// Shingles of a text, hashing its words straight from the UTF-8 (`TokenHasher`).
    public init(text: String, size: Int) {
        self.init(tokenHashes: TokenHasher.hashes(text, seed: Self.tokenSeed), size: size)
    }

    /// Word hashes of a text, as the shingles use them.
    public static func tokenHashes(_ text: String) -> [UInt64] { TokenHasher.hashes(text, seed: tokenSeed) }

    /// Shingles over word hashes (`tokenHashes`).
    public init(tokenHashes: [UInt64], size: Int) {
        guard !tokenHashes.isEmpty else {
            hashes = []
            return
        }
        let width = min(size, tokenHashes.count)
        var shingles = [UInt64](repeating: 0, count: tokenHashes.count - width + 1)
        tokenHashes.withUnsafeBufferPointer { words in
            shingles.withUnsafeMutableBufferPointer { shingles in
                for start in shingles.indices {
                    // Word j of the shingle is rotated by 17·j bits so that order matters; one
                    // avalanche then mixes the whole (cheaper than one per word, same quality).
                    var combined = Self.shingleSeed
                    for offset in 0..<width {
                        let word = words[start + offset]
                        let rotation = UInt64(17 * offset % 64)
                        combined ^= rotation == 0 ? word : (word << rotation | word >> (64 - rotation))
                    }
                    shingles[start] = XXH64.avalanche(combined)
                }
            }
        }
        UniformHashSort.sort(&shingles)
        var unique = 0
        for index in shingles.indices where index == 0 || shingles[index] != shingles[unique - 1] {
            shingles[unique] = shingles[index]
            unique += 1
        }
        shingles.removeLast(shingles.count - unique)
        hashes = shingles
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// |A ∩ B|
    public func intersectionCount(_ other: ShingleSet) -> Int {
        let (small, large) = count <= other.count ? (hashes, other.hashes) : (other.hashes, hashes)
        // A headline-sized item against a seed article: binary searches beat a merge walk of the
        // article (the seed comparison was 9 % of a poll cycle's CPU, `Benchmarks/scale.sh`).
        if small.count * 16 < large.count { return Self.searchedIntersectionCount(small, in: large) }
        var i = 0, j = 0, shared = 0
        let a = small, b = large
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

    /// |small ∩ large| by one binary search per element of `small`, each starting where the last
    /// one ended (both sorted).
    private static func searchedIntersectionCount(_ small: [UInt64], in large: [UInt64]) -> Int {
        var low = 0, shared = 0
        for value in small {
            var high = large.count
            while low < high {
                let middle = (low + high) / 2
                if large[middle] < value { low = middle + 1 } else { high = middle }
            }
            if low == large.count { break }
            if large[low] == value {
                shared += 1
                low += 1
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

    /// Fixed seeds: changing them changes every stored hash (the store then re-fingerprints its
    /// items, see `AnalysisScheme`), so they do not change lightly.
    static let tokenSeed: UInt64 = 0x6665_6564_7761_7463
    static let shingleSeed: UInt64 = 0x7368_696E_676C_6573
}
