import FeedCore

/// A relatedness term as a 64-bit key, so that an item's terms are found without making a
/// `String` per word and pair: that was a quarter of preparing an item (`Benchmarks/versus.sh`).
///
/// A word's key is its hash as shingles use it (`ShingleSet.tokenHashes`); a pair's mixes its two
/// words' keys in order. Strings are kept only where people read them: a story's vocabulary,
/// matched terms and the background's counts. Keys are never stored, so they may change freely.
public enum TermKey {
    /// The key of a term as `TermExtractor` writes it: a word, or two words joined by a space.
    public static func of(_ term: String) -> UInt64 {
        // Split as written, not scanned again: a word is already normalised, and scanning can
        // change it once more (lower-casing "İ" leaves a mark that a second scan would drop).
        let words = term.split(separator: " ").map { XXH64.hash(String($0), seed: ShingleSet.tokenSeed) }
        return words.count == 2 ? pair(words[0], words[1]) : words.first ?? 0
    }

    static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        XXH64.hash(UnsafeRawBufferPointer(bytes), seed: ShingleSet.tokenSeed)
    }

    /// Rotating the second word makes "aung san" and "san aung" different keys.
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        XXH64.avalanche(first ^ (second << 29 | second >> 35) ^ 0x7061_6972_7465_726D)
    }
}
