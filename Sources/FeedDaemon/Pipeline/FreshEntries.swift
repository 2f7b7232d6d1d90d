import FeedCore
import FeedFetch

/// A fetched feed's entries that are not stored yet, oldest first, prepared for analysis. Made in
/// a child task, off the poller, so fingerprinting, seed comparison, scoring and reading pages run
/// on every core while the store takes one feed at a time.
struct FreshEntries: Sendable {
    let parsed: ParsedFeed
    let document: FetchedDocument
    let entries: [FeedEntry]
    let prepared: [PreparedItem]
    /// Per entry, what became of its page (`ArticleReader`); empty until pages were considered.
    let reads: [ArticleRead]

    init(parsed: ParsedFeed, document: FetchedDocument, entries: [FeedEntry], engine: AnalysisEngine) {
        self.init(parsed: parsed, document: document, entries: entries, prepared: entries.map(engine.prepare), reads: [])
    }

    private init(parsed: ParsedFeed, document: FetchedDocument, entries: [FeedEntry], prepared: [PreparedItem], reads: [ArticleRead]) {
        self.parsed = parsed
        self.document = document
        self.entries = entries
        self.prepared = prepared
        self.reads = reads
    }

    /// The same feed's entries with their pages read.
    func with(entries: [FeedEntry], prepared: [PreparedItem], reads: [ArticleRead]) -> FreshEntries {
        FreshEntries(parsed: parsed, document: document, entries: entries, prepared: prepared, reads: reads)
    }
}
