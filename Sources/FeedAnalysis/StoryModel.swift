/// What the analysis knows of one story: its seeds' fingerprints and the coverage of their terms.
public struct StoryModel: Sendable {
    public let name: String
    public let relatedThreshold: Double
    public let seeds: [(name: String, fingerprint: Fingerprint)]
    /// Share of seed articles containing each term.
    public let coverage: [String: Double]
    public private(set) var profile: StoryProfile

    public init(name: String, seeds: [SeedDocument], relatedThreshold: Double, fingerprinter: Fingerprinter,
                background: BackgroundStatistics) {
        self.name = name
        self.relatedThreshold = relatedThreshold
        self.seeds = seeds.map { ($0.name, fingerprinter.fingerprint(title: $0.title, body: $0.text)) }
        var counts: [String: Int] = [:]
        for seed in self.seeds {
            for term in seed.fingerprint.terms { counts[term, default: 0] += 1 }
        }
        let total = Double(max(seeds.count, 1))
        coverage = counts.mapValues { Double($0) / total }
        profile = StoryProfile(coverage: coverage, background: background)
    }

    /// The terms whose background frequency matters to this story.
    public var vocabulary: Set<String> { Set(coverage.keys) }

    /// Re-weights the profile after the background has learned more.
    public mutating func refreshProfile(background: BackgroundStatistics) {
        profile = StoryProfile(coverage: coverage, background: background)
    }
}
