import FeedCore
import FeedParse
import FeedTestSupport
import Foundation
import Testing

/// Hostile documents end with an error or a partial result, never with a crash or a leaked file.
@Suite struct ParserSafetyTests {
    @Test func externalEntityIsNeverRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = try directory.write("secret.txt", "TOP-SECRET-CONTENT")
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <rss version="2.0"><channel><title>t</title>
            <item><title>a &xxe; b</title><description>&xxe;</description></item></channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        let entry = try #require(feed.entries.first)
        #expect(!entry.title.contains("TOP-SECRET"))
        #expect(!entry.summary.contains("TOP-SECRET"))
    }

    @Test func billionLaughsDoesNotExpand() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 { xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n" }
        xml += "]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title></item></channel></rss>"
        // libxml2 detects the entity loop: a clear error, or at worst an unexpanded title.
        switch Result(catching: { try FeedParser.parse(Data(xml.utf8)) }) {
        case .success(let feed): #expect((feed.entries.first?.title.count ?? 0) < 1000)
        case .failure(let error): #expect(String(describing: error).contains("entity"))
        }
    }

    @Test func deepNestingIsRefusedOrBounded() {
        let depth = 100_000
        let xml = "<rss version=\"2.0\"><channel><title>t</title><item><description>" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</description></item></channel></rss>"
        // libxml2 stops at its nesting limit; what matters is a bounded, crash-free answer.
        let result = Result { try FeedParser.parse(Data(xml.utf8)) }
        if case .success(let feed) = result { #expect(feed.entries.count <= 1) }
    }

    @Test func truncatedFeedGivesPartialResultWithWarning() throws {
        let data = try SharedData.corpusData("big/miniflux__large_rss.xml")
        let complete = try FeedParser.parse(data)
        let truncated = try FeedParser.parse(data.prefix(data.count / 2))
        #expect(truncated.entries.count > 0)
        #expect(truncated.entries.count < complete.entries.count)
        #expect(!truncated.warnings.isEmpty)
    }

    @Test func invalidCharactersAreRecovered() throws {
        let xml = "<rss version=\"2.0\"><channel><title>t\u{01}x</title><item><title>o\u{0B}k</title></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "tx")
        #expect(feed.entries.first?.title == "ok")
        #expect(feed.warnings.contains { $0.contains("control character") })
    }
}

@Suite struct XHTMLEntitySafetyTests {
    /// Declared entities inside Atom xhtml content are not expanded either.
    @Test func declaredEntitiesInXHTMLAreNotExpanded() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY a \"AAAAAAAAAA\">\n"
        for level in 1...6 { xml += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n" }
        xml += "]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>x</title>"
        xml += "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">&a6; &eacute;</div></content></entry></feed>"
        switch Result(catching: { try FeedParser.parse(Data(xml.utf8)) }) {
        case .success(let feed): #expect((feed.entries.first?.content.count ?? 0) < 100)
        case .failure(let error): #expect(String(describing: error).contains("ntit"))
        }
    }
}
