import FeedCore

/// A story's distinctive terms with their weights.
///
/// weight(t) = coverage(t)² · idf(t): coverage is how central the term is to the seed articles,
/// averaged over them (`StoryModel`: what the story is about, not what one article digressed
/// into), idf its rarity in the background (what distinguishes the story from everything else in
/// the feeds). Squaring the coverage favours what every seed is about (docs/EVALUATION.md). The
/// profile keeps the `size` heaviest terms.
public struct StoryProfile: Sendable, Equatable {
    public let weights: [String: Double]
    /// Euclidean norm of the weight vector.
    public let norm: Double
    /// The weighted terms by `TermKey`, which is how an item's terms are looked up.
    private let byKey: [UInt64: MatchedTerm]
    /// The keys of the terms, heaviest first.
    private let keysByWeight: [UInt64]

    public static let defaultSize = 150

    public init(coverage: [String: Double], background: BackgroundStatistics, size: Int = defaultSize) {
        self.init(CoverageTerms(coverage), background: background, size: size)
    }

    /// The `size` heaviest terms, heavier first and equal weights by term.
    public init(_ coverage: CoverageTerms, background: BackgroundStatistics, size: Int = defaultSize) {
        let terms = coverage.terms
        let weight = terms.indices.map { coverage.coverageSquared[$0] * background.inverseDocumentFrequency(terms[$0], priorShare: coverage.priorShares[$0]) }
        // Only the terms at or above the size-th weight can make the cut: sort those, not thousands.
        var chosen = Array(terms.indices)
        if chosen.count > size {
            let cutoff = weight.sorted(by: >)[size - 1]
            chosen.removeAll { weight[$0] < cutoff }
        }
        chosen.sort { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : terms[$0] < terms[$1] }
        let top = chosen.prefix(size).map { MatchedTerm(term: terms[$0], weight: weight[$0]) }
        weights = Dictionary(uniqueKeysWithValues: top.map { ($0.term, $0.weight) })
        keysByWeight = top.map { TermKey.of($0.term) }
        byKey = Dictionary(zip(keysByWeight, top)) { first, _ in first }
        norm = top.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
    }

    /// Cosine between the item's term vector and the profile.
    ///
    /// The item's vector has 1 for every term and `titleWeight` for headline terms, so an item's
    /// length is normalised away: a headline that names the story's key people and places scores
    /// as high as an article that does, and a long article that mentions them once in passing
    /// scores low.
    public func score(_ fingerprint: Fingerprint, titleWeight: Double = titleWeight) -> RelatednessScore {
        var dot = 0.0
        var itemNormSquared = 0.0
        var matched: [MatchedTerm] = []
        fingerprint.forEachTerm { key, inTitle in
            let value = inTitle ? titleWeight : 1
            itemNormSquared += value * value
            if let term = byKey[key] {
                dot += value * term.weight
                matched.append(MatchedTerm(term: term.term, weight: value * term.weight))
            }
        }
        guard norm > 0, itemNormSquared > 0 else { return RelatednessScore(score: 0, matched: []) }
        return RelatednessScore(
            score: min(1, dot / (norm * itemNormSquared.squareRoot())),
            matched: matched.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term })
    }

    /// The keys of the `count` heaviest terms.
    func heaviestKeys(_ count: Int) -> ArraySlice<UInt64> { keysByWeight.prefix(count) }

    /// How much more a headline term counts in an item's vector than a term of its body.
    public static let titleWeight = 2.0
}
