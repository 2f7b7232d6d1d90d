import FeedCore

/// Decides whether a new text is a near-duplicate of a known one, on exact shingle sets.
///
/// Two cases count: versions of one article (resemblance at or above the threshold), and copies
/// that are cut or padded (the shorter text contained in the longer at or above the containment
/// threshold). Containment of a known text in a new one only counts when the known text is
/// substantial: a stored headline-only item quoted in a new full article does not make the article
/// a copy.
public struct NearDuplicateRule: Sendable {
    public let resemblanceThreshold: Double
    public let containmentThreshold: Double
    /// Fewest shingles a known text needs before it may be "contained" in a new one.
    public static let minimumContainedReference = 10

    public init(settings: AnalysisSettings) {
        resemblanceThreshold = settings.resemblanceThreshold
        containmentThreshold = settings.containmentThreshold
    }

    public func match(_ item: ShingleSet, against known: ShingleSet, reference: DuplicateReference.Kind, ref: String)
        -> DuplicateMatch?
    {
        guard !item.isEmpty, !known.isEmpty else { return nil }
        let shared = item.intersectionCount(known)
        guard shared > 0 else { return nil }
        let resemblance = Double(shared) / Double(item.count + known.count - shared)
        let itemContained = Double(shared) / Double(item.count)
        let knownContained = known.count >= Self.minimumContainedReference ? Double(shared) / Double(known.count) : 0
        let containment = max(itemContained, knownContained)
        guard resemblance >= resemblanceThreshold || containment >= containmentThreshold else { return nil }
        let similarity = max(resemblance, containment)
        return DuplicateMatch(
            reference: DuplicateReference(kind: reference, ref: ref, similarity: similarity),
            resemblance: resemblance, containment: containment)
    }
}
