import FeedCore

/// Turns texts into fingerprints with one fixed set of parameters.
public struct Fingerprinter: Sendable {
    public let shingleSize: Int
    public let minHasher: MinHasher
    public let lsh: LSHParameters

    public init(settings: AnalysisSettings) {
        shingleSize = settings.shingleSize
        minHasher = MinHasher(numPermutations: settings.permutations)
        lsh = .forThreshold(settings.resemblanceThreshold, numPermutations: settings.permutations)
    }

    /// Everything that decides the stored index's contents; the store re-indexes when it changes.
    public var scheme: String {
        "shingles-v2:\(shingleSize)|\(minHasher.scheme)|bands:\(lsh.bands)x\(lsh.rowsPerBand)|\(ContainmentSample.scheme)"
    }

    /// A feed entry's fingerprint: its title, and its body as `FeedEntry.bodyText` chooses it.
    public func fingerprint(_ entry: FeedEntry) -> Fingerprint {
        fingerprint(title: entry.title, body: entry.bodyText)
    }

    public func fingerprint(title: String, body: String) -> Fingerprint {
        let titleTokens = Tokenizer.tokens(title)
        let bodyTokens = Tokenizer.tokens(body)
        // The headline is part of the text a copy would repeat, so it belongs to the shingles too;
        // a body that starts with the headline (seed files do) must not repeat it.
        let startsWithTitle = bodyTokens.starts(with: titleTokens)
        let tokens = startsWithTitle ? bodyTokens : titleTokens + bodyTokens
        let bodyHashes = ShingleSet.tokenHashes(body)
        let shingles = ShingleSet(
            tokenHashes: startsWithTitle ? bodyHashes : ShingleSet.tokenHashes(title) + bodyHashes, size: shingleSize)
        let signature = minHasher.signature(of: shingles)
        return Fingerprint(
            shingles: shingles, signature: signature, bandKeys: lsh.bandKeys(of: signature),
            sampleKeys: ContainmentSample.keys(of: shingles), terms: TermExtractor.terms(of: tokens),
            titleTerms: TermExtractor.terms(of: titleTokens))
    }
}
