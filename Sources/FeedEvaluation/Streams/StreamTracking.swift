import FeedAnalysis
import FeedCore
import FeedDaemon
import Foundation

/// Tracking the events of a labelled corpus all at once, as a newsroom tracks many stories, inside
/// a stream of real feed entries: each event's earliest `seedsPerEvent` articles are its seeds (full
/// text, as users give them), and every other article of the corpus arrives, in `mode`, at a fixed
/// pseudo-random place among the background entries. Everything goes through the daemon's own
/// analysis (`AnalysisEngine`: fingerprint, seed duplicates, relatedness, the background learnt as
/// the stream goes); what is left out is the store, so the duplicate test against stored items.
///
/// Each event's scores are kept, so one run answers for every threshold (`Scores.cost(at:)`). A
/// story whose default threshold differs from that of its number of seeds (teaser seeds) keeps its
/// scores scaled by the ratio of the two, so that the seed count's threshold stands for its own,
/// and a sweep moves every story's threshold in step.
public struct StreamTracking: Sendable {
    /// One event's scores against every stream item: targets (its own articles), near misses (the
    /// other events of its topic) and the rest. A seed duplicate scores +∞.
    public struct Scores: Sendable {
        public let event: String
        public var targets: [Double] = []
        public var nearMisses: [Double] = []
        /// Other non-targets scoring above `floor`; `quietNonTargets` counts those below it.
        public var others: [Double] = []
        public var quietNonTargets = 0

        public var nonTargets: Int { nearMisses.count + others.count + quietNonTargets }

        /// Counts `article`'s score: a target when it reports the event, a near miss when it
        /// reports another event of `topic`, else one of the rest.
        mutating func record(_ score: Double, for article: LabelledArticle, topic: String?) {
            if article.event == event {
                targets.append(score)
            } else if article.topic != nil, article.topic == topic {
                nearMisses.append(score)
            } else if score >= StreamTracking.floor {
                others.append(score)
            } else {
                quietNonTargets += 1
            }
        }

        public func cost(at threshold: Double) -> DetectionCost {
            let misses = targets.filter { $0 < threshold }.count
            let falseAlarms = (nearMisses + others).filter { $0 >= threshold }.count
            return DetectionCost(targets: targets.count, misses: misses, nonTargets: nonTargets, falseAlarms: falseAlarms)
        }

        /// The share of near misses (same topic, another event) flagged; nil when the topic has none.
        public func nearMissRate(at threshold: Double) -> Double? {
            nearMisses.isEmpty ? nil : Double(nearMisses.filter { $0 >= threshold }.count) / Double(nearMisses.count)
        }
    }

    public struct Report: Sendable {
        public let corpus: String
        public let mode: TextMode
        public let seedsPerEvent: Int
        public let streamItems: Int
        public let events: [Scores]
        /// With `pages`: the items whose page was asked for, and those read in place of the feed text.
        public var pagesRequested = 0
        public var pagesRead = 0

        /// Topic-weighted, as TDT averages.
        public func cost(at threshold: Double) -> DetectionCost { DetectionCost.average(events.map { $0.cost(at: threshold) }) }

        /// Averaged over the events whose topic has near misses; nil when none has.
        public func nearMissRate(at threshold: Double) -> Double? {
            let rates = events.compactMap { $0.nearMissRate(at: threshold) }
            return rates.isEmpty ? nil : rates.reduce(0, +) / Double(rates.count)
        }

        /// The threshold of least average C_norm among `candidates` (the lower one on a tie).
        public func bestThreshold(among candidates: [Double]) -> Double {
            candidates.min { cost(at: $0).normalised < cost(at: $1).normalised } ?? 0
        }
    }

    /// Non-target scores below this are only counted: no threshold worth trying is that low.
    static let floor = 0.02

    public var settings: AnalysisSettings
    /// Whether the stories are adaptive: their sure reports join their profiles, as in the daemon.
    public var adaptive: Bool
    /// Whether the seeds are given in the stream's text mode (a story seeded with headlines), not
    /// as full articles.
    public var seedsAsItems: Bool
    /// Items' pages read as the daemon reads them under `articles: auto`; nil: feed text only.
    public var pages: PageReading<LabelledArticle>?

    public init(settings: AnalysisSettings, adaptive: Bool = false, seedsAsItems: Bool = false, pages: PageReading<LabelledArticle>? = nil) {
        self.settings = settings
        self.adaptive = adaptive
        self.seedsAsItems = seedsAsItems
        self.pages = pages
    }

