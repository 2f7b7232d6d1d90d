import FeedStore

extension StoryRow: CSVRow {
    static let csvHeader = ["id", "story", "title", "link", "feed", "published", "score", "matched"]
    var csvFields: [String] {
        [String(id), story, title, link ?? "", feed, CSVOutput.date(published), String(score), matched.joined(separator: "; ")]
    }
}

extension ItemRow: CSVRow {
    static let csvHeader = ["id", "story", "verdict", "score", "title", "link", "feed", "published"]
    var csvFields: [String] {
        [String(id), story, verdict.rawValue, String(score), title, link ?? "", feed, CSVOutput.date(published)]
    }
}

extension DuplicateRow: CSVRow {
    static let csvHeader = ["id", "story", "title", "link", "feed", "similarity", "duplicate_of.kind", "duplicate_of.ref"]
    var csvFields: [String] {
        [String(id), story, title, link ?? "", feed, String(similarity), duplicateOf.kind.rawValue, duplicateOf.ref]
    }
}

extension FeedRow: CSVRow {
    static let csvHeader = [
        "url", "configured_url", "title", "status", "last_attempt", "last_success", "consecutive_errors", "next_due", "items", "related",
        "disabled", "pages_fetched", "pages_failed", "page_error",
    ]
    var csvFields: [String] {
        [
            url, configuredURL, title ?? "", status ?? "", CSVOutput.date(lastAttempt), CSVOutput.date(lastSuccess), String(consecutiveErrors),
            CSVOutput.date(nextDue), String(items), String(related), disabled ?? "", String(pagesFetched), String(pagesFailed), pageError ?? "",
        ]
    }
}

extension SearchRow: CSVRow {
    static let csvHeader = ItemRow.csvHeader + ["snippet"]
    var csvFields: [String] { item.csvFields + [snippet] }
}

extension TimelineRow: CSVRow {
    static let csvHeader = ["period", "related", "copies", "outlets", "first_id", "first_feed", "first_published"]
    var csvFields: [String] {
        [
            period, String(related), String(copies), outlets.map { "\($0.feed) (\($0.related)+\($0.copies))" }.joined(separator: "; "),
            first.map { String($0.id) } ?? "", first?.feed ?? "", CSVOutput.date(first.map { $0.published ?? $0.firstSeen }),
        ]
    }
}

extension CopyRow: CSVRow {
    static let csvHeader = ["id", "story", "title", "link", "feed", "published", "first_seen", "similarity", "copy_of"]
    var csvFields: [String] {
        [String(id), story, title, link ?? "", feed, CSVOutput.date(published), CSVOutput.date(firstSeen), String(similarity), String(copyOf)]
    }
}
