import FeedCore

/// The XXH64 hashes of a text's words (`WordScanner`), without making a `String` per word:
/// shingling's hot path. The same as hashing `Tokenizer.tokens(text)` one by one (a test holds the
/// two to each other), so stored shingles stay comparable.
enum TokenHasher {
    static func hashes(_ text: String, seed: UInt64) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(text.utf8.count / 5)
        WordScanner.scan(text) { word in result.append(XXH64.hash(UnsafeRawBufferPointer(word), seed: seed)) }
        return result
    }
}
