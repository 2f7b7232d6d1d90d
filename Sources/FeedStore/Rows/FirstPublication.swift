import FeedCore
import Foundation

/// Who published a text first: the earliest item, by the outlet's publication time (else when
/// feedwatch first saw it), among a story and its copies, or among a timeline period's items.
public struct FirstPublication: Sendable, Encodable, Equatable {
    public var id: Int64
    public var feed: String
    @NullEncoded public var published: Date?
    public var firstSeen: Date
    /// `related` or `duplicate` (a copy is the first publication when it reached feedwatch after
    /// its original had been alerted); `unrelated` for an item with no story.
    public var verdict: Verdict

    enum CodingKeys: String, CodingKey {
        case id, feed, published, verdict
        case firstSeen = "first_seen"
    }

    /// From the columns `id, feed, published, first_seen, verdict`.
    init(row: ArraySlice<SQLValue>) {
        let start = row.startIndex
        id = row[start].int64 ?? 0
        feed = row[start + 1].string ?? ""
        published = row[start + 2].double.map(Date.init(timeIntervalSince1970:))
        firstSeen = Date(timeIntervalSince1970: row[start + 3].double ?? 0)
        verdict = Verdict(rawValue: row[start + 4].string ?? "") ?? .unrelated
    }
}
