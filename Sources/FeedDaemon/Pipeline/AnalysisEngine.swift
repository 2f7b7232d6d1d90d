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
    /// Each story's index in `stories`, by name (the first, should two share one). The stories
    /// change in place, never their order.
    private let storyIndex: [String: Int]
    public private(set) var background: BackgroundStatistics
    /// Every term some story's profile can use, by `TermKey` (how an item's terms are looked up):
    /// the only terms the background counts.
    private var vocabularyByKey: [UInt64: String] = [:]
    /// The stories' heaviest profile terms: an item is scored against the stories it carries one of.
    private var profileIndex: ProfileIndex
    /// The background's document count when the profiles were last re-weighted.
    private var profilesWeightedAt = 0
    /// Changes whenever the stories' vocabulary does (a new engine, adaptation): a `PreparedItem`
    /// of another generation is made again.
    public private(set) var generation = UInt64.random(in: .min ... .max)
    /// Changes whenever the profiles are re-weighted: a `PreparedItem` of another one is scored again.
    public private(set) var profileGeneration = 0

    /// Loads every story's seeds (failing on the first unreadable one) and the stored background.
    public init(configuration: Configuration, background: BackgroundStatistics) throws {
        let stories = try configuration.stories.map { story in
            StoryDefinition(
                name: story.name, seeds: try SeedLoader.load(story), relatedThreshold: story.threshold, adaptive: story.adaptive)
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
            let byDefault = settings.relatedThreshold(seeds: story.seeds.count, teasers: SeedKind(story.seeds) == .teasers)
            return StoryModel(
                name: story.name, seeds: story.seeds, relatedThreshold: story.relatedThreshold ?? byDefault,
                fingerprinter: fingerprinter, background: background, adaptive: story.adaptive, adaptiveWeight: settings.adaptiveWeight)
        }
        storyIndex = Dictionary(definitions.indices.map { (definitions[$0].name, $0) }) { first, _ in first }
        profileIndex = ProfileIndex([])
        for story in stories { learnVocabulary(of: story) }
        countSeeds()
        profileIndex = ProfileIndex(stories.map(\.profile))
    }

    /// Every story's seeds are texts the daemon has read, and the background counts them, in memory
    /// only: a restart, a reload and `explain` count them again. Each story leaves its own seeds out
    /// of its rarities, as it does its own reports, so a story tracked alone weighs as before. Beside
    /// other stories, their seeds tell it which of its words stories share: two earthquakes'
    /// "magnitude", a newsroom's many stories' "president". Where terms are set is left to the
    /// stream: seeds would vouch for their own story's country (docs/EVALUATION.md). A text that
    /// several stories share as a seed (two stories from one folder, with other thresholds) counts
    /// once, and each of them leaves it out: stories that share seeds weigh them as if alone.
    private mutating func countSeeds() {
        var counted: Set<[UInt64]> = []
        for index in stories.indices {
            var own: Set<[UInt64]> = []
            var observed: [[String]] = []
            for seed in stories[index].seeds where own.insert(seed.fingerprint.terms.keys).inserted {
                let terms = seed.fingerprint.terms.keys.compactMap { vocabularyByKey[$0] }.sorted()
                observed.append(terms)
                if counted.insert(seed.fingerprint.terms.keys).inserted { background.observe(trackedTerms: terms) }
            }
            stories[index].count(seeds: observed)
        }
        for index in stories.indices { stories[index].refreshProfile(background: background) }
    }

    /// The stories learnt new terms: items prepared before are made again.
    private mutating func newStories() {
        profileIndex = ProfileIndex(stories.map(\.profile))
        generation = UInt64.random(in: .min ... .max)
    }

    /// The profiles were re-weighted: items prepared before are scored again.
    private mutating func profilesChanged() {
        profileIndex = ProfileIndex(stories.map(\.profile))
        profileGeneration += 1
    }

    /// Every term some story's profile can use: the only terms the background counts.
    public var vocabulary: Set<String> { Set(vocabularyByKey.values) }

    /// The countries some story is set in: the background counts how often items holding each
    /// term name them (`BackgroundStatistics.observedTerms`).
    private var settingCountries: Set<Int> = []

    private mutating func learnVocabulary(of story: StoryModel) {
        settingCountries.formUnion(story.setting.places)
        for term in story.vocabulary { vocabularyByKey[TermKey.of(term)] = term }
    }

    /// Brings the store's duplicate index to this engine's analysis scheme (see
    /// `Store.ensureAnalysisScheme`); returns how many stored items were fingerprinted again.
    public func prepareIndex(of store: Store) async throws -> Int {
        let fingerprinter = self.fingerprinter
        return try await store.ensureAnalysisScheme(fingerprinter.scheme) { title, summary, content in
            IndexedFingerprint(fingerprinter.fingerprint(Self.entry(title: title, summary: summary, content: content)))
        }
    }

    /// Adaptive tracking: sure reports join their story's profile (a no-op for other stories).
    public mutating func adapt(story name: String, documents: [Set<String>]) {
        guard let index = storyIndex[name], stories[index].adaptive else { return }
        stories[index].adapt(to: documents, background: background)
        learnVocabulary(of: stories[index])
        newStories()
    }

    /// What a restarted daemon's stories learnt, from the store: the analyst's judgments, each
    /// story's own reports (`OwnReports`, counted again from their texts), and the adaptive
    /// stories' sure reports replayed into their profiles.
    /// - Parameter judgments: false leaves the judgments out (`explain` shows what they changed).
    public mutating func restore(from store: Store, judgments: Bool = true) async throws {
        if judgments {
            learn(judgments: try await store.judgedTexts().map {
                (story: $0.story, judgment: $0.judgment, entry: Self.entry(title: $0.title, summary: $0.summary, content: $0.content))
            })
        }
        try await recountReports(of: stories.map(\.name), from: store)
    }

    /// Counts these stories' own reports and adaptive stories' sure reports again from what the
    /// store holds: at a start, and after a cycle withdrew alerts (`Poller`), whose items, and
    /// their copies, the store then holds as unrelated although the running stories counted them.
    /// A restarted daemon and a running one then weigh the profiles alike.
    public mutating func recountReports(of names: [String], from store: Store) async throws {
        var (recounted, learnedTerms) = (false, false)
        for name in names {
            guard let index = storyIndex[name] else { continue }
            let reports = try await store.ownReportTexts(story: name, scoreShare: OwnReports.scoreShare).map {
                (entry: Self.entry(title: $0.title, summary: $0.summary, content: $0.content), sure: $0.sure)
            }
            let observed = reports.compactMap { report in
                let words = fingerprinter.termsAndPlaces(report.entry)
                return observedTerms(words.terms, places: words.places)
            }
            let sure = stories[index].adaptive ? reports.filter(\.sure).map { fingerprinter.termStrings($0.entry) } : []
            // A story with nothing counted, before or now, keeps the profile it was made with.
            guard stories[index].hasReports || !observed.isEmpty || !sure.isEmpty else { continue }
            stories[index].recount(ownReports: observed, sureReports: sure, background: background)
            recounted = true
            // Only what an adaptive story learns adds terms to its vocabulary.
            if stories[index].adaptive {
                learnVocabulary(of: stories[index])
                learnedTerms = true
            }
        }
        if learnedTerms { newStories() } else if recounted { profilesChanged() }
    }

    /// Teaches each story the analyst's judgments of its items (`StoryModel.learn(judgedRelated:…)`).
    public mutating func learn(judgments: [(story: String, judgment: Judgment, entry: FeedEntry)]) {
        guard !judgments.isEmpty else { return }
        for index in stories.indices {
            let mine = judgments.filter { $0.story == stories[index].name }
            guard !mine.isEmpty else { continue }
            let related = mine.filter { $0.judgment == .related }
            stories[index].learn(
                judgedRelated: related.map { JudgedReport($0.entry, fingerprinter: fingerprinter) },
                judgedUnrelated: mine.filter { $0.judgment == .unrelated }.map { fingerprinter.termStrings($0.entry) },
                background: background)
            learnVocabulary(of: stories[index])
        }
        newStories()
    }

    /// A stored item as an entry, to fingerprint it from the same text a new item's is.
    public static func entry(title: String, summary: String, content: String) -> FeedEntry {
        FeedEntry(id: "", title: title, link: nil, published: nil, updated: nil, summary: summary, content: content, authors: [], categories: [])
    }

    /// What the engine takes from items it has just analysed (after their transaction committed):
    /// their terms for the background, and for adaptive stories their sure reports.
    public mutating func absorb(_ analyses: [ItemAnalysis]) {
        countOwnReports(analyses.map { ($0.observed, $0.verdicts) })
        learn(observedTerms: analyses.compactMap(\.observed))
        for analysis in analyses {
            for story in storiesLearning(from: analysis.verdicts) { adapt(story: story, documents: [analysis.terms]) }
        }
    }

    /// The adaptive stories whose profiles learn from an item with these verdicts: those it is a
    /// sure report of (`OwnReports.isSureReport`).
    public func storiesLearning(from verdicts: [String: Assessment]) -> [String] {
        verdicts.compactMap { story, assessment in
            guard let index = storyIndex[story], stories[index].adaptive,
                  OwnReports.isSureReport(assessment, threshold: stories[index].relatedThreshold) else { return nil }
            return story
        }
    }

    /// Learns from items seen (their `ItemAnalysis.observed` terms), and re-weights every profile
    /// once the background has grown by 1 % since the last time: weights then move by well under
    /// 1 %, and re-weighting after every feed was 8 % of a 1,000-feed first cycle (`Benchmarks/scale.sh`).
    private mutating func learn(observedTerms: [[String]]) {
        guard !observedTerms.isEmpty else { return }
        // `observed` holds each tracked term once (`prepare` picked them out).
        for terms in observedTerms { background.observe(trackedTerms: terms) }
        guard background.documentCount - profilesWeightedAt >= max(1, profilesWeightedAt / 100) else { return }
        profilesWeightedAt = background.documentCount
        for index in stories.indices { stories[index].refreshProfile(background: background) }
        profilesChanged()
    }

    /// Each story's verdict on a prepared item as if nothing were stored yet: the duplicate test
    /// against the seeds, then relatedness. For evaluations over long streams, where storing every
    /// item's verdict for every story would cost more than the analysis; the daemon uses `store`.
    ///
    /// Only the stories the profile index proposes (the item carries one of their heaviest terms)
    /// are assessed: for every other story it is unrelated, and leaving those out keeps the cost
    /// of many stories down.
    public func assessUnstored(_ prepared: PreparedItem) -> [String: Assessment] {
        let prepared = current(prepared)
        return prepared.preliminary.mapValues { tracker.assess(prepared.fingerprint, preliminary: $0, candidates: []) }
    }

    /// `prepared` if it was made with this engine's stories and profiles; scored again if only the
    /// profiles were re-weighted since (its seed matches stand), else made again.
    private func current(_ prepared: PreparedItem) -> PreparedItem {
        guard prepared.generation == generation else {
            guard let scope = prepared.article else { return prepare(prepared.fingerprint) }
            return merge(article: prepare(prepared.fingerprint), feedText: prepare(scope.feedFingerprint), stories: scope.stories)
        }
        guard prepared.profileGeneration != profileGeneration else { return prepared }
        let scores = profileIndex.scores(prepared.fingerprint)
        let feedScores = prepared.article.map { profileIndex.scores($0.feedFingerprint) } ?? scores
        var preliminary: [String: PreliminaryAssessment] = [:]
        for (index, story) in stories.enumerated() {
            let covered = prepared.article?.covers(story.name) ?? true
            let candidates = covered ? [scores[index]] : [scores[index], feedScores[index]]
            guard let relatedness = candidates.compactMap({ $0 }).max(by: { $0.score < $1.score }) else { continue }
            preliminary[story.name] = PreliminaryAssessment(
                seedDuplicate: prepared.preliminary[story.name]?.seedDuplicate, relatedness: relatedness, relatedThreshold: story.relatedThreshold)
        }
        return PreparedItem(
            fingerprint: prepared.fingerprint, observed: prepared.observed, preliminary: tracker.bestFit.apply(preliminary), generation: generation,
            profileGeneration: profileGeneration, article: prepared.article)
    }

    /// An item whose page was read: `article` (prepared from it) decides for `stories` (nil: all);
    /// for the others, whichever of it and `feedText` (the same item prepared from the feed's text)
    /// says more: an article reads lower against a story than a short, on-topic teaser of it, and
    /// a story the teaser was clearly about keeps it. The background counts the feed's text, as for
    /// every other item: pages are read for items near a story's threshold, which hold its terms,
    /// and counting their whole articles would make those terms look common to the story's cost.
    func merge(article: PreparedItem, feedText: PreparedItem, stories covered: Set<String>?) -> PreparedItem {
        var preliminary = feedText.preliminary
        for story in stories.map(\.name) {
            guard covered?.contains(story) ?? true else {
                preliminary[story] = Self.stronger(feedText.preliminary[story], article.preliminary[story])
                continue
            }
            preliminary[story] = article.preliminary[story]
        }
        return PreparedItem(
            fingerprint: article.fingerprint, observed: feedText.observed, preliminary: tracker.bestFit.apply(preliminary),
            generation: article.generation,
            profileGeneration: article.profileGeneration, article: .init(feedFingerprint: feedText.fingerprint, stories: covered))
    }

    /// The store-independent part of a story's verdict on a current item (`current`).
    private func preliminary(_ prepared: PreparedItem, story: StoryModel) -> PreliminaryAssessment {
        prepared.preliminary[story.name] ?? PreliminaryAssessment(seedDuplicate: nil, relatedness: .none, relatedThreshold: story.relatedThreshold)
    }

    /// A seed's copy first, then the higher score.
    private static func stronger(_ one: PreliminaryAssessment?, _ other: PreliminaryAssessment?) -> PreliminaryAssessment? {
        guard let one, let other else { return one ?? other }
        if one.seedDuplicate != nil { return one }
        if other.seedDuplicate != nil { return other }
        return other.relatedness.score > one.relatedness.score ? other : one
    }

    /// Each story's relatedness of an item analysed earlier, against the profiles as they are now:
    /// weighed again if the background has grown since, so that its place test uses what the
    /// stream has shown since.
    public func relatednessNow(_ prepared: PreparedItem) -> [String: RelatednessScore] {
        current(prepared).preliminary.mapValues(\.relatedness)
    }

    /// What prepared items teach the background, as `absorb` does for stored ones.
    /// - Parameter assessed: each item's assessments (`assessUnstored`), by which stories count it
    ///   as their own report; empty when none were made.
    public mutating func learn(from prepared: [PreparedItem], assessed: [[String: Assessment]] = []) {
        countOwnReports(zip(prepared, assessed).map { ($0.observed, $1) })
        learn(observedTerms: prepared.compactMap(\.observed))
    }

    /// Each story counts the items it is sure are its own reports (`OwnReports.counts`), before the
    /// background counts them, so that the profiles re-weighted then leave them out.
    private mutating func countOwnReports(_ items: [(observed: [String]?, verdicts: [String: Assessment])]) {
        for item in items {
            guard let observed = item.observed else { continue }
            for (story, assessment) in item.verdicts where assessment.verdict != .unrelated {
                guard let index = storyIndex[story], OwnReports.counts(assessment, threshold: stories[index].relatedThreshold) else { continue }
                stories[index].count(ownReport: observed)
            }
        }
    }

    /// The part of the analysis that needs no store; pure, so it runs on any thread.
    public func prepare(_ entry: FeedEntry) -> PreparedItem { prepare(fingerprinter.fingerprint(entry)) }

    private func prepare(_ fingerprint: Fingerprint) -> PreparedItem {
        PreparedItem(
            fingerprint: fingerprint,
            observed: observedTerms(fingerprint.terms, places: fingerprint.places),
            preliminary: tracker.bestFit.apply(Dictionary(uniqueKeysWithValues: profileIndex.scores(fingerprint).map { index, relatedness in
                (stories[index].name, tracker.prepare(fingerprint, relatedness: relatedness, story: stories[index]))
            })),
            generation: generation, profileGeneration: profileGeneration, article: nil)
    }

    /// What an item teaches the background (`BackgroundStatistics.observedTerms`), sorted; nil when nothing.
    private func observedTerms(_ terms: TermSet, places: PlaceMentions) -> [String]? {
        guard BackgroundStatistics.learns(from: terms) else { return nil }
        return BackgroundStatistics.observedTerms(
            terms.keys.compactMap { vocabularyByKey[$0] }, places: places, settings: settingCountries
        ).sorted()
    }

    /// `store(_:prepared:feedID:feed:in:now:originals:)` as a poll cycle of its own: no related
    /// story stored before can be replaced.
    public func store(
        _ entries: [FeedEntry], prepared: [PreparedItem] = [], feedID: Int64, feed: String, in transaction: StoreTransaction, now: Date
    ) throws -> [ItemAnalysis] {
        try store(entries, prepared: prepared, feedID: feedID, feed: feed, in: transaction, now: now, originals: CycleOriginals())
    }

    /// Stores a feed's new entries in `transaction` and analyses each: entries the feed already
    /// stored are skipped, verdicts and index entries written, and what the items teach the
    /// background counted. Returns the analyses (for `absorb` and the alerts, once committed).
    /// - Parameters:
    ///   - prepared: `prepare(entry)` per entry when made ahead, else empty.
    ///   - originals: the related stories stored earlier in this poll cycle, which an earlier
    ///     published copy among `entries` replaces as the original; this feed's are added to it.
    public func store(
        _ entries: [FeedEntry], prepared: [PreparedItem] = [], articleNotes: [String] = [], feedID: Int64, feed: String,
        in transaction: StoreTransaction, now: Date, originals: CycleOriginals
    ) throws -> [ItemAnalysis] {
        var analyses: [ItemAnalysis] = []
        for (index, entry) in entries.enumerated() {
            let note = index < articleNotes.count ? articleNotes[index] : nil
            guard let itemID = try transaction.insertItem(feedID: feedID, entry: entry, seenAt: now, articleNote: note) else { continue }
            analyses.append(try process(
                itemID: itemID, entry: entry, prepared: index < prepared.count ? prepared[index] : nil, feed: feed, in: transaction,
                now: now, originals: originals))
        }
        let observed = analyses.compactMap(\.observed)
        try transaction.observeBackground(
            documents: observed.count, termCounts: observed.reduce(into: [:]) { counts, terms in for term in terms { counts[term, default: 0] += 1 } })
        return analyses
    }

    /// Analyses one new item for every story and records the verdicts in `transaction`.
    /// Returns the alerts to send once the transaction has committed, the tracked terms seen (for
    /// `learn`) and each story's verdict.
    /// - Parameter prepared: `prepare(entry)`, when made ahead (in parallel); made here if absent
    ///   or of another generation, and scored again if the profiles were re-weighted since.
    private func process(
        itemID: Int64, entry: FeedEntry, prepared: PreparedItem?, feed: String, in transaction: StoreTransaction, now: Date,
        originals: CycleOriginals
    ) throws -> ItemAnalysis {
        let prepared = prepared.map(current) ?? prepare(entry)
        let fingerprint = prepared.fingerprint
        var alerts: [Alert] = []
        var verdicts: [String: Assessment] = [:]
        var replaced: [String: Int64] = [:]
        var indexed = false
        for story in stories {
            let candidates = try transaction.candidates(
                story: story.name, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys,
                minimumContainment: tracker.rule.containmentThreshold
            ).map { StoredCandidate(itemID: $0.itemID, shingles: ShingleSet(sortedUnique: $0.shingles)) }
            let preliminary = preliminary(prepared, story: story)
            let sameArticle = try entry.page?.canonical.flatMap { try transaction.sameArticle(story: story.name, url: $0) }
                .map { StoredCandidate(itemID: $0.itemID, shingles: ShingleSet(sortedUnique: $0.shingles)) }
            var assessment = tracker.assess(fingerprint, preliminary: preliminary, candidates: candidates, sameArticle: sameArticle)
            let original = CycleOriginals.Original(
                itemID: itemID, time: entry.published ?? now, score: assessment.score, matched: assessment.matched)
            if let earlier = try takeOriginalsPlace(
                original, assessment: assessment, preliminary: preliminary, story: story, in: transaction, now: now, originals: originals)
            {
                assessment = earlier.assessment
                replaced[story.name] = earlier.replaced
            }
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
                    feed: feed, matched: assessment.matched.prefix(8).map(\.term), published: entry.published))
            }
        }
        // Only an adaptive story learns an item's terms as words, so only then are they made.
        let teaches = stories.contains { $0.adaptive && verdicts[$0.name]?.verdict == .related }
        return ItemAnalysis(
            alerts: alerts, observed: prepared.observed, verdicts: verdicts, terms: teaches ? fingerprinter.termStrings(entry) : [],
            replacedOriginals: replaced, prepared: alerts.contains { prepared.preliminary[$0.story]?.relatedness.elsewhere != nil } ? prepared : nil)
    }

    /// The earliest publication of a text is its original. When `item` copies a related story
    /// stored earlier in this cycle but was published before it, `item` becomes the related story
    /// (with its own score, or the original's when its own is below the threshold: the text is
    /// the same) and the other its copy; returns that assessment and the item it replaced. Else it
    /// records `item` in `originals` as what it is, and returns nil.
    private func takeOriginalsPlace(
        _ item: CycleOriginals.Original, assessment: Assessment, preliminary: PreliminaryAssessment, story: StoryModel,
        in transaction: StoreTransaction, now: Date, originals: CycleOriginals
    ) throws -> (assessment: Assessment, replaced: Int64)? {
        if assessment.verdict == .related { originals.recordOriginal(item, story: story.name) }
        guard assessment.verdict == .duplicate, let match = assessment.duplicate, match.reference.kind == .item,
            let copied = Int64(match.reference.ref), let original = originals.original(of: copied, story: story.name)
        else { return nil }
        guard item.time < original.time else {
            originals.recordCopy(item.itemID, of: original.itemID, story: story.name)
            return nil
        }
        let own = preliminary.relatedness
        let scored = own.score >= story.relatedThreshold ? (own.score, own.matched) : (original.score, original.matched)
        try transaction.makeCopy(
            original.itemID, of: item.itemID, story: story.name, itsCopies: originals.copies(of: original.itemID, story: story.name),
            match: DuplicateReference(kind: .item, ref: String(item.itemID), similarity: match.reference.similarity),
            resemblance: match.resemblance, containment: match.containment, decidedAt: now)
        var earlier = item
        (earlier.score, earlier.matched) = scored
        originals.replace(original.itemID, with: earlier, story: story.name)
        return (Assessment(verdict: .related, score: scored.0, matched: scored.1, duplicate: nil), original.itemID)
    }
}
