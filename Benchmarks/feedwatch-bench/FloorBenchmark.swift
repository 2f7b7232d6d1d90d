import FeedAnalysis
import FeedCore
import FeedParse
import Foundation

/// The CPU that the analysis half of a poll cycle needs at the least: every feed file of a folder
/// parsed, and every entry prepared as the daemon prepares it (fingerprint, then relatedness
/// against each seed-built story), on one thread, fastest of three rounds. Nothing is fetched or
/// stored. `Benchmarks/versus.sh` adds SQLite's part at its cheapest and prints the wall time no
/// schedule of this work could beat on the machine's cores.
struct FloorBenchmark {
    let folder: String
    let seeds: String

    func run() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let files = names.compactMap { FileManager.default.contents(atPath: "\(folder)/\($0)") }
        let seedNames = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        let seedDocuments = try seedNames.map { SeedDocument(name: $0, text: try String(contentsOfFile: "\(seeds)/\($0)", encoding: .utf8)) }
        guard !files.isEmpty, !seedDocuments.isEmpty else {
            print("floor: needs feed files in \(folder) and .txt seeds in \(seeds)")
            exit(1)
        }
        let settings = AnalysisSettings()
        let fingerprinter = Fingerprinter(settings: settings)
        let tracker = StoryTracker(settings: settings)
        let story = StoryModel(
            name: "floor", seeds: seedDocuments, relatedThreshold: 0, fingerprinter: fingerprinter, background: BackgroundStatistics())

        var entries: [FeedEntry] = []
        let parse = fastestOfThree {
            entries = files.flatMap { (try? FeedParser.parse($0, url: "https://bench.test/feed").entries) ?? [] }
        }
        let prepare = fastestOfThree {
            for entry in entries { blackHole(tracker.prepare(fingerprinter.fingerprint(entry), story: story)) }
        }
        print(String(format: "floor: %d feeds, %d entries, one thread: parse %.3f s, prepare %.3f s", files.count, entries.count, parse, prepare))
    }

    /// Seconds of the fastest of three runs: the figure a busy neighbour on this VM cannot raise.
    private func fastestOfThree(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        return (0..<3).map { _ in clock.measure(body) }.min().map { $0 / .seconds(1) } ?? 0
    }
}
