import FeedCore

/// The terms relatedness is computed on: informative single words and adjacent word pairs, each
/// word folded to its stem (`Stemmer`), so that a plural matches its singular, and a place's other
/// names to its name (`PlaceNameFold`), so that "Burma" matches "Myanmar".
///
/// Pairs ("foreign minister", "aung san") are only formed from words that are adjacent in the text
/// and both informative, so they capture names and fixed phrases rather than accidents of
/// stopword removal.
public enum TermExtractor {
    /// The terms as strings (a story's vocabulary, adaptation).
    public static func terms(of tokens: [String]) -> Set<String> { Set(termCounts(of: tokens).keys) }

    /// The terms with how often each occurs.
    public static func termCounts(of tokens: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        forEachTerm(of: tokens) { term, _ in counts[term, default: 0] += 1 }
        return counts
    }

    /// Each term's spelling where the tokens first use it: "sanctions" for the term "sanction".
    public static func spellings(of tokens: [String]) -> [String: String] {
        var spellings: [String: String] = [:]
        forEachTerm(of: tokens) { term, spelling in
            if spellings[term] == nil { spellings[term] = spelling }
        }
        return spellings
    }

    /// Calls `body` with each term, as stems (`Stemmer`), and its words as written.
    private static func forEachTerm(of tokens: [String], _ body: (_ term: String, _ spelling: String) -> Void) {
        var previous: (stem: String, word: String)?
        for word in tokens {
            guard isInformative(word) else {
                previous = nil
                continue
            }
            let stem = PlaceNameFold.fold(Stemmer.stem(word))
            body(stem, word)
            if let previous { body(previous.stem + " " + stem, previous.word + " " + word) }
            previous = (stem, word)
        }
    }

    /// The same terms as keys (`TermKey`), from the keys of the words' stems: what scoring an item uses.
    static func terms(stemKeys: [UInt64], informative: [Bool]) -> TermSet {
        var keys: [UInt64] = []
        keys.reserveCapacity(stemKeys.count * 2)
        var previous: UInt64?
        for (hash, isInformative) in zip(stemKeys, informative) {
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
