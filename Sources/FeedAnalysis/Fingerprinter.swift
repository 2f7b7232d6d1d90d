import FeedCore
import Foundation

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
        let (titleWords, words) = Self.scannedWords(title: title, body: body)
        let shingles = ShingleSet(tokenHashes: words.hashes, size: shingleSize)
        let signature = minHasher.signature(of: shingles)
        return Fingerprint(
            shingles: shingles, signature: signature, bandKeys: lsh.bandKeys(of: signature),
            sampleKeys: ContainmentSample.keys(of: shingles), terms: words.terms, titleTerms: titleWords.terms,
            places: PlaceMentions(words.hashes))
    }

    /// The relatedness terms of `fingerprint(title:body:)` as words, for where people read them or
    /// a story learns new ones (seeds, adaptation). Slower: a `String` per word and pair.
    public func termStrings(title: String, body: String) -> Set<String> {
        TermExtractor.terms(of: Self.words(title: title, body: body).text)
    }

    /// How central each term is to one seed article, 0...1: its headline's terms 1, the others by
    /// how often the article uses them, (1 + ln tf) / (1 + ln of the most frequent term's tf).
    public func termCentrality(title: String, body: String) -> [String: Double] {
        Self.termCentrality(of: Self.words(title: title, body: body))
    }

    /// `termCentrality`, and each term's spelling as the text first writes it
    /// (`TermExtractor.spellings(of:)`), from one reading of a seed.
    public func seedTerms(title: String, body: String) -> (centrality: [String: Double], spellings: [String: String]) {
        let words = Self.words(title: title, body: body)
        return (Self.termCentrality(of: words), TermExtractor.spellings(of: words.text))
    }

    private static func termCentrality(of words: (title: [String], text: [String])) -> [String: Double] {
        let counts = TermExtractor.termCounts(of: words.text)
        let headline = TermExtractor.terms(of: words.title)
        let top = 1 + log(Double(counts.values.max() ?? 1))
        return Dictionary(uniqueKeysWithValues: counts.map { term, count in
            (term, headline.contains(term) ? 1 : (1 + log(Double(count))) / top)
        })
    }

    public func termStrings(_ entry: FeedEntry) -> Set<String> {
        termStrings(title: entry.title, body: entry.bodyText)
    }

    /// `fingerprint(_:).places` alone, without the shingles and MinHash.
    public func places(_ entry: FeedEntry) -> PlaceMentions {
        PlaceMentions(Self.scannedWords(title: entry.title, body: entry.bodyText).text.hashes)
    }

    /// `fingerprint(_:).terms` and `.places` alone, without the shingles and MinHash, which are
    /// most of a fingerprint's cost: what a stored item taught the background, counted again.
    public func termsAndPlaces(_ entry: FeedEntry) -> (terms: TermSet, places: PlaceMentions) {
        let words = Self.scannedWords(title: entry.title, body: entry.bodyText).text
        return (words.terms, PlaceMentions(words.hashes))
    }

    /// The headline's words, and the whole text's as `headlineAndBody` joins them.
    private static func scannedWords(title: String, body: String) -> (title: ScannedWords, text: ScannedWords) {
        let titleWords = ScannedWords(title)
        let bodyWords = ScannedWords(body)
        return (titleWords, headlineAndBody(titleWords, bodyWords, startsWithTitle: bodyWords.hashes.starts(with: titleWords.hashes)))
    }

    /// The headline is part of the text a copy would repeat, so it belongs to the shingles and
    /// terms too; a body that starts with the headline (seed files do) must not repeat it.
    private static func headlineAndBody(_ title: ScannedWords, _ body: ScannedWords, startsWithTitle: Bool) -> ScannedWords {
        startsWithTitle ? body : title.followed(by: body)
    }

    /// The headline's words, and the whole text's as `headlineAndBody` joins them.
    private static func words(title: String, body: String) -> (title: [String], text: [String]) {
        let titleTokens = Tokenizer.tokens(title)
        let bodyTokens = Tokenizer.tokens(body)
        return (titleTokens, bodyTokens.starts(with: titleTokens) ? bodyTokens : titleTokens + bodyTokens)
    }
}
