import FeedCore
import FeedStore
import Foundation

/// `feedwatch show`: one stored item, its verdicts with the terms they matched, and where copies of
/// it appeared.
struct ShowReport: Encodable {
    struct StoryVerdict: Encodable {
        let story: String
        let verdict: Verdict
        let score: Double
        let threshold: Double
        let matched: [MatchedTerm]
        @NullEncoded var duplicateOf: DuplicateReference?

        enum CodingKeys: String, CodingKey {
            case story, verdict, score, threshold, matched
            case duplicateOf = "duplicate_of"
        }
    }

    let id: Int64
    let title: String
    @NullEncoded var link: String?
    let feed: String
    @NullEncoded var published: Date?
    let firstSeen: Date
    let summary: String
    let verdicts: [StoryVerdict]
    let copies: [CopyRow]

    enum CodingKeys: String, CodingKey {
        case id, title, link, feed, published, summary, verdicts, copies
        case firstSeen = "first_seen"
    }

    init(item: StoredItem, verdicts: [StoredVerdict], copies: [CopyRow]) {
        id = item.id
        title = item.entry.title
        link = item.entry.link
        feed = item.feed
        published = item.entry.published ?? item.entry.updated
        firstSeen = item.firstSeen
        summary = item.entry.bodyText
        self.verdicts = verdicts.map {
            StoryVerdict(
                story: $0.record.story, verdict: $0.record.verdict, score: $0.record.score, threshold: $0.record.threshold,
                matched: $0.record.matched, duplicateOf: $0.record.duplicate)
        }
        self.copies = copies
    }

    func render() -> String {
        var text = "#\(id) \(title)\n\(link ?? "-")\nfeed \(feed), published \(TableRenderer.date(published)), first seen \(TableRenderer.date(firstSeen))\n"
        for verdict in verdicts {
            text += "\n\(verdict.story): \(verdict.verdict.rawValue.uppercased())"
            if let original = verdict.duplicateOf {
                text += " of \(original.kind.rawValue) \(original.ref) (similarity \(TableRenderer.score(original.similarity)))"
            } else {
                text += ", score \(TableRenderer.score(verdict.score)) (threshold \(TableRenderer.score(verdict.threshold)))"
                if !verdict.matched.isEmpty { text += "\n  matched: " + verdict.matched.prefix(12).map(\.term).joined(separator: ", ") }
            }
        }
        text += "\n\n\(copies.count) cop\(copies.count == 1 ? "y" : "ies")" + (copies.isEmpty ? "\n" : ":\n")
        if !copies.isEmpty {
            text += TableRenderer(
                headers: ["ID", "FIRST SEEN", "SIMILARITY", "COPIES", "FEED", "TITLE"],
                rows: copies.map {
                    [String($0.id), TableRenderer.date($0.firstSeen), TableRenderer.score($0.similarity), String($0.copyOf), $0.feed, $0.title]
                },
                flexibleColumn: 5
            ).render() + "\n"
        }
        return text
    }
}
