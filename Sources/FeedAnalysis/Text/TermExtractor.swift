import FeedCore

/// The terms relatedness is computed on: informative single words and adjacent word pairs.
///
/// Pairs ("foreign minister", "aung san") are only formed from words that are adjacent in the text
/// and both informative, so they capture names and fixed phrases rather than accidents of
/// stopword removal.
public enum TermExtractor {
    /// The terms as people read them (a story's vocabulary, adaptation).
    public static func terms(of tokens: [String]) -> Set<String> { Set(termCounts(of: tokens).keys) }

    /// The terms with how often each occurs.
    public static func termCounts(of tokens: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        var previous: String?
        for token in tokens {
            guard isInformative(token) else {
                previous = nil
                continue
            }
            counts[token, default: 0] += 1
            if let previous { counts[previous + " " + token, default: 0] += 1 }
            previous = token
        }
        return counts
    }

    /// The same terms as keys (`TermKey`), from the words' hashes: what scoring an item uses.
    static func terms(hashes: [UInt64], informative: [Bool]) -> TermSet {
        var keys: [UInt64] = []
        keys.reserveCapacity(hashes.count * 2)
        var previous: UInt64?
        for (hash, isInformative) in zip(hashes, informative) {
            guard isInformative else {
                previous = nil
                continue
            }
            keys.append(hash)
            if let previous { keys.append(TermKey.pair(previous, hash)) }
            previous = hash
        }
        return TermSet(keys)
    }

    static func isInformative(_ token: String) -> Bool {
        var token = token
        return token.withUTF8 { isInformative($0, key: TermKey.word($0)) }
    }

    /// Whether a word whose key is `key` makes a term: two letters or more, not a number, not a
    /// stopword. ASCII is tested on its bytes; other scripts count `Character`s, which takes a `String`.
    static func isInformative(_ word: UnsafeBufferPointer<UInt8>, key: UInt64) -> Bool {
        guard !stopwordKeys.contains(key) else { return false }
        guard word.allSatisfy({ $0 < 0x80 }) else {
            let token = String(decoding: word, as: UTF8.self)
            return token.count >= 2 && !token.allSatisfy(\.isNumber)
        }
        return word.count >= 2 && !word.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static let stopwordKeys = Set(Stopwords.english.map(TermKey.of))
}
