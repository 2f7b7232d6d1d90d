import FeedCore
import FeedDaemon
import FeedFetch
import FeedStore

/// Where each evaluated article's page is served, and the reader that decides, as the daemon does
/// under `articles: auto`, which pages to ask for.
public struct PageReading<Article>: Sendable {
    public let reader: ArticleReader
    public let link: @Sendable (Article) -> String

    public init(reader: ArticleReader, link: @escaping @Sendable (Article) -> String) {
        self.reader = reader
        self.link = link
    }

    /// The daemon's own fetcher and reader, allowed to reach the loopback outlets that serve an
    /// evaluation's pages (`FetchSettings.allowPrivatePages`).
    /// - Parameter store: where the reader looks for pages asked for before; a scratch store.
    public static func fromLoopback(
        rememberedIn store: Store, policy: ArticlePolicy = .standard, link: @escaping @Sendable (Article) -> String
    ) -> PageReading {
        var fetch = FetchSettings()
        fetch.allowPrivatePages = true
        fetch.concurrency = 16
        let fetcher = PageFetcher(settings: fetch, budget: HostBudget(perHost: fetch.perHost))
        let reader = ArticleReader(fetcher: fetcher, store: store, concurrency: fetch.concurrency, metrics: FeedMetrics(), policy: policy)
        return PageReading(reader: reader, link: link)
    }
}
