import FeedEvaluation
import FeedParse
import Foundation

/// Main-text extraction on trafilatura's evaluation set: precision, recall and F1 as that project
/// computes them, and throughput over the pages' bytes (every page, repeated for at least 3 s).
struct ExtractionBenchmark {
    let folder: String
    /// Prints, per page, the `with` snippets lost and the `without` snippets kept.
    let listsMisses: Bool

    func run() throws {
        let evaluation = try ExtractionEvaluation(folder: folder)
        let pages = evaluation.pages
        let bytes = pages.reduce(0) { $0 + $1.html.count }
        let score = ExtractionEvaluation.score(pages) { page in
            let text = (try? PageExtractor.extract(page.html, url: page.url))?.text ?? ""
            if listsMisses { printMisses(page, text: text) }
            return text
        }
        var rounds = 0
        let clock = ContinuousClock()
        let started = clock.now
        while rounds < 2 || clock.now - started < .seconds(3) {
            for page in pages { _ = try? PageExtractor.extract(page.html, url: page.url) }
            rounds += 1
        }
        let seconds = (clock.now - started) / .seconds(1)
        print(String(
            format: "extraction feedwatch: %d pages, %.1f MB: precision %.3f, recall %.3f, F1 %.3f, accuracy %.3f; %.1f MB/s, peak RSS %.0f MB",
            pages.count, Double(bytes) / 1e6, score.precision, score.recall, score.f1, score.accuracy,
            Double(bytes * rounds) / 1e6 / seconds, PeakMemory.megabytes()))
    }

    private func printMisses(_ page: ExtractionEvaluation.Page, text: String) {
        let lost = page.with.filter { !text.contains($0) }
        let kept = page.without.filter { text.contains($0) }
        guard !lost.isEmpty || !kept.isEmpty else { return }
        print("\(page.file) (\(text.count) characters): lost \(lost), kept \(kept)")
    }
}
