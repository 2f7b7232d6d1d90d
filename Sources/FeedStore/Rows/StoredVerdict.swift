import FeedCore
import Foundation

/// One story's stored verdict on an item, with everything it was decided on.
public struct StoredVerdict: Sendable {
    public var record: VerdictRecord
    public var decidedAt: Date
    /// The analyst's judgment (`feedwatch judge`), which listings follow, and when it was made.
    public var judged: Judgment?
    public var judgedAt: Date?

    /// The verdict listings follow (`Store.effectiveVerdict`).
    public var effectiveVerdict: Verdict {
        switch judged {
        case .related?: .related
        case .unrelated?: .unrelated
        case nil: record.verdict
        }
    }
}
