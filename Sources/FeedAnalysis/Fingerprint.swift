/// Everything the analysis needs to know about one text, computed once.
public struct Fingerprint: Sendable {
    public let shingles: ShingleSet
    public let signature: [UInt64]
    /// LSH band keys of the signature, for resemblance candidates.
    public let bandKeys: [Int64]
    /// MOD-m sampled shingles, for containment candidates.
    public let sampleKeys: [Int64]
    /// Relatedness terms of the whole text, as keys (`Fingerprinter.termStrings` has them as words).
    public let terms: TermSet
    /// Relatedness terms of the headline alone.
    public let titleTerms: TermSet
    /// The places the text names, and where it says things happen.
    public let places: PlaceMentions
    /// Everyday and other terms, in the headline and the body.
    private(set) var termMix = TermMix()

    init(shingles: ShingleSet, signature: [UInt64], bandKeys: [Int64], sampleKeys: [Int64], terms: TermSet, titleTerms: TermSet,
         places: PlaceMentions) {
        self.shingles = shingles
        self.signature = signature
        self.bandKeys = bandKeys
        self.sampleKeys = sampleKeys
        self.terms = terms
        self.titleTerms = titleTerms
        self.places = places
        var mix = TermMix()
        forEachTerm { key, inTitle in
            switch (TermMix.everydayKeys.contains(key), inTitle) {
            case (true, true): mix.everydayInTitle += 1
            case (true, false): mix.everydayInBody += 1
            case (false, true): mix.otherInTitle += 1
            case (false, false): mix.otherInBody += 1
            }
        }
        termMix = mix
    }

    /// Calls `body` once per relatedness term, saying whether the headline has it.
    func forEachTerm(_ body: (_ key: UInt64, _ inTitle: Bool) -> Void) {
        // Both key lists are sorted: one merge walks their union.
        let (terms, titleTerms) = (terms.keys, titleTerms.keys)
        var (next, nextInTitle) = (0, 0)
        while next < terms.count || nextInTitle < titleTerms.count {
            if nextInTitle == titleTerms.count || (next < terms.count && terms[next] < titleTerms[nextInTitle]) {
                body(terms[next], false)
                next += 1
            } else {
                if next < terms.count && terms[next] == titleTerms[nextInTitle] { next += 1 }
                body(titleTerms[nextInTitle], true)
                nextInTitle += 1
            }
        }
    }
}
