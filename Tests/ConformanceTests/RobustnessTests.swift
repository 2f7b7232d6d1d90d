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
        var perSuite: [String: (files: Int, parsed: Int, entries: Int, xml: Int, countsAgree: Int)] = [:]
        var validatorValid = 0, validatorValidParsed = 0
        var slow: [String] = []
        for (suite, url) in files {
            let data = try Data(contentsOf: url)
            let started = ContinuousClock.now
            let result = Result { try FeedParser.parse(data, url: "https://corpus.test/\(url.lastPathComponent)") }
            let feed = try? result.get()
            if ContinuousClock.now - started > .seconds(2) { slow.append(url.path) }
            var counts = perSuite[suite, default: (0, 0, 0, 0, 0)]
            counts.files += 1
            counts.parsed += feed == nil ? 0 : 1
            counts.entries += feed?.entries.count ?? 0
            if let feed, feed.format != .json {
                counts.xml += 1
                if feed.entries.count == EntryElementCount.count(in: data) { counts.countsAgree += 1 }
            }
            perSuite[suite] = counts
            // The validator also checks OPML, OpenSearch and Atom entry documents: those are not feeds.
            if suite == "feedvalidator", Self.validatorSaysValid(data), !Self.isNotAFeed(result) {
                validatorValid += 1
                validatorValidParsed += feed == nil ? 0 : 1
            }
        }
        for (suite, counts) in perSuite.sorted(by: { $0.key < $1.key }) {
            print(
                "conformance robustness: \(suite): \(counts.files) files, \(counts.parsed) parsed as feeds, \(counts.entries) entries; "
                    + "entry count = <item>/<entry> elements in \(counts.countsAgree) of \(counts.xml) XML feeds")
        }
        let xmlFeeds = perSuite.values.reduce(0) { $0 + $1.xml }, countsAgree = perSuite.values.reduce(0) { $0 + $1.countsAgree }
        #expect(Double(countsAgree) >= 0.99 * Double(xmlFeeds), "entry counts agree in \(countsAgree) of \(xmlFeeds)")
        print("conformance feedvalidator: \(validatorValidParsed) of \(validatorValid) feeds the validator calls valid parse")
        #expect(validatorValidParsed == validatorValid)
        #expect(slow.isEmpty, "slow files: \(slow)")
    }

    static func isNotAFeed(_ result: Result<ParsedFeed, any Error>) -> Bool {
        guard case .failure(let error) = result else { return false }
        return String(describing: error).contains("not a feed")
    }

    /// A feedvalidator case whose expectation is `!Error`: a valid document.
    static func validatorSaysValid(_ data: Data) -> Bool {
        String(decoding: data.prefix(2048), as: UTF8.self).range(of: #"Expect:\s*!Error"#, options: .regularExpression) != nil
    }
}
