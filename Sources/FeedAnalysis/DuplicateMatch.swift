import FeedCore

/// A verified near-duplicate relation between a new item and a known text.
public struct DuplicateMatch: Sendable, Equatable {
    public let reference: DuplicateReference
    public let resemblance: Double
    /// Share of the shorter text's shingles found in the longer one.
    public let containment: Double
}
