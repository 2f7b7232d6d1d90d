import FeedCore
import FeedStore
import Foundation

/// An alert as the hooks receive it: a `feedwatch stories --format json` row, so one script can
/// read both; and the main fields again as environment variables for shell one-liners.
enum AlertPayload {
    static func json(_ alert: Alert) -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A row of strings, numbers and dates always encodes.
        return (try? encoder.encode(StoryRow(alert))) ?? Data("{}".utf8)
    }

    /// `curl -d "$FEEDWATCH_TITLE" …`
    static func environment(_ alert: Alert) -> [String: String] {
        [
            "FEEDWATCH_ITEM_ID": String(alert.itemID), "FEEDWATCH_STORY": alert.story, "FEEDWATCH_TITLE": alert.title,
            "FEEDWATCH_LINK": alert.link ?? "", "FEEDWATCH_FEED": alert.feed, "FEEDWATCH_SCORE": String(format: "%.3f", alert.score),
        ]
    }
}
