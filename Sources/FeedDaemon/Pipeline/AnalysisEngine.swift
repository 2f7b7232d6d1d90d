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
    /// Every term some story's profile can use: the only terms the background counts.
    public private(set) var vocabulary: Set<String>

    /// Loads every story's seeds (failing on the first unreadable one) and the stored background.
    public init(configuration: Configuration, background: BackgroundStatistics) throws {
        let stories = try configuration.stories.map { story in
            StoryDefinition(
                name: story.name, seeds: try SeedLoader.load(story), relatedThreshold: configuration.relatedThreshold(for: story.name),
                adaptive: story.adaptive)
        }
        self.init(stories: stories, settings: configuration.analysis, background: background)
    }

    /// Stories whose seeds are already read (the evaluation builds them from its corpus).
    public init(stories definitions: [StoryDefinition], settings: AnalysisSettings, background: BackgroundStatistics) {
        fingerprinter = Fingerprinter(settings: settings)
        tracker = StoryTracker(settings: settings)
        self.background = background
        let fingerprinter = self.fingerprinter
        stories = definitions.map { story in
            StoryModel(
                name: story.name, seeds: story.seeds, relatedThreshold: story.relatedThreshold, fingerprinter: fingerprinter,
                background: background, adaptive: story.adaptive, adaptiveWeight: settings.adaptiveWeight)
        }
        vocabulary = stories.reduce(into: Set<String>()) { $0.formUnion($1.vocabulary) }
    }

    /// Brings the store's duplicate index to this engine's analysis scheme (see
    /// `Store.ensureAnalysisScheme`); returns how many stored items were fingerprinted again.
    public func prepareIndex(of store: Store) async throws -> Int {
        let fingerprinter = self.fingerprinter
        return try await store.ensureAnalysisScheme(fingerprinter.scheme) { title, summary, content in
            IndexedFingerprint(Self.fingerprint(title: title, summary: summary, content: content, with: fingerprinter))
        }
    }

    /// Adaptive tracking: related stories join their story's profile (a no-op for other stories).
    public mutating func adapt(story name: String, documents: [Set<String>]) {
        guard let index = stories.firstIndex(where: { $0.name == name && $0.adaptive }) else { return }
        stories[index].adapt(to: documents, background: background)
        vocabulary.formUnion(stories[index].vocabulary)
    }

    /// Replays the related stories already stored into the adaptive stories' profiles, so a
    /// restarted daemon tracks with the profile it had.
    public mutating func restoreAdaptation(from store: Store) async throws {
        for story in stories where story.adaptive {
            let documents = try await store.relatedTexts(story: story.name).map {
                Self.fingerprint(title: $0.title, summary: $0.summary, content: $0.content, with: fingerprinter).terms
            }
            adapt(story: story.name, documents: documents)
        }
    }

    /// A stored item's fingerprint, made from the same text a new item's is (`FeedEntry.bodyText`).
    private static func fingerprint(title: String, summary: String, content: String, with fingerprinter: Fingerprinter) -> Fingerprint {
        let entry = FeedEntry(
            id: "", title: title, link: nil, published: nil, updated: nil, summary: summary, content: content, authors: [], categories: [])
        return fingerprinter.fingerprint(title: entry.title, body: entry.bodyText)
    }

    /// What the engine takes from items it has just analysed (after their transaction committed):
    /// their terms for the background, and for adaptive stories the items found related.
    public mutating func absorb(_ analyses: [ItemAnalysis]) {
        learn(observedTerms: analyses.compactMap(\.observed))
        for analysis in analyses {
            for (story, assessment) in analysis.verdicts where assessment.verdict == .related {
                adapt(story: story, documents: [analysis.terms])
            }
        }
    }

    /// Learns from items seen and re-weights every profile.
    public mutating func learn(observedTerms: [[String]]) {
        guard !observedTerms.isEmpty else { return }
        for terms in observedTerms { background.observe(terms: Set(terms), tracked: vocabulary) }
        for index in stories.indices { stories[index].refreshProfile(background: background) }
    }

    /// Analyses one new item for every story and records the verdicts in `transaction`.
    /// Returns the alerts to send once the transaction has committed, the tracked terms seen (for
    /// `learn`) and each story's verdict.
    public func process(itemID: Int64, entry: FeedEntry, feed: String, in transaction: StoreTransaction, now: Date)
        throws -> ItemAnalysis
    {
        let fingerprint = fingerprinter.fingerprint(title: entry.title, body: entry.bodyText)
        let observed = BackgroundStatistics.learns(from: fingerprint) ? fingerprint.terms.filter(vocabulary.contains).sorted() : nil
        if let observed { try transaction.observeBackground(terms: observed) }
        var alerts: [Alert] = []
        var verdicts: [String: Assessment] = [:]
        var indexed = false
        for story in stories {
            let candidates = try transaction.candidates(
                story: story.name, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys
            ).map { StoredCandidate(itemID: $0.itemID, shingles: ShingleSet(sortedUnique: $0.shingles)) }
            let assessment = tracker.assess(fingerprint, story: story, candidates: candidates)
            verdicts[story.name] = assessment
            try transaction.insertVerdict(itemID: itemID, VerdictRecord(
                story: story.name, verdict: assessment.verdict, score: assessment.score,
                threshold: story.relatedThreshold, matched: assessment.matched,
                duplicate: assessment.duplicate?.reference, resemblance: assessment.duplicate?.resemblance,
                containment: assessment.duplicate?.containment), decidedAt: now)
            // Only what a story already knows is compared against later, so only that is indexed.
            if assessment.verdict != .unrelated && !indexed {
                try transaction.index(itemID: itemID, IndexedFingerprint(fingerprint))
                indexed = true
            }
            if assessment.verdict == .related {
                alerts.append(Alert(
                    itemID: itemID, story: story.name, score: assessment.score, title: entry.title, link: entry.link,
                    feed: feed, matched: assessment.matched.prefix(8).map(\.term)))
            }
        }
        return ItemAnalysis(alerts: alerts, observed: observed, verdicts: verdicts, terms: fingerprint.terms)
    }
}
