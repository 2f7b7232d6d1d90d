import FeedAnalysis
import FeedCore
import FeedStore
import Foundation

/// Rebuilds the reasoning behind an item's stored verdicts: the score and threshold it got, the
/// profile terms it matched and missed, and its similarity to every seed and indexed item the
/// duplicate test considered.
public struct Explainer: Sendable {
    let engine: AnalysisEngine
    /// The same stories without the analyst's judgments.
    let unjudged: AnalysisEngine

    public init(configuration: Configuration, store: Store) async throws {
        let background = try await BackgroundStatistics(loadingFrom: store)
        var engine = try AnalysisEngine(configuration: configuration, background: background)
        var unjudged = engine
        try await engine.restore(from: store)
        try await unjudged.restore(from: store, judgments: false)
        (self.engine, self.unjudged) = (engine, unjudged)
    }

    /// nil when no item has this id or link.
    public func explain(_ idOrLink: String, store: Store) async throws -> Explanation? {
        guard let item = try await store.item(idOrLink: idOrLink) else { return nil }
        let fingerprint = engine.fingerprinter.fingerprint(item.entry)
        let storedVerdicts = try await store.verdicts(itemID: item.id)
        let decided = betterFits(storedVerdicts.map(\.record))
        var verdicts: [Explanation.StoryVerdict] = []
        for stored in storedVerdicts {
            let story = engine.stories.first { $0.name == stored.record.story }
            let now = story.map { $0.profile.score(fingerprint) }
            let judgments = story.flatMap { model -> Explanation.Judgments? in
                guard model.judgments.related + model.judgments.unrelated > 0,
                    let before = unjudged.stories.first(where: { $0.name == model.name })
                else { return nil }
                return Explanation.Judgments(
                    related: model.judgments.related, unrelated: model.judgments.unrelated,
                    scoreWithout: before.profile.score(fingerprint).score, thresholdWithout: before.relatedThreshold)
            }
            let matchedTerms = Set(now?.matched.map(\.term) ?? [])
            let missing = story.map { Self.heaviestMissing(from: $0.profile, matched: matchedTerms) } ?? []
            verdicts.append(Explanation.StoryVerdict(
                story: stored.record.story, verdict: stored.record.verdict, score: stored.record.score,
                threshold: stored.record.threshold, decidedAt: stored.decidedAt, matched: stored.record.matched,
                duplicateOf: stored.record.duplicate, scoreNow: now?.score, thresholdNow: story?.relatedThreshold,
                judged: stored.judged, judgedAt: stored.judgedAt, judgments: judgments, elsewhere: now?.elsewhere,
                nearestSeed: story.flatMap { model in now?.nearestSeed.map { Self.nearestSeed($0, of: model) } },
                betterFit: stored.record.verdict == .unrelated ? decided[stored.record.story]?.betterFit : nil, missing: missing,
                comparisons: try await comparisons(fingerprint, itemID: item.id, story: story, store: store)))
        }
        return Explanation(
            id: item.id, title: item.entry.title, link: item.entry.link, feed: item.feed,
            published: item.entry.published ?? item.entry.updated, firstSeen: item.firstSeen, shingles: fingerprint.shingles.count,
            article: item.articleNote, articleURL: item.entry.page?.url, verdicts: verdicts)
    }

    /// Which story each of an item's verdicts was left behind by (`BestFitRule`), from the scores
    /// and thresholds stored when they were decided.
    private func betterFits(_ records: [VerdictRecord]) -> [String: PreliminaryAssessment] {
        var scored: [String: PreliminaryAssessment] = [:]
        for record in records where record.duplicate == nil {
            scored[record.story] = PreliminaryAssessment(
                seedDuplicate: nil, relatedness: RelatednessScore(score: record.score, matched: []), relatedThreshold: record.threshold)
        }
        return engine.tracker.bestFit.apply(scored)
    }

    private static func nearestSeed(_ nearest: NearestSeed, of story: StoryModel) -> Explanation.NearestSeed {
        Explanation.NearestSeed(seed: story.seeds[nearest.index].name, score: nearest.cosine, share: StoryProfile.nearestSeedShare)
    }

    /// The 10 profile terms the item lacks that would have added most to its score in its body,
    /// weighed as a matched term is (`StoryProfile.score`).
    private static func heaviestMissing(from profile: StoryProfile, matched: Set<String>) -> [MatchedTerm] {
        let missing: [MatchedTerm] = profile.weights.compactMap { term, weight in
            let shown = profile.shown(term)
            return matched.contains(shown) ? nil : MatchedTerm(term: shown, weight: weight * (profile.itemWeights[term] ?? 1))
        }
        let heaviestFirst = missing.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        return Array(heaviestFirst.prefix(10))
    }

    private func comparisons(_ fingerprint: Fingerprint, itemID: Int64, story: StoryModel?, store: Store) async throws
        -> [Explanation.Comparison]
    {
        guard let story else { return [] }
        var known: [(kind: DuplicateReference.Kind, ref: String, title: String, shingles: ShingleSet)] =
            story.seeds.map { (.seed, $0.name, "", $0.fingerprint.shingles) }
        for candidate in try await store.duplicateCandidates(
            story: story.name, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys) where candidate.itemID != itemID
        {
            known.append((.item, String(candidate.itemID), candidate.title, ShingleSet(sortedUnique: candidate.shingles)))
        }
        return known.map { other in
            let shared = fingerprint.shingles.intersectionCount(other.shingles)
            let smaller = max(min(fingerprint.shingles.count, other.shingles.count), 1)
            return Explanation.Comparison(
                kind: other.kind, ref: other.ref, title: other.title, resemblance: fingerprint.shingles.resemblance(other.shingles),
                containment: Double(shared) / Double(smaller), sharedShingles: shared)
        }
        .sorted { max($0.resemblance, $0.containment) > max($1.resemblance, $1.containment) }
        .prefix(10).map { $0 }
    }
}
