import CLibXML2
@testable import FeedParse
import FeedTestSupport
import Foundation
import NIOConcurrencyHelpers
import Testing

/// Run only by `LibXML2FreshProcessTests`, each alone in a process of its own.
@Suite(.enabled(if: FreshProcess.isChild)) struct LibXML2InAFreshProcess {
    private static let labelledFeed = "feedparser/tests/encoding/demoronize-1.xml"

    @Test func firstParsesMeetingInsideLibXML2() throws {
        let data = try SharedData.corpusData(Self.labelledFeed)
        // Set before libxml2 does anything: setting the allocator does not initialise it.
        let slowed = xmlMemSetup({ free($0) }, { usleep(200); return malloc($0) }, { realloc($0, $1) }, { $0.flatMap { strdup($0) } })
        #expect(slowed == 0)
        let threads = 8
        let barrier = SpinBarrier(parties: threads)
        let descriptions = NIOLockedValueBox<[String?]>([])
        JoinedThreads.run(threads) { _ in
            // Swift's own first-use work (metadata, statics) takes locks that would stagger the
            // threads; it is done before the barrier, and touches nothing of libxml2.
            _ = EncodingChoice(for: data, httpCharset: nil, declared: nil)
            barrier.wait()
            // The first thing a parse does with libxml2, and as soon after the barrier as can be.
            _ = EncodingChoice(for: data, httpCharset: "windows-1252", declared: nil)
            let summary = (try? FeedParser.parse(data, encoding: "windows-1252"))?.entries.first?.summary
            descriptions.withLockedValue { $0.append(summary) }
        }
        #expect(descriptions.withLockedValue { $0 } == Array(repeating: "don\u{2019}t", count: threads))
    }

    @Test func repeatedParsesWithAnIconvCharset() throws {
        let data = try SharedData.corpusData(Self.labelledFeed)
        // Warm up: libxml2's own tables and the allocator's first arenas are not what is measured.
        for _ in 0..<200 { _ = try FeedParser.parse(data, encoding: "koi8-r") }
        let before = try Self.residentKilobytes()
        for _ in 0..<3000 { _ = try FeedParser.parse(data, encoding: "koi8-r") }
        let grown = try Self.residentKilobytes() - before
        // With the leak, 70–77 MB here; without it, 72–136 KB of the allocator's own.
        #expect(grown < 4000, "resident memory grew by \(grown) KB over 3,000 parses")
    }

    /// The second field of /proc/self/statm: resident pages.
    private static func residentKilobytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(Int(fields[1])) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
    }
}
