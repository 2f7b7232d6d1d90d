/// What a story's seeds are, which sets how its profile weighs their words
/// (`StoryProfile.coveragePower(for:)`) and its default threshold
/// (`AnalysisSettings.relatedThreshold(seeds:teasers:)`).
public enum SeedKind: Sendable, Equatable {
    /// Articles: any seeds but those below.
    case articles
    /// A headline and a sentence or two, as most feeds give: seeds averaging under `teaserWords`
    /// words, not all of them headlines alone.
    case teasers
    /// Headlines alone: every seed is one line.
    case headlines

    public init(_ seeds: [SeedDocument]) {
        if !seeds.isEmpty && seeds.allSatisfy(\.isHeadline) {
            self = .headlines
            return
        }
        let words = seeds.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        self = !seeds.isEmpty && words < Self.teaserWords * seeds.count ? .teasers : .articles
    }

    /// Whether a text of this kind is shorter than one of `other`: a headline than a teaser, both
    /// than an article.
    public func isShorter(than other: SeedKind) -> Bool { length < other.length }

    private var length: Int {
        switch self {
        case .headlines: 0
        case .teasers: 1
        case .articles: 2
        }
    }

    /// Under this many words on average, seeds are teasers. ECB+'s headline-and-first-sentence
    /// seeds average 22–29 words, and nine in ten of its articles are longer than 60.
    static let teaserWords = 60
}
