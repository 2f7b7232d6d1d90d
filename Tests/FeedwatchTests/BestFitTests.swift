import FeedAnalysis
import FeedCore
import FeedEvaluation
import FeedTestSupport
import Foundation
import Testing

/// Two stories of one kind tracked side by side, through the real binary: ECB+'s topic 1, Tara
/// Reid's stay in rehab and Lindsay Lohan's, each seeded with its two earliest articles, and every
/// other article of both served in one feed.
@Suite(.serialized) struct BestFitTests {
    struct Verdict {
        let id: Int
        let link: String
        let verdict: String
        let score: Double
    }

    struct Tracked {
        /// Each story's stored verdicts on the other event's items, and on its own event's.
        let otherEvents: [String: [Verdict]]
        let ownEvents: [String: [Verdict]]
        let run: CommandLineTests.Run
        let config: String
        let directory: TemporaryDirectory
    }

    /// One `run --once` on a new store, with `extra` YAML in the config.
    static func track(extra: String = "") throws -> Tracked {
        let directory = try TemporaryDirectory()
        let topic = try ECBPlusCorpus.load(folder: StreamTrackingTests.ecbplus).filter { $0.topic == "1" }
        var items: [FeedBuilder.Item] = []
        var eventOfLink: [String: String] = [:]
        for (story, event) in [("reid", "1"), ("lohan", "1+")] {
            let articles = topic.filter { $0.event == event }.sorted { $0.order < $1.order }
            for seed in articles.prefix(2) { try directory.write("\(story)/\(seed.id).txt", seed.title + "\n\n" + seed.body) }
            for article in articles.dropFirst(2) {
                let link = "https://example.org/\(article.id)"
                eventOfLink[link] = story
                items.append(FeedBuilder.Item(title: article.title, link: link, description: article.body))
            }
        }
        let feed = try directory.write("rehab.xml", FeedBuilder(title: "rehab", items: items).xml)
        let config = try directory.write("feedwatch.yaml", """
            state: \(directory.path("state.sqlite"))
            feeds:
              - {url: \(URL(fileURLWithPath: feed).absoluteString), articles: never}
            stories:
              - {name: reid, seeds: \(directory.path("reid"))}
              - {name: lohan, seeds: \(directory.path("lohan"))}
            \(extra)
            """)
        let run = try CommandLineTests.run(["run", "--once", "--config", config])
        #expect(run.status == 0, "\(run.stderr)")
        let listed = try CommandLineTests.run(["items", "--format", "json", "--config", config])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        var other: [String: [Verdict]] = [:], own: [String: [Verdict]] = [:]
        for row in rows {
            guard let story = row["story"] as? String, let link = row["link"] as? String, let id = row["id"] as? Int,
                let verdict = row["verdict"] as? String, let score = row["score"] as? Double
            else { continue }
            let entry = Verdict(id: id, link: link, verdict: verdict, score: score)
            if eventOfLink[link] == story { own[story, default: []].append(entry) } else { other[story, default: []].append(entry) }
        }
        return Tracked(otherEvents: other, ownEvents: own, run: run, config: config, directory: directory)
    }

    @Test func anItemGoesToTheStoryItFitsAndNotToTheOneItOnlyGrazes() throws {
        let shared = try Self.track()
        defer { shared.directory.remove() }
        // Each story keeps every report of its own event.
        for story in ["reid", "lohan"] {
            let own = shared.ownEvents[story] ?? []
            #expect(own.count >= 10 && own.allSatisfy { $0.verdict != "unrelated" }, "\(story): \(own.map(\.verdict))")
        }
        // Lohan's reports that clear Reid's threshold (0.07, two seeds) through "rehab" fit Lohan's story far better.
        let threshold = 0.07
        let grazing = (shared.otherEvents["reid"] ?? []).filter { $0.score >= threshold && $0.verdict == "unrelated" }
        #expect(grazing.count >= 5, "\(shared.otherEvents["reid"] ?? [])")
        let alerts = shared.run.stderr.split(separator: "\n").filter { $0.contains(" related story=reid") }
        for item in grazing {
            #expect(!alerts.contains { $0.contains(item.link) }, "no alert for \(item.link) in story reid")
            let explained = try CommandLineTests.run(["explain", String(item.id), "--format", "json", "--config", shared.config])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
            let verdicts = try #require(object["verdicts"] as? [[String: Any]])
            let reid = try #require(verdicts.first { $0["story"] as? String == "reid" })
            let better = try #require(reid["better_fit"] as? [String: Any], "\(reid)")
            #expect(better["story"] as? String == "lohan")
            let fit = try #require(better["score"] as? Double) / (try #require(better["threshold"] as? Double))
            #expect(item.score / threshold < 0.3 * fit)
            let lohan = try #require(verdicts.first { $0["story"] as? String == "lohan" })
            #expect(lohan["verdict"] as? String == "related" && lohan["better_fit"] is NSNull)
        }
        let table = try CommandLineTests.run(["explain", String(try #require(grazing.first).id), "--config", shared.config])
        #expect(table.stdout.contains("fitted story lohan far better: "), "\(table.stdout)")

        // With the rule off, each story decides alone: the same items are related to both.
        let alone = try Self.track(extra: "analysis: {best_fit_share: 0}")
        defer { alone.directory.remove() }
        let related = (alone.otherEvents["reid"] ?? []).filter { $0.verdict == "related" }
        #expect(Set(grazing.map(\.link)).isSubset(of: related.map(\.link)), "\(alone.otherEvents["reid"] ?? [])")
    }

    @Test func fitIsTheScoreOverTheStorysThresholdAndADecisionCanBeTakenBack() {
        func scored(_ score: Double, threshold: Double) -> PreliminaryAssessment {
            PreliminaryAssessment(seedDuplicate: nil, relatedness: RelatednessScore(score: score, matched: []), relatedThreshold: threshold)
        }
        let rule = BestFitRule(settings: AnalysisSettings())
        #expect(rule.share == 0.3)
        // Fits 5.6 (best), 2.2 (kept: at least 0.3 of 5.6), 1.17 (left behind), 0.56 (unrelated anyway).
        let first = rule.apply([
            "four seeds": scored(0.50, threshold: 0.09), "close": scored(0.20, threshold: 0.09),
            "one seed": scored(0.07, threshold: 0.06), "below": scored(0.05, threshold: 0.09),
        ])
        #expect(first["four seeds"]?.betterFit == nil && first["close"]?.betterFit == nil && first["below"]?.betterFit == nil)
        #expect(first["one seed"]?.betterFit == BetterFit(story: "four seeds", score: 0.50, threshold: 0.09, share: 0.3))
        // Scored again (a re-weighted profile): the best fit is now 2.2, and 1.17 keeps the item.
        var again = first
        again["four seeds"] = scored(0.10, threshold: 0.09)
        #expect(rule.apply(again).values.allSatisfy { $0.betterFit == nil })
        var settings = AnalysisSettings()
        settings.bestFitShare = 0
        #expect(BestFitRule(settings: settings).apply(first).values.allSatisfy { $0.betterFit == nil })
    }
}
