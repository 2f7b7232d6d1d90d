import FeedAnalysis
import FeedCore
import Foundation

/// The related stories stored in the current poll cycle, and the copies of them stored since, per
/// story. Feeds are stored in the order they arrive, so a copy published before the original can
/// arrive after it; this lets it take the original's place while their alert has not gone out
/// (alerts are written when the cycle ends).
///
/// A class, shared rather than copied into each feed's transaction: a cycle can hold every item
/// of thousands of feeds, and a copy per feed would make a cycle quadratic. It is used only on the
/// store's thread, which the poller and its transactions share (`Poller.unownedExecutor`), one
/// feed at a time; hence `@unchecked Sendable`.
public final class CycleOriginals: @unchecked Sendable {
    /// A related story stored this cycle.
    struct Original {
        var itemID: Int64
        /// Its publication time, else when it was first seen: what "earliest" compares.
        var time: Date
        var score: Double
        var matched: [MatchedTerm]
    }

    /// Per story: each original of this cycle, by its item id.
    private var originals: [String: [Int64: Original]] = [:]
    /// Per story: the original each copy stored this cycle belongs to, and each original to itself.
    private var originalOf: [String: [Int64: Int64]] = [:]
    /// Per story and original: the copies stored this cycle that belong to it.
    private var copies: [String: [Int64: [Int64]]] = [:]

    public init() {}

    /// The original of this cycle that `itemID` is, or copies, for `story`.
    func original(of itemID: Int64, story: String) -> Original? {
        originalOf[story]?[itemID].flatMap { originals[story]?[$0] }
    }

    /// The copies stored this cycle that belong to `original`.
    func copies(of original: Int64, story: String) -> [Int64] { copies[story]?[original] ?? [] }

    func recordOriginal(_ original: Original, story: String) {
        originals[story, default: [:]][original.itemID] = original
        originalOf[story, default: [:]][original.itemID] = original.itemID
    }

    func recordCopy(_ itemID: Int64, of originalID: Int64, story: String) {
        originalOf[story, default: [:]][itemID] = originalID
        copies[story, default: [:]][originalID, default: []].append(itemID)
    }

    /// `earlier` becomes the original that `previous` was: `previous` and every copy of it are now
    /// copies of `earlier`.
    func replace(_ previous: Int64, with earlier: Original, story: String) {
        originals[story]?[previous] = nil
        recordOriginal(earlier, story: story)
        let moved = copies[story]?.removeValue(forKey: previous) ?? []
        for copy in moved + [previous] { recordCopy(copy, of: earlier.itemID, story: story) }
    }
}
