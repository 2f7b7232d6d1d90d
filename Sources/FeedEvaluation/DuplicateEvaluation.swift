import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore
import Foundation

/// Near-duplicate detection on variants made from real articles (`DuplicateVariant`), through the
/// daemon's index (SQLite band keys and containment samples) and verification: every article of an
/// event is stored and indexed, each variant is looked up, and it must come back as a duplicate of
/// its own original. Different articles of the same event, compared pairwise with the same rule,
/// must not be duplicates.
public struct DuplicateEvaluation: Sendable {
    public struct Report: Sendable {
        /// Variants found as duplicates of their original, per kind of variant.
        public var found: [DuplicateVariant: Int] = [:]
        public var variants: [DuplicateVariant: Int] = [:]
        /// Variants matched to some other article.
        public var wrongMatches = 0
        /// Pairs of different same-event articles called duplicates, of how many compared.
        public var falsePairs = 0
        public var pairs = 0
        /// The margin the thresholds sit in: the highest resemblance and containment between two
        /// different articles, and the lowest similarity of a variant found as a duplicate.
        public var highestPairResemblance = 0.0
        public var highestPairContainment = 0.0
        public var lowestFoundSimilarity = 1.0

        public var truePositives: Int { found.values.reduce(0, +) }
        public var recall: Double { Double(truePositives) / Double(max(variants.values.reduce(0, +), 1)) }
        public var precision: Double {
            let flagged = truePositives + wrongMatches + falsePairs
            return flagged == 0 ? 1 : Double(truePositives) / Double(flagged)
        }
    }

    public var settings: AnalysisSettings

    public init(settings: AnalysisSettings) { self.settings = settings }

    public func run(_ articles: [WikiRefArticle]) async throws -> Report {
        var report = Report()
        for event in WikiRefCorpus.events(in: articles) {
            try await run(articles.filter { $0.topic == event }, into: &report)
        }
        return report
    }

    private func run(_ articles: [WikiRefArticle], into report: inout Report) async throws {
        let fingerprinter = Fingerprinter(settings: settings)
        let tracker = StoryTracker(settings: settings)
        let story = StoryModel(name: "event", seeds: [], relatedThreshold: 1, fingerprinter: fingerprinter, background: BackgroundStatistics())
        let originals = articles.map { fingerprinter.fingerprint(title: $0.title, body: $0.text) }

        let scratch = try await ScratchStore(feedURL: "wikiref:originals")
        defer { scratch.remove() }
        let (store, feed) = (scratch.store, scratch.feed)
        let itemIDs = try await store.withTransaction { transaction -> [Int64] in
            try zip(articles, originals).map { article, fingerprint in
                let entry = FeedEntry(
                    id: article.file, title: article.title, link: nil, published: nil, updated: nil, summary: article.text,
                    content: "", authors: [], categories: [])
                guard let itemID = try transaction.insertItem(feedID: feed.id, entry: entry, seenAt: Date()) else {
                    throw EvaluationError("\(article.file) stored twice")
                }
                try transaction.insertVerdict(
                    itemID: itemID, VerdictRecord(story: story.name, verdict: .related, score: 1, threshold: 1, matched: []),
                    decidedAt: Date())
                try transaction.index(itemID: itemID, IndexedFingerprint(fingerprint))
                return itemID
            }
        }

        for (index, article) in articles.enumerated() {
            for kind in DuplicateVariant.allCases {
                let variant = kind.apply(title: article.title, text: article.text)
                let fingerprint = fingerprinter.fingerprint(title: variant.title, body: variant.text)
                let candidates = try await store.withTransaction { transaction in
                    try transaction.candidates(
                        story: story.name, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys,
                        minimumContainment: tracker.rule.containmentThreshold)
                }.map { StoredCandidate(itemID: $0.itemID, shingles: ShingleSet(sortedUnique: $0.shingles)) }
                let assessment = tracker.assess(fingerprint, story: story, candidates: candidates)
                report.variants[kind, default: 0] += 1
                guard let reference = assessment.duplicate?.reference else { continue }
                if reference.ref == String(itemIDs[index]) {
                    report.found[kind, default: 0] += 1
                    report.lowestFoundSimilarity = min(report.lowestFoundSimilarity, reference.similarity)
                } else {
                    report.wrongMatches += 1
                }
            }
        }
        for first in originals.indices {
            for second in originals.indices where second > first {
                report.pairs += 1
                let (a, b) = (originals[first].shingles, originals[second].shingles)
                let shared = Double(a.intersectionCount(b))
                report.highestPairResemblance = max(report.highestPairResemblance, shared / Double(max(a.count + b.count - Int(shared), 1)))
                report.highestPairContainment = max(report.highestPairContainment, shared / Double(max(min(a.count, b.count), 1)))
                if tracker.rule.match(a, against: b, reference: .item, ref: "") != nil { report.falsePairs += 1 }
            }
        }
    }
}
