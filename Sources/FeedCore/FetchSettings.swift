/// Limits and manners of the fetcher.
public struct FetchSettings: Sendable, Equatable {
    public var userAgent: String = "feedwatch/0.1 (+https://github.com/feedwatch/feedwatch; story tracker)"
    public var connectTimeoutSeconds: Double = 10
    public var totalTimeoutSeconds: Double = 30
    public var maxBodyBytes: Int = 10 * 1024 * 1024
    public var maxRedirects: Int = 5
    /// Connections open at the same time, feeds and items' pages together.
    public var concurrency: Int = 8
    /// Connections to one host at the same time, its feeds and pages together.
    public var perHost: Int = 2
    /// When items' pages are fetched, for feeds that do not say (`articles:` per feed).
    public var articles: ArticleFetching = .auto
    /// Whether item pages may be fetched from loopback, private and link-local addresses. Off: a
    /// feed's links could otherwise reach into the operator's own network.
    public var allowPrivatePages = false

    public init() {}

    /// `totalTimeoutSeconds` as a duration.
    public var totalTimeout: Duration { .milliseconds(Int64(totalTimeoutSeconds * 1000)) }
}
