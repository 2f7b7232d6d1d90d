import FeedCore
import FeedParse
import Foundation

/// Parses every file of a folder repeatedly (at least 3 s and 5 rounds) into fully normalised
/// entries, and reports throughput over the input bytes and the entries produced.
struct ParseBenchmark {
    let folder: String

    func run() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let files = names.compactMap { name in FileManager.default.contents(atPath: "\(folder)/\(name)").map { (name, $0) } }
        guard !files.isEmpty else {
            print("no files in \(folder)")
            exit(1)
        }
        let bytesPerRound = files.reduce(0) { $0 + $1.1.count }
        var rounds = 0, entries = 0, failures = 0
        var fastestRound = Double.infinity
        let clock = ContinuousClock()
        let started = clock.now
        while rounds < 5 || clock.now - started < .seconds(3) {
            let roundStarted = clock.now
            defer { fastestRound = min(fastestRound, (clock.now - roundStarted) / .seconds(1)) }
            for (_, data) in files {
                do {
                    entries += try FeedParser.parse(data, url: "https://bench.test/feed").entries.count
                } catch {
                    failures += 1
                }
            }
            rounds += 1
        }
        let seconds = (clock.now - started) / .seconds(1)
        let megabytes = Double(bytesPerRound * rounds) / 1_000_000
        // The best round is reported beside the mean: this machine is a VM whose neighbours steal CPU
        // in bursts, and the best round is the figure such bursts cannot lower.
        print(String(
            format: "parse: %d files, %.2f MB per round, %d rounds in %.2f s: %.1f MB/s (best round %.1f), %.0f entries/s, "
                + "%d failures, peak RSS %.1f MB",
            files.count, Double(bytesPerRound) / 1_000_000, rounds, seconds, megabytes / seconds,
            Double(bytesPerRound) / 1_000_000 / fastestRound, Double(entries) / seconds, failures / rounds, PeakMemory.megabytes()))
    }
}
