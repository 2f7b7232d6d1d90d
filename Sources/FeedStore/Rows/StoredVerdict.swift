import FeedCore
import Foundation

/// One story's stored verdict on an item, with everything it was decided on.
public struct StoredVerdict: Sendable {
    public var record: VerdictRecord
    public var decidedAt: Date
}
