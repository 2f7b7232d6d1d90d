/// A story to track: a name and the folder of plain-text seed articles that define it.
public struct StorySpec: Sendable, Equatable {
    public var name: String
    /// Absolute path of the seed folder.
    public var seedsDirectory: String
    /// The relatedness threshold for this story; nil means the configured default.
    public var threshold: Double?
    /// Whether the story's sure reports (related at 3 × its threshold) join the profile (adaptive
    /// tracking; off by default).
    public var adaptive: Bool

    public init(name: String, seedsDirectory: String, threshold: Double? = nil, adaptive: Bool = false) {
        self.name = name
        self.seedsDirectory = seedsDirectory
        self.threshold = threshold
        self.adaptive = adaptive
    }
}
