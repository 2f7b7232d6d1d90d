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
}
