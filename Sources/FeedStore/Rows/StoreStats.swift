import Foundation

/// What `feedwatch stats` reports: counts by verdict, story, feed and day, and the database size.
public struct StoreStats: Sendable, Encodable, Equatable {
    public struct VerdictCounts: Sendable, Encodable, Equatable {
        public var related = 0
        public var duplicate = 0
        public var unrelated = 0
    }

    public struct StoryCounts: Sendable, Encodable, Equatable {
        public var story: String
        public var verdicts: VerdictCounts
    }

    public struct FeedCounts: Sendable, Encodable, Equatable {
        public var feed: String
        public var items: Int
        public var verdicts: VerdictCounts
    }

    public struct DayCounts: Sendable, Encodable, Equatable {
        /// UTC day of `first_seen`, `YYYY-MM-DD`.
        public var day: String
        public var items: Int
        public var verdicts: VerdictCounts
    }

    public var databaseBytes: Int
    public var feeds: Int
    public var items: Int
    public var verdicts: VerdictCounts
    public var byStory: [StoryCounts]
    public var byFeed: [FeedCounts]
    public var byDay: [DayCounts]

    enum CodingKeys: String, CodingKey {
        case feeds, items, verdicts
        case databaseBytes = "database_bytes"
        case byStory = "by_story"
        case byFeed = "by_feed"
        case byDay = "by_day"
    }
}
