/// What the analysis knows of one story: its seeds' fingerprints and the coverage of their terms.
public struct StoryModel: Sendable {
    public let name: String
    public let relatedThreshold: Double
    public let seeds: [(name: String, fingerprint: Fingerprint)]
    /// Adaptive tracking: confirmed related stories join the profile at `adaptiveWeight` each.
    public let adaptive: Bool
    public let adaptiveWeight: Double
    /// Each term's centrality averaged over the seed articles (and, when adaptive, weighted related
    /// stories, which count their terms as 1): a seed's headline terms count 1, its other terms by
    /// how often it uses them (`Fingerprinter.termCentrality`). Counting only whether a seed uses a
    /// term made a one-seed profile of that article's rarest words, not its subject: tracked from
    /// one article, WikiRef's events were all missed (docs/EVALUATION.md).
    public private(set) var coverage: [String: Double] {
        didSet { coverageTerms = CoverageTerms(coverage) }
    }
    /// `coverage`, prepared for re-weighting.
    private var coverageTerms: CoverageTerms
    public private(set) var profile: StoryProfile
    /// Per term, its centrality summed over the seeds (`Fingerprinter.termCentrality`).
    private let seedCounts: [String: Double]
    private var adaptedCounts: [String: Int] = [:]
    private var adaptedDocuments = 0

    public init(name: String, seeds: [SeedDocument], relatedThreshold: Double, fingerprinter: Fingerprinter,
                background: BackgroundStatistics, adaptive: Bool = false, adaptiveWeight: Double = 0.5) {
        self.name = name
        self.relatedThreshold = relatedThreshold
        self.adaptive = adaptive
        self.adaptiveWeight = adaptiveWeight
        self.seeds = seeds.map { ($0.name, fingerprinter.fingerprint(title: $0.title, body: $0.text)) }
        var counts: [String: Double] = [:]
        for seed in seeds {
            for (term, centrality) in fingerprinter.termCentrality(title: seed.title, body: seed.text) { counts[term, default: 0] += centrality }
        }
        seedCounts = counts
        let total = Double(max(seeds.count, 1))
        coverage = counts.mapValues { $0 / total }
        coverageTerms = CoverageTerms(coverage)
        profile = StoryProfile(coverageTerms, background: background)
    }

    /// Adds a confirmed related story's terms to the profile (adaptive stories only), so tracking
    /// follows the story as it develops. Each counts `adaptiveWeight` of a seed, and all of them
    /// together at most as much as the seeds, so the profile cannot drift away from what the user
    /// asked for.
    public mutating func adapt(to documents: [Set<String>], background: BackgroundStatistics) {
        guard adaptive, !documents.isEmpty else { return }
        for terms in documents {
            adaptedDocuments += 1
            for term in terms { adaptedCounts[term, default: 0] += 1 }
        }
        let seedTotal = Double(max(seeds.count, 1))
        let weight = min(adaptiveWeight, seedTotal / Double(adaptedDocuments))
        let total = seedTotal + weight * Double(adaptedDocuments)
        var merged: [String: Double] = [:]
        for (term, count) in seedCounts { merged[term] = count }
        for (term, count) in adaptedCounts { merged[term, default: 0] += weight * Double(count) }
        coverage = merged.mapValues { $0 / total }
        profile = StoryProfile(coverageTerms, background: background)
    }

    /// The terms whose background frequency matters to this story.
    public var vocabulary: Set<String> { Set(coverage.keys) }

    /// Re-weights the profile after the background has learned more.
    public mutating func refreshProfile(background: BackgroundStatistics) {
        profile = StoryProfile(coverageTerms, background: background)
    }
}
