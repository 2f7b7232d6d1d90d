import FeedCore
import Foundation

/// The one log line announcing a new related story. Its shape is part of the interface:
///
///     related story=NAME score=0.412 id=17 feed=URL link=URL matched="lavrov,myanmar" title="…"
///
/// It always starts with the word `related`, so `journalctl -g '^related'` finds exactly the alerts.
public enum AlertLine {
    public static func format(_ alert: Alert) -> String {
        "related " + Logfmt.pairs([
            ("story", alert.story),
            ("score", String(format: "%.3f", alert.score)),
            ("id", String(alert.itemID)),
            ("feed", alert.feed),
            ("link", alert.link ?? ""),
            ("matched", alert.matched.joined(separator: ",")),
            ("title", alert.title),
        ])
    }
}
