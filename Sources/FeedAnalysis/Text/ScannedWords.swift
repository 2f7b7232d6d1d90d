/// A text's words in one pass over its UTF-8 (`WordScanner`): each word's hash, which shingles
/// and places are made of, and whether it is informative and the key of its stem (`Stemmer`,
/// then `PlaceNameFold`), which relatedness terms are made of.
struct ScannedWords {
    private(set) var hashes: [UInt64] = []
    private(set) var informative: [Bool] = []
    /// The folded stem's key of an informative word; any other word's own hash.
    private(set) var stemKeys: [UInt64] = []

    init(_ text: String) {
        hashes.reserveCapacity(text.utf8.count / 5)
        informative.reserveCapacity(text.utf8.count / 5)
        stemKeys.reserveCapacity(text.utf8.count / 5)
        WordScanner.scan(text) { word in
            let hash = TermKey.word(word)
            hashes.append(hash)
            let isInformative = TermExtractor.isInformative(word, key: hash)
            informative.append(isInformative)
            stemKeys.append(isInformative ? PlaceNameFold.fold(key: Stemmer.key(of: word, key: hash)) : hash)
        }
    }

    /// `TermExtractor.terms(of:)` of the same words, as keys.
    var terms: TermSet { TermExtractor.terms(stemKeys: stemKeys, informative: informative) }

    /// The words of `other` after these, as one text.
    func followed(by other: ScannedWords) -> ScannedWords {
        var joined = self
        joined.hashes += other.hashes
        joined.informative += other.informative
        joined.stemKeys += other.stemKeys
        return joined
    }
}
