import FeedCore
import Foundation

extension Store {
    /// The verdict listings follow: the analyst's judgment where there is one, else the automatic one.
    static let effectiveVerdict = "COALESCE(v.judged, v.verdict)"

    /// An item's summary and content as the analysis reads them (`i`: items): the page's article
    /// in place of both when one was read, as `FeedEntry.bodyText` chooses it for a new item.
    static let analysedText = "CASE WHEN i.page_text != '' THEN '' ELSE i.summary END, CASE WHEN i.page_text != '' THEN i.page_text ELSE i.content END"

    /// Records the analyst's judgment of an item for a story; false when the item has no verdict
    /// for that story.
    public func judge(itemID: Int64, story: String, as judgment: Judgment, at time: Date) throws -> Bool {
        try connection.transaction {
            try connection.run(
                "UPDATE verdicts SET judged = ?, judged_at = ? WHERE item_id = ? AND story = ?",
                [.text(judgment.rawValue), .real(time.timeIntervalSince1970), .integer(itemID), .text(story)])
            return connection.changes == 1
        }
    }

    /// Every judged item's text with its story and judgment, oldest judgment first: what the
    /// stories' models learn from.
    public func judgedTexts() throws -> [(story: String, judgment: Judgment, title: String, summary: String, content: String)] {
        try connection.rows("""
            SELECT v.story, v.judged, i.title, \(Self.analysedText) FROM verdicts v JOIN items i ON i.id = v.item_id
            WHERE v.judged IS NOT NULL ORDER BY v.judged_at, i.id
            """
        ).map { ($0[0].string ?? "", Judgment(rawValue: $0[1].string ?? "") ?? .unrelated, $0[2].string ?? "", $0[3].string ?? "", $0[4].string ?? "") }
    }

    /// Changes whenever a judgment is made: how many there are and when the latest was made.
    public func judgmentsStamp() throws -> String {
        let row = try connection.rows("SELECT COUNT(*), MAX(judged_at) FROM verdicts WHERE judged IS NOT NULL").first
        return "\(row?[0].int64 ?? 0)/\(row?[1].double ?? 0)"
    }
}
