import FeedAnalysis

/// A story ready to track: its name, its seed articles (already read) and its threshold.
public struct StoryDefinition: Sendable {
    public var name: String
    public var seeds: [SeedDocument]
    /// nil: the default for its number and kind of seeds (`AnalysisSettings.relatedThreshold(seeds:teasers:)`).
    public var relatedThreshold: Double?
    public var adaptive: Bool

    public init(name: String, seeds: [SeedDocument], relatedThreshold: Double? = nil, adaptive: Bool = false) {
        self.name = name
        self.seeds = seeds
        self.relatedThreshold = relatedThreshold
        self.adaptive = adaptive
    }
}
