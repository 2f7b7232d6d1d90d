import FeedCore
import Foundation

/// An alert as the hooks receive it: the fields and names of a `feedwatch stories --format json`
/// row, so one script can read both.
struct AlertPayload: Encodable {
    var id: Int64
    var story: String
    var title: String
    @NullEncoded var link: String?
    var feed: String
    @NullEncoded var published: Date?
    var score: Double
    var matched: [String]

    init(_ alert: Alert) {
        id = alert.itemID
        story = alert.story
        title = alert.title
        link = alert.link
        feed = alert.feed
        published = alert.published
        score = alert.score
        matched = alert.matched
    }

    static func json(_ alert: Alert) -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A struct of strings, numbers and dates always encodes.
        return (try? encoder.encode(AlertPayload(alert))) ?? Data("{}".utf8)
    }

    /// The main fields again, for shell one-liners (`curl -d "$FEEDWATCH_TITLE" …`).
    static func environment(_ alert: Alert) -> [String: String] {
        [
            "FEEDWATCH_ITEM_ID": String(alert.itemID), "FEEDWATCH_STORY": alert.story, "FEEDWATCH_TITLE": alert.title,
            "FEEDWATCH_LINK": alert.link ?? "", "FEEDWATCH_FEED": alert.feed, "FEEDWATCH_SCORE": String(format: "%.3f", alert.score),
        ]
    }
}
