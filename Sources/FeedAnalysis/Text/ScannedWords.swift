/// A text's words in one pass over its UTF-8 (`WordScanner`): each word's hash, which shingles
/// are made of, and whether it is informative, which relatedness terms are made of.
struct ScannedWords {
    private(set) var hashes: [UInt64] = []
    private(set) var informative: [Bool] = []

    init(_ text: String) {
        hashes.reserveCapacity(text.utf8.count / 5)
        informative.reserveCapacity(text.utf8.count / 5)
        WordScanner.scan(text) { word in
            let hash = TermKey.word(word)
            hashes.append(hash)
            informative.append(TermExtractor.isInformative(word, key: hash))
        }
    }

    /// `TermExtractor.terms(of:)` of the same words, as keys.
    var terms: TermSet { TermExtractor.terms(hashes: hashes, informative: informative) }

    /// The words of `other` after these, as one text.
    func followed(by other: ScannedWords) -> ScannedWords {
        var joined = self
        joined.hashes += other.hashes
        joined.informative += other.informative
        return joined
    }
}
