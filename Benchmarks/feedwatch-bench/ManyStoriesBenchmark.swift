import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedEvaluation
import Foundation

/// Scoring cost against many stories: 1, 10, 100 and 1,000 stories, each seeded with one article of
/// ECB+ or WikiRef, score a stream of rss-2023 entries (headline and description, as feeds carry
/// them) on one thread, the way the daemon prepares an item: fingerprint, the profile index, the
/// seed-duplicate test for the stories the index proposes. Beside it, the same stories scored one
/// profile at a time, which is what the index replaces, and how many of those verdicts at the
/// default threshold the index lost.
struct ManyStoriesBenchmark {
    let storyCounts: [Int]
    let items: Int

    func run() throws {
        let ecbplus = try ECBPlusCorpus.load(folder: "../shared/corpus/ecbplus/ECB+")
        let wikiref = WikiRefCorpus.labelled(try WikiRefCorpus.load(folder: "../shared/corpus/wikiref/WikiRef220"))
        let articles = ecbplus + wikiref
        let stream = try BackgroundStream.load(path: "../shared/corpus/rss-2023/stream.jsonl.gz", limit: items)
            .map { TextMode.teaser.entry(for: $0) }
        let settings = AnalysisSettings()
        print("many stories: \(stream.count) rss-2023 entries (headline + description), one thread; stories of one seed article each")
        print("stories   items/s (index)   stories scored per item   items/s (every profile)   index speed-up   related: every profile, lost by the index   left to a better fit   engine built")
        for count in storyCounts where count <= articles.count {
            let stories = articles.prefix(count).map {
                StoryDefinition(name: $0.id, seeds: [SeedDocument(name: $0.id, text: $0.title + "\n" + $0.body)])
            }
            let building = ContinuousClock.now
            var engine = AnalysisEngine(stories: stories, settings: settings, background: BackgroundStatistics())
            let built = ContinuousClock.now - building
            // A warm background, as a daemon has after its first cycles.
            engine.learn(from: stream.map(engine.prepare))
            var touched = 0
            var found = Set<String>(), leftBehind = 0
            let indexed = ContinuousClock().measure {
                for (index, entry) in stream.enumerated() {
                    let assessments = engine.assessUnstored(engine.prepare(entry))
                    touched += assessments.count
                    // What the index found, before the best fit between stories takes its share away.
                    for (story, assessment) in assessments where assessment.verdict != .unrelated || assessment.betterFit != nil {
                        found.insert("\(index) \(story)")
                        if assessment.betterFit != nil { leftBehind += 1 }
                    }
                }
            }
            let fingerprinter = engine.fingerprinter
            var related = Set<String>()
            let oneByOne = ContinuousClock().measure {
                for (index, entry) in stream.enumerated() {
                    let fingerprint = fingerprinter.fingerprint(entry)
                    for story in engine.stories {
                        let preliminary = engine.tracker.prepare(fingerprint, story: story)
                        if preliminary.seedDuplicate != nil || preliminary.relatedness.score >= story.relatedThreshold { related.insert("\(index) \(story.name)") }
                    }
                }
            }
            let rate = Double(stream.count) / indexed.seconds, plain = Double(stream.count) / oneByOne.seconds
            print(String(
                format: "%7d   %15.0f   %23.1f   %23.0f   %13.1f×   %8d, %d   %d   %.0f ms", count, rate, Double(touched) / Double(stream.count), plain,
                rate / plain, related.count, related.subtracting(found).count, leftBehind, built.seconds * 1000))
        }
    }
}
