/// One feed to poll, as configured (after OPML files are expanded).
public struct FeedSource: Sendable, Equatable, Hashable {
    /// The URL as written in the config or OPML file: http, https or file.
    public var url: String
    /// Where it was configured, for messages: "config.yaml:12" or "feeds.opml:3".
    public var origin: String
    /// This feed's own polling interval in seconds, overriding `poll.interval`.
    public var intervalSeconds: Double?
    /// When its items' pages are fetched; nil: `fetch.articles`.
    public var articles: ArticleFetching?

    public init(url: String, origin: String, intervalSeconds: Double? = nil, articles: ArticleFetching? = nil) {
        self.url = url
        self.origin = origin
        self.intervalSeconds = intervalSeconds
        self.articles = articles
    }
}
