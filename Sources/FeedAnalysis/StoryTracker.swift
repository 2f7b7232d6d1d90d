import FeedCore

/// Gives each item its verdict for one story: duplicate first, then relatedness.
public struct StoryTracker: Sendable {
    public let rule: NearDuplicateRule

    public init(settings: AnalysisSettings) {
        rule = NearDuplicateRule(settings: settings)
    }

    /// - Parameter candidates: stored items of this story (related or duplicate) that the index
    ///   proposed; they are verified here on their exact shingle sets.
    public func assess(_ fingerprint: Fingerprint, story: StoryModel, candidates: [StoredCandidate]) -> Assessment {
        if let duplicate = bestDuplicate(fingerprint, story: story, candidates: candidates) {
            return Assessment(verdict: .duplicate, score: 0, matched: [], duplicate: duplicate)
        }
        let relatedness = story.profile.score(fingerprint)
        let verdict: Verdict = relatedness.score >= story.relatedThreshold ? .related : .unrelated
        return Assessment(verdict: verdict, score: relatedness.score, matched: relatedness.matched, duplicate: nil)
    }

    private func bestDuplicate(_ fingerprint: Fingerprint, story: StoryModel, candidates: [StoredCandidate]) -> DuplicateMatch? {
        let seedMatches = story.seeds.compactMap {
            rule.match(fingerprint.shingles, against: $0.fingerprint.shingles, reference: .seed, ref: $0.name)
        }
        let itemMatches = candidates.compactMap {
            rule.match(fingerprint.shingles, against: $0.shingles, reference: .item, ref: String($0.itemID))
        }
        // On equal similarity the first wins: seeds before items, older items (lower ids) before newer,
        // so a copy points at the original rather than at another copy.
        let ordered = seedMatches + itemMatches.sorted { (Int64($0.reference.ref) ?? 0) < (Int64($1.reference.ref) ?? 0) }
        return ordered.reduce(nil) { best, match in
            guard let best else { return match }
            return match.reference.similarity > best.reference.similarity ? match : best
        }
    }
}
