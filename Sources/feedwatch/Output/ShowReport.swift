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
        @NullEncoded var judged: Judgment?
        @NullEncoded var judgedAt: Date?

        enum CodingKeys: String, CodingKey {
            case story, verdict, score, threshold, matched, judged
            case duplicateOf = "duplicate_of"
            case judgedAt = "judged_at"
        }
    }

    let id: Int64
    let title: String
    @NullEncoded var link: String?
    let feed: String
    @NullEncoded var published: Date?
    let firstSeen: Date
    /// The feed's own text (the longer of summary and content).
    let summary: String
    /// The article read from the item's page, when it was (`articles:`).
    @NullEncoded var article: Article?
    let verdicts: [StoryVerdict]
    let copies: [CopyRow]
    /// The earliest publication of this text, among the story it is or copies and every copy.
    @NullEncoded var firstPublished: FirstPublication?
    /// Whether the page was read, and why; printed when no article was read.
    private let articleNote: String?

    struct Article: Encodable, Equatable {
        let url: String
        @NullEncoded var canonical: String?
        let text: String
        /// Whether the page was read, and why.
        @NullEncoded var note: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, title, link, feed, published, summary, article, verdicts, copies
        case firstSeen = "first_seen"
        case firstPublished = "first_published"
    }

    init(item: StoredItem, verdicts: [StoredVerdict], copies: [CopyRow], firstPublished: FirstPublication?) {
        id = item.id
        title = item.entry.title
        link = item.entry.link
        feed = item.feed
        published = item.entry.published ?? item.entry.updated
        firstSeen = item.firstSeen
        summary = item.entry.feedText
        article = item.entry.page.map { Article(url: $0.url, canonical: $0.canonical, text: $0.text, note: item.articleNote) }
        articleNote = item.articleNote
        self.verdicts = verdicts.map {
            StoryVerdict(
                story: $0.record.story, verdict: $0.record.verdict, score: $0.record.score, threshold: $0.record.threshold,
                matched: $0.record.matched, duplicateOf: $0.record.duplicate, judged: $0.judged, judgedAt: $0.judgedAt)
        }
        self.copies = copies
        // An item no story knows has no copies to compare with.
        self.firstPublished = verdicts.contains { $0.effectiveVerdict != .unrelated } ? firstPublished : nil
    }

    func render() -> String {
        var text = "#\(id) \(title)\n\(link ?? "-")\nfeed \(feed), published \(TableRenderer.date(published)), first seen \(TableRenderer.date(firstSeen))\n"
        if let first = firstPublished {
            text += "first published: " + (first.id == id ? "here" : "#\(first.id) by \(first.feed)")
                + ", \(TableRenderer.date(first.published ?? first.firstSeen))"
                + (first.verdict == .duplicate ? " (a copy that reached feedwatch after the story it copies was alerted)" : "") + "\n"
        }
        for verdict in verdicts {
            text += "\n\(verdict.story): \(verdict.verdict.rawValue.uppercased())"
            if let original = verdict.duplicateOf {
                text += " of \(original.kind.rawValue) \(original.ref) (similarity \(TableRenderer.score(original.similarity)))"
            } else {
                text += ", score \(TableRenderer.score(verdict.score)) (threshold \(TableRenderer.score(verdict.threshold)))"
                if !verdict.matched.isEmpty { text += "\n  matched: " + verdict.matched.prefix(12).map(\.term).joined(separator: ", ") }
            }
            if let judged = verdict.judged {
                text += "\n  judged \(judged.rawValue.uppercased()) by you, \(TableRenderer.date(verdict.judgedAt)); listings follow your verdict"
            }
        }
        text += "\n\nfeed text:\n" + (summary.isEmpty ? "(none)" : summary) + "\n"
        if let article {
            text += "\narticle from \(article.url)" + (article.canonical.map { " (canonical \($0))" } ?? "") + ":\n\(article.text)\n"
        } else if let articleNote {
            text += "\narticle: \(articleNote)\n"
        }
        text += "\n\(copies.count) cop\(copies.count == 1 ? "y" : "ies")" + (copies.isEmpty ? "\n" : ":\n")
        if !copies.isEmpty {
            text += TableRenderer(
                headers: ["ID", "PUBLISHED", "FIRST SEEN", "SIMILARITY", "COPIES", "FEED", "TITLE"],
                rows: copies.map {
                    [
                        String($0.id), TableRenderer.date($0.published), TableRenderer.date($0.firstSeen), TableRenderer.score($0.similarity),
                        String($0.copyOf), $0.feed, $0.title,
                    ]
                },
                flexibleColumn: 6
            ).render() + "\n"
        }
        return text
    }
}
