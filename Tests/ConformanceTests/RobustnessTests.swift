import FeedCore
import FeedParse
import FeedTestSupport
import Foundation
import Testing

/// Every file of every suite in the corpus goes through the parser: none may crash (that would end
/// the test process) or take long. Errors are fine: many files are deliberately broken.
@Suite struct RobustnessTests {
    @Test func everyCorpusFileParsesOrFailsCleanlyAndQuickly() throws {
        let files = CorpusFiles.all()
        #expect(files.count > 5_000, "found \(files.count) corpus files")
        var perSuite: [String: (files: Int, parsed: Int, entries: Int)] = [:]
        var slow: [String] = []
        for (suite, url) in files {
            let data = try Data(contentsOf: url)
            let started = ContinuousClock.now
            let feed = try? FeedParser.parse(data, url: "https://corpus.test/\(url.lastPathComponent)")
            if ContinuousClock.now - started > .seconds(2) { slow.append(url.path) }
            var counts = perSuite[suite, default: (0, 0, 0)]
            counts.files += 1
            counts.parsed += feed == nil ? 0 : 1
            counts.entries += feed?.entries.count ?? 0
            perSuite[suite] = counts
        }
        for (suite, counts) in perSuite.sorted(by: { $0.key < $1.key }) {
            print("conformance robustness: \(suite): \(counts.files) files, \(counts.parsed) parsed as feeds, \(counts.entries) entries")
        }
        #expect(slow.isEmpty, "slow files: \(slow)")
    }
}
