/// Broder's MOD-m sample of a shingle set: the shingles whose hash is 0 modulo `modulus`.
///
/// Resemblance banding cannot find a short text inside a long one (their Jaccard is small), so the
/// store also keeps an index of sampled shingles; a stored text that holds any sampled shingle of a
/// new item is a containment candidate, verified on the full sets. Shingle hashes are uniform, so
/// the sample is an unbiased 1/m of the set.
public enum ContainmentSample {
    public static let modulus: UInt64 = 4

    public static var scheme: String { "mod\(modulus)" }

    public static func keys(of shingles: ShingleSet) -> [Int64] {
        shingles.hashes.lazy.filter { $0 % modulus == 0 }.map { Int64(bitPattern: $0) }
    }
}
