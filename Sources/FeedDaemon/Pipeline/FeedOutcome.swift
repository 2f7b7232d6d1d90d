import FeedCore
import FeedFetch

/// What fetching and parsing one feed produced, before anything is stored.
enum FeedOutcome: Sendable {
    case notModified
    case parsed(ParsedFeed, FetchedDocument)
    case failed(FetchFailure)
}
