import FeedCore

/// Gives each item its verdict for one story: duplicate first, then relatedness.
public struct StoryTracker: Sendable {
    public let rule: NearDuplicateRule
    /// Which of the stories an item is related to keep it.
    public let bestFit: BestFitRule

    public init(settings: AnalysisSettings) {
        rule = NearDuplicateRule(settings: settings)
        bestFit = BestFitRule(settings: settings)
    }

    /// - Parameter candidates: stored items of this story (related or duplicate) that the index
    ///   proposed; they are verified here on their exact shingle sets.
    public func assess(_ fingerprint: Fingerprint, story: StoryModel, candidates: [StoredCandidate]) -> Assessment {
        assess(fingerprint, preliminary: prepare(fingerprint, story: story), candidates: candidates)
    }

    /// The store-independent part of `assess`: safe to run on any thread, ahead of the transaction.
    public func prepare(_ fingerprint: Fingerprint, story: StoryModel) -> PreliminaryAssessment {
        prepare(fingerprint, relatedness: story.profile.score(fingerprint), story: story)
    }

    /// The same, with the relatedness already scored (`ProfileIndex`).
    public func prepare(_ fingerprint: Fingerprint, relatedness: RelatednessScore, story: StoryModel) -> PreliminaryAssessment {
        // On equal similarity the first seed wins.
        let seedDuplicate = story.seeds.reduce(nil as DuplicateMatch?) { best, seed in
            guard let match = rule.match(fingerprint.shingles, against: seed.fingerprint.shingles, reference: .seed, ref: seed.name)
            else { return best }
            guard let best else { return match }
            return match.reference.similarity > best.reference.similarity ? match : best
        }
        return PreliminaryAssessment(seedDuplicate: seedDuplicate, relatedness: relatedness, relatedThreshold: story.relatedThreshold)
    }

    /// Duplicate first (a seed, else the stored candidates, else the stored item whose page has
    /// the same canonical URL), then relatedness.
    /// - Parameter sameArticle: a stored item of the story published at the item's canonical URL:
    ///   an updated version of one article is its duplicate however much its text changed.
    public func assess(
        _ fingerprint: Fingerprint, preliminary: PreliminaryAssessment, candidates: [StoredCandidate], sameArticle: StoredCandidate? = nil
    ) -> Assessment {
        if let duplicate = bestDuplicate(fingerprint, seedDuplicate: preliminary.seedDuplicate, candidates: candidates) {
            return Assessment(verdict: .duplicate, score: 0, matched: [], duplicate: duplicate)
        }
        if let sameArticle {
            let (resemblance, containment) = rule.overlap(fingerprint.shingles, sameArticle.shingles)
            let reference = DuplicateReference(kind: .item, ref: String(sameArticle.itemID), similarity: 1)
            return Assessment(
                verdict: .duplicate, score: 0, matched: [],
                duplicate: DuplicateMatch(reference: reference, resemblance: resemblance, containment: containment))
        }
        let relatedness = preliminary.relatedness
        // `BestFitRule` marks only stories whose threshold the item reaches.
        let verdict: Verdict = relatedness.score >= preliminary.relatedThreshold && preliminary.betterFit == nil ? .related : .unrelated
        return Assessment(
            verdict: verdict, score: relatedness.score, matched: relatedness.matched, duplicate: nil, betterFit: preliminary.betterFit)
    }

    private func bestDuplicate(_ fingerprint: Fingerprint, seedDuplicate: DuplicateMatch?, candidates: [StoredCandidate]) -> DuplicateMatch? {
        let itemMatches = candidates.compactMap {
            rule.match(fingerprint.shingles, against: $0.shingles, reference: .item, ref: String($0.itemID))
        }
        // On equal similarity the first wins: seeds before items, older items (lower ids) before newer,
        // so a copy points at the original rather than at another copy.
        let ordered = [seedDuplicate].compactMap { $0 } + itemMatches.sorted { (Int64($0.reference.ref) ?? 0) < (Int64($1.reference.ref) ?? 0) }
        return ordered.reduce(nil) { best, match in
            guard let best else { return match }
            return match.reference.similarity > best.reference.similarity ? match : best
        }
    }
}
