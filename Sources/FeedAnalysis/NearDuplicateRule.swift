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

    /// Resemblance and containment of two shingle sets, as `match` weighs them (0 when either is empty).
    public func overlap(_ item: ShingleSet, _ known: ShingleSet) -> (resemblance: Double, containment: Double) {
        guard !item.isEmpty, !known.isEmpty else { return (0, 0) }
        let shared = item.intersectionCount(known)
        let resemblance = Double(shared) / Double(item.count + known.count - shared)
        let itemContained = Double(shared) / Double(item.count)
        let knownContained = known.count >= Self.minimumContainedReference ? Double(shared) / Double(known.count) : 0
        return (resemblance, max(itemContained, knownContained))
    }

    public func match(_ item: ShingleSet, against known: ShingleSet, reference: DuplicateReference.Kind, ref: String)
        -> DuplicateMatch?
    {
        guard !item.isEmpty, !known.isEmpty else { return nil }
        let (resemblance, containment) = overlap(item, known)
        guard resemblance > 0, resemblance >= resemblanceThreshold || containment >= containmentThreshold else { return nil }
        let similarity = max(resemblance, containment)
        return DuplicateMatch(
            reference: DuplicateReference(kind: reference, ref: ref, similarity: similarity),
            resemblance: resemblance, containment: containment)
    }
}
