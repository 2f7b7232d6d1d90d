/// The whole configuration, with every path already made absolute.
public struct Configuration: Sendable, Equatable {
    /// The file it was read from, for messages.
    public var file: String
    /// The SQLite database.
    public var statePath: String
    public var feeds: [FeedSource]
    public var stories: [StorySpec]
    public var poll = PollSettings()
    public var fetch = FetchSettings()
    public var analysis = AnalysisSettings()
    public var alerts = AlertHookSettings()
    public var metrics = MetricsSettings()
    /// After how long an unrelated item's text is pruned (its key, title and verdict stay), or nil
    /// to keep it forever.
    public var unrelatedTextRetentionSeconds: Double? = 30 * 86_400

    public init(file: String, statePath: String, feeds: [FeedSource], stories: [StorySpec]) {
        self.file = file
        self.statePath = statePath
        self.feeds = feeds
        self.stories = stories
    }

    /// Throws a usage error naming the configured stories when `story` is not one of them.
    public func requireStory(_ story: String) throws {
        guard stories.contains(where: { $0.name == story }) else {
            throw FeedwatchError(.usage, "no story '\(story)' in \(file); stories: \(stories.map(\.name).joined(separator: ", "))")
        }
    }
}
