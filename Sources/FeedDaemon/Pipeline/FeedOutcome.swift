import FeedCore
import FeedFetch

/// What fetching and parsing one feed produced, before anything is stored.
enum FeedOutcome: Sendable {
    case notModified
    case parsed(ParsedFeed, FetchedDocument)
    case failed(FetchFailure)
}

extension FeedOutcome {
    /// The `outcome` label of `feedwatch_feed_polls_total`.
    var metricName: String {
        switch self {
        case .notModified: "not_modified"
        case .parsed: "updated"
        case .failed: "failed"
        }
    }
}
