import FeedAnalysis
import FeedCore
import FeedStore
import Foundation

/// The analysis state of a running daemon: the stories' models and the background they are
/// weighted against.
public struct AnalysisEngine: Sendable {
    public let fingerprinter: Fingerprinter
    public let tracker: StoryTracker
    public private(set) var stories: [StoryModel]
    public private(set) var background: BackgroundStatistics
    /// Every term some story's seeds use: the only terms the background counts.
    public let vocabulary: Set<String>

    /// Loads every story's seeds (failing on the first unreadable one) and the stored background.
    public init(configuration: Configuration, background: BackgroundStatistics) throws {
        fingerprinter = Fingerprinter(settings: configuration.analysis)
        tracker = StoryTracker(settings: configuration.analysis)
        self.background = background
        var stories: [StoryModel] = []
        for story in configuration.stories {
            stories.append(StoryModel(
                name: story.name, seeds: try SeedLoader.load(story),
                relatedThreshold: configuration.relatedThreshold(for: story.name),
                fingerprinter: fingerprinter, background: background))
        }
        self.stories = stories
        vocabulary = stories.reduce(into: Set<String>()) { $0.formUnion($1.vocabulary) }
    }

    /// Learns from items seen and re-weights every profile.
    public mutating func learn(observedTerms: [[String]]) {
        guard !observedTerms.isEmpty else { return }
        for terms in observedTerms { background.observe(terms: Set(terms), tracked: vocabulary) }
        for index in stories.indices { stories[index].refreshProfile(background: background) }
    }

    /// Analyses one new item for every story and records the verdicts in `transaction`.
    /// Returns the alerts to send once the transaction has committed, and the tracked terms seen.
    func process(itemID: Int64, entry: FeedEntry, feed: String, in transaction: StoreTransaction, now: Date)
        throws -> (alerts: [Alert], observed: [String])
    {
        let fingerprint = fingerprinter.fingerprint(title: entry.title, body: entry.bodyText)
        let observed = fingerprint.terms.filter(vocabulary.contains).sorted()
        try transaction.observeBackground(terms: observed)
        var alerts: [Alert] = []
        var indexed = false
        for story in stories {
            let candidates = try transaction.candidates(
                story: story.name, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys
            ).map { StoredCandidate(itemID: $0.itemID, shingles: ShingleSet(sortedUnique: $0.shingles)) }
            let assessment = tracker.assess(fingerprint, story: story, candidates: candidates)
            try transaction.insertVerdict(itemID: itemID, VerdictRecord(
                story: story.name, verdict: assessment.verdict, score: assessment.score,
                threshold: story.relatedThreshold, matched: assessment.matched,
                duplicate: assessment.duplicate?.reference, resemblance: assessment.duplicate?.resemblance,
                containment: assessment.duplicate?.containment), decidedAt: now)
            // Only what a story already knows is compared against later, so only that is indexed.
            if assessment.verdict != .unrelated && !indexed {
                try transaction.index(itemID: itemID, IndexedFingerprint(
                    shingles: fingerprint.shingles.hashes, signature: fingerprint.signature,
                    bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys))
                indexed = true
            }
            if assessment.verdict == .related {
                alerts.append(Alert(
                    itemID: itemID, story: story.name, score: assessment.score, title: entry.title, link: entry.link,
                    feed: feed, matched: assessment.matched.prefix(8).map(\.term)))
            }
        }
        return (alerts, observed)
    }
}
