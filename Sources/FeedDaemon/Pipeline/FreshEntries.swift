import FeedCore
import FeedFetch

/// A fetched feed's entries that are not stored yet, oldest first, prepared for analysis. Made in
/// a child task, off the poller, so fingerprinting, seed comparison and scoring run on every core
/// while the store takes one feed at a time.
struct FreshEntries: Sendable {
    let parsed: ParsedFeed
    let document: FetchedDocument
    let entries: [FeedEntry]
    let prepared: [PreparedItem]

    init(parsed: ParsedFeed, document: FetchedDocument, entries: [FeedEntry], engine: AnalysisEngine) {
        self.parsed = parsed
        self.document = document
        self.entries = entries
        prepared = entries.map(engine.prepare)
    }
}
