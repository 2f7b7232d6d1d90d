import FeedCore

/// The terms relatedness is computed on: informative single words and adjacent word pairs.
///
/// Pairs ("foreign minister", "aung san") are only formed from words that are adjacent in the text
/// and both informative, so they capture names and fixed phrases rather than accidents of
/// stopword removal.
public enum TermExtractor {
    /// The terms as people read them (a story's vocabulary, adaptation).
    public static func terms(of tokens: [String]) -> Set<String> {
        var terms = Set<String>(minimumCapacity: tokens.count * 2)
        var previous: String?
        for token in tokens {
            guard isInformative(token) else {
                previous = nil
                continue
            }
            terms.insert(token)
            if let previous { terms.insert(previous + " " + token) }
            previous = token
        }
        return terms
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
        let bytes = token.utf8
        // ASCII fast paths for the two length and number tests; other scripts take the Character ones.
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        let isLongEnough = isASCII ? bytes.count >= 2 : token.count >= 2
        let isNumber = isASCII ? bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } : token.allSatisfy(\.isNumber)
        return isLongEnough && !isNumber && !Stopwords.english.contains(token)
    }

    /// `isInformative` of a scanned word whose key is `key`, making a `String` only outside ASCII.
    static func isInformative(_ word: UnsafeBufferPointer<UInt8>, key: UInt64) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else { return isInformative(String(decoding: word, as: UTF8.self)) }
        return word.count >= 2 && !word.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } && !stopwordKeys.contains(key)
    }

    private static let stopwordKeys = Set(Stopwords.english.map(TermKey.of))
}