    /// - Parameters:
    ///   - scoredAfter: the share of the stream, from its start, left out of the scores.
    ///   - judging: whether an analyst judges every alert in that first share, rightly, as the
    ///     daemon learns judgments: from the next batch (poll cycle) on.
    public func run(
        corpus name: String, articles: [LabelledArticle], background: [LabelledArticle], mode: TextMode, seedsPerEvent: Int,
        scoredAfter: Double = 0, judging: Bool = false
    ) async -> Report {
        let setUp = Self.setUp(articles: articles, background: background, mode: mode, seedsPerEvent: seedsPerEvent, seedsAsItems: seedsAsItems)
        let stories = setUp.seeds.map { StoryDefinition(name: $0.event, seeds: $0.seeds, adaptive: adaptive) }
        var engine = AnalysisEngine(stories: stories, settings: settings, background: BackgroundStatistics())
        let stream = setUp.stream
        var scores = Dictionary(uniqueKeysWithValues: stories.map { ($0.name, Scores(event: $0.name)) })
        let byCount = settings.relatedThreshold(seeds: seedsPerEvent)
        // Per story, looked up once: the topic whose other events are its near misses, and what its
        // scores are scaled by.
        let tracked = engine.stories.map { (event: $0.name, topic: setUp.topicOf[$0.name] ?? nil, scale: byCount / $0.relatedThreshold) }

        let unscored = Int(Double(stream.count) * scoredAfter)
        var pagesRequested = 0, pagesRead = 0
        await pages?.reader.newCycle()
        for batch in stride(from: 0, to: stream.count, by: Self.batchSize).map({ stream[$0..<min($0 + Self.batchSize, stream.count)] }) {
            var entries = batch.map { article in
                var entry = mode.entry(for: article)
                entry.link = pages?.link(article)
                return entry
            }
            var prepared = await Self.prepare(entries, engine: engine)
            if let pages {
                let outcome = await pages.reader.read(entries, prepared: prepared, mode: .auto, engine: engine, now: Date())
                (entries, prepared) = (outcome.entries, outcome.prepared)
                pagesRequested += outcome.reads.filter { $0.attempt != nil }.count
                pagesRead += entries.filter { $0.page != nil }.count
            }
            var judgments: [(story: String, judgment: Judgment, entry: FeedEntry)] = []
            var adapted: [String: [Set<String>]] = [:]
            var assessed: [[String: Assessment]] = []
            for (offset, (article, item)) in zip(batch, prepared).enumerated() {
                let assessments = engine.assessUnstored(item)
                assessed.append(assessments)
                if adaptive {
                    for event in engine.storiesLearning(from: assessments) {
                        adapted[event, default: []].append(engine.fingerprinter.termStrings(entries[offset]))
                    }
                }
                guard batch.startIndex + offset >= unscored else {
                    if judging {
                        for (event, assessment) in assessments where assessment.verdict == .related {
                            judgments.append((event, article.event == event ? .related : .unrelated, entries[offset]))
                        }
                    }
                    continue
                }
                for story in tracked {
                    let assessment = assessments[story.event]
                    // An item that fits another story far better (`BestFitRule`) is unrelated to
                    // this one at the default threshold and above. Below it, an item the rule would
                    // then leave behind still counts with its score: sweeps there err towards false alarms.
                    let score = assessment?.verdict == .duplicate ? Double.infinity : assessment?.betterFit != nil ? 0 : assessment?.score ?? 0
                    scores[story.event]?.record(score * story.scale, for: article, topic: story.topic)
                }
            }
            engine.learn(from: prepared, assessed: assessed)
            engine.learn(judgments: judgments)
            for (event, documents) in adapted { engine.adapt(story: event, documents: documents) }
        }
        return Report(
            corpus: name, mode: mode, seedsPerEvent: seedsPerEvent, streamItems: stream.count,
            events: scores.values.sorted { $0.event.localizedStandardCompare($1.event) == .orderedAscending }, pagesRequested: pagesRequested,
            pagesRead: pagesRead)
    }

    /// What a run tracks: each event with more articles than `seedsPerEvent`, seeded with its
    /// earliest ones (as full articles, or in `mode` when `seedsAsItems`), and the stream of every
    /// other article among the background entries.
    struct SetUp {
        let seeds: [(event: String, seeds: [SeedDocument])]
        let stream: [LabelledArticle]
        /// Each event's topic, whose other events are its near misses.
        let topicOf: [String: String?]
    }

    static func setUp(articles: [LabelledArticle], background: [LabelledArticle], mode: TextMode, seedsPerEvent: Int, seedsAsItems: Bool) -> SetUp {
        let byEvent = Dictionary(grouping: articles.filter { $0.event != nil }, by: { $0.event ?? "" })
            .filter { $0.value.count > seedsPerEvent }
        let seeds = byEvent.mapValues { $0.sorted { $0.order < $1.order }.prefix(seedsPerEvent) }
        let seedIDs = Set(seeds.values.joined().map(\.id))
        return SetUp(
            seeds: seeds.keys.sorted().map { event in
                let text = { (seed: LabelledArticle) in seed.title + "\n" + (seedsAsItems ? mode.entry(for: seed).summary : seed.body) }
                return (event, seeds[event, default: []].map { SeedDocument(name: $0.id, text: text($0)) })
            },
            stream: interleave(articles.filter { !seedIDs.contains($0.id) }, into: background),
            topicOf: Dictionary(uniqueKeysWithValues: byEvent.map { ($0.key, $0.value.first?.topic) }))
    }

    /// Items prepared together, on every core, between two updates of the background.
    static let batchSize = 256

    private static func prepare(_ entries: [FeedEntry], engine: AnalysisEngine) async -> [PreparedItem] {
        let chunks = stride(from: 0, to: entries.count, by: 32).map { $0..<min($0 + 32, entries.count) }
        return await withTaskGroup(of: (Int, [PreparedItem]).self) { group in
            for (index, chunk) in chunks.enumerated() {
                let slice = Array(entries[chunk])
                group.addTask { (index, slice.map(engine.prepare)) }
            }
            var parts = [[PreparedItem]](repeating: [], count: chunks.count)
            for await (index, part) in group { parts[index] = part }
            return parts.flatMap { $0 }
        }
    }

    /// The corpus's articles, shuffled, each put at a fixed pseudo-random place in the background.
    static func interleave(_ articles: [LabelledArticle], into background: [LabelledArticle]) -> [LabelledArticle] {
        var order = StreamOrder(seed: 2022)
        let shuffled = order.shuffled(articles)
        let places = shuffled.map { _ in Int(order.next() % UInt64(background.count + 1)) }.sorted()
        var stream: [LabelledArticle] = []
        stream.reserveCapacity(articles.count + background.count)
        var next = 0
        for (index, entry) in background.enumerated() {
            while next < places.count, places[next] <= index {
                stream.append(shuffled[next])
                next += 1
            }
            stream.append(entry)
        }
        stream += shuffled[next...]
        return stream
    }
}
