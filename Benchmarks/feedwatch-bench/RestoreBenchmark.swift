import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedEvaluation
import FeedStore
import Foundation

/// What a story's stored reports cost a start, a judgment learnt or a reload: `AnalysisEngine.restore`
/// counts each of the story's own reports again from its stored text. A real SQLite store holds
/// `count` reports (WikiRef's articles in turn) of one story seeded with five Paris attacks
/// articles. Beside it, the reports' texts alone read from the store, then fingerprinted in
/// full (shingles and MinHash too) and for their terms and places alone, which is what restore needs.
struct RestoreBenchmark {
    let folder: String
    let counts: [Int]

    func run() async throws {
        let articles = try WikiRefCorpus.load(folder: folder)
        let seeds = articles.filter { $0.topic == "ParisAttacks2015" }.prefix(5).map { SeedDocument(name: $0.file, text: $0.text) }
        let story = StoryDefinition(name: "paris", seeds: Array(seeds))
        let settings = AnalysisSettings()
        print("restore: one story's own reports counted again from a real SQLite store (best of 3 rounds)")
        print("reports   restore      reports/s   texts read   full fingerprints   terms and places only")
        for count in counts {
            let scratch = try await ScratchStore(feedURL: "http://127.0.0.1/restore-benchmark.xml")
            defer { scratch.remove() }
            try await scratch.store.withTransaction { transaction in
                for index in 0..<count {
                    let article = articles[index % articles.count]
                    let entry = FeedEntry(
                        id: "\(index)", title: article.title, link: nil, published: nil, updated: nil, summary: "", content: article.text,
                        authors: [], categories: [])
                    guard let id = try transaction.insertItem(feedID: scratch.feed.id, entry: entry, seenAt: Date()) else { continue }
                    try transaction.insertVerdict(
                        itemID: id, VerdictRecord(story: story.name, verdict: .related, score: 1, threshold: 0.09, matched: []), decidedAt: Date())
                }
            }
            let restore = try await best {
                var engine = AnalysisEngine(stories: [story], settings: settings, background: BackgroundStatistics())
                try await engine.restore(from: scratch.store)
            }
            let texts = try await scratch.store.ownReportTexts(story: story.name, scoreShare: OwnReports.scoreShare)
            let read = try await best { _ = try await scratch.store.ownReportTexts(story: story.name, scoreShare: OwnReports.scoreShare) }
            let entries = texts.map { AnalysisEngine.entry(title: $0.title, summary: $0.summary, content: $0.content) }
            let fingerprinter = Fingerprinter(settings: settings)
            let full = try await best { for entry in entries { _ = fingerprinter.fingerprint(entry) } }
            let termsOnly = try await best { for entry in entries { _ = fingerprinter.termsAndPlaces(entry) } }
            print(String(
                format: "%7d   %8.0f ms  %9.0f   %7.0f ms   %10.0f ms         %10.0f ms",
                texts.count, restore * 1000, Double(texts.count) / restore, read * 1000, full * 1000, termsOnly * 1000))
        }
    }

    /// The fastest of three rounds, in seconds.
    private func best(_ body: () async throws -> Void) async throws -> Double {
        var fastest = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            try await body()
            fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return fastest
    }
}
