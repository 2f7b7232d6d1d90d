import FeedCore
import Foundation

/// One stored item with its text, as `feedwatch explain` shows it.
public struct StoredItem: Sendable {
    public var id: Int64
    public var feed: String
    public var entry: FeedEntry
    public var firstSeen: Date
    /// Whether the item's page was read, and why (`articles:`); nil under `articles: never` and for
    /// items stored before pages were read.
    public var articleNote: String?
}
