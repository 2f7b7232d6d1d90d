import FeedCore
@testable import FeedParse
import Foundation
import Testing

/// Faults that real outlets' feeds have every day and that test suites rarely carry: each test
/// builds its own minimal document of the class.
@Suite struct RealWorldFeedTests {
    /// A podcast feed with single-quoted attributes and an escaped ampersand.
    static let podcast = """
        <?xml version='1.0' encoding='UTF-8'?>
        <rss version='2.0' xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd'>
        <channel><title>Red, Whine, &amp; Blue</title><link>https://pod.example/</link>
        <item><title>Red, Whine, &amp; Blue: episode 3</title><link>https://pod.example/3</link>
          <enclosure url='https://pod.example/3.mp3' type='audio/mpeg' length='100'/></item>
        <item><title>Episode 2</title><link>https://pod.example/2</link></item>
        <item><title>Episode 1</title><link>https://pod.example/1</link></item>
        </channel></rss>
        """

    private func summary(_ feed: ParsedFeed) -> [String] {
        [feed.title, feed.link ?? "-"] + feed.entries.map { "\($0.title) \($0.link ?? "-") \($0.enclosures.map(\.url))" }
    }

    // MARK: 1. text before the XML declaration

    @Test(arguments: [
        ("a newline", Data("\n".utf8)),
        ("spaces and blank lines", Data("  \r\n\n\t".utf8)),
        ("whitespace, then a byte order mark", Data("\n\n".utf8) + Data([0xEF, 0xBB, 0xBF])),
        ("a byte order mark, then whitespace", Data([0xEF, 0xBB, 0xBF]) + Data("\n".utf8)),
        ("a PHP notice", Data("<br />\n<b>Notice</b>: Undefined index: q in /var/www/feed.php on line 4<br />\n".utf8)),
    ])
    func textBeforeTheDeclarationIsIgnoredWithAWarning(_ what: String, _ prefix: Data) throws {
        let clean = try FeedParser.parse(Data(Self.podcast.utf8))
        let feed = try FeedParser.parse(prefix + Data(Self.podcast.utf8))
        #expect(summary(feed) == summary(clean), "\(what)")
        #expect(feed.entries.count == 3, "\(what)")
        #expect(feed.entries.first?.title == "Red, Whine, & Blue: episode 3", "\(what)")
        #expect(feed.warnings.contains { $0.contains("before the XML declaration") }, "\(what): \(feed.warnings)")
        #expect(!feed.warnings.contains { $0.contains("malformed") }, "\(what): \(feed.warnings)")
    }

    @Test func aByteOrderMarkAfterWhitespaceWithoutADeclarationIsMovedToTheStart() throws {
        let body = Data("\n".utf8) + Data([0xEF, 0xBB, 0xBF]) + Data("<rss version=\"2.0\"><channel><title>Café</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(body)
        #expect(feed.title == "Café")
        #expect(feed.warnings.contains { $0.contains("byte order mark") })
    }

    /// `<?xml` inside an entry's text is content, not a late declaration.
    @Test func aDeclarationInsideTheFeedIsLeftAlone() throws {
        let xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>Declarations</title>"
            + "<description><![CDATA[<?xml version=\"1.0\"?> starts a document]]></description></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.entries.first?.summary.contains("starts a document") == true)
        #expect(feed.warnings.isEmpty)
    }

    // MARK: 2. a feed wrapped in another document

    @Test func anAtomFeedInsideAnXHTMLPageIsRead() throws {
        let page = """
            <?xml version="1.0" encoding="utf-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Feed preview</title></head><body>
            <h1>Subscribe</h1>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wrapped &amp; read</title>
            <link href="https://site.example/"/><id>urn:x</id>
            <entry><id>urn:1</id><title>First</title><link href="https://site.example/1"/></entry>
            <entry><id>urn:2</id><title>Second</title><link href="https://site.example/2"/></entry>
            </feed></body></html>
            """
        let feed = try FeedParser.parse(Data(page.utf8))
        #expect(feed.format == .atom)
        #expect(feed.title == "Wrapped & read")
        #expect(feed.entries.map(\.title) == ["First", "Second"])
        #expect(feed.warnings.count == 1)
        #expect(feed.warnings.first?.contains("<html>") == true)
    }

    @Test func anRSSFeedInsideAnHTMLPageThatIsNotXMLIsRead() throws {
        let page = """
            <!DOCTYPE html><html><head><meta charset="windows-1252"><title>x</title></head>
            <body><p>Our feed<br><img src=a.png>
            <rss version="2.0"><channel><title>Caf\u{E9}</title><item><title>One</title><link>https://s.example/1</link></item></channel></rss>
            </body></html>
            """
        let feed = try FeedParser.parse(Data(page.utf8))
        #expect(feed.format == .rss)
        #expect(feed.title == "Café")
        #expect(feed.entries.map(\.link) == ["https://s.example/1"])
    }

    @Test func aPageWithNoFeedInsideIsStillNotAFeed() {
        #expect(throws: FeedParseError.self) {
            try FeedParser.parse(Data("<html><body><p>rss and feed are words here</p><feedback/></body></html>".utf8))
        }
    }

    // MARK: 3. relative links in RSS

    private func rss(channelLink: String, items: String, channelLinkAfterItems: Bool = false, root: String = "") -> Data {
        let link = "<link>\(channelLink)</link>"
        let channel = "<title>T</title>" + (channelLinkAfterItems ? items + link : link + items)
        return Data("<rss version=\"2.0\"\(root)><channel>\(channel)</channel></rss>".utf8)
    }

    @Test func aRelativeItemLinkIsResolvedAgainstTheSite() throws {
        let items = "<item><title>A</title><link>/2022/08/a.html</link></item><item><title>B</title><link>b.html</link></item>"
        for after in [false, true] {
            let feed = try FeedParser.parse(
                rss(channelLink: "https://news.example/world/", items: items, channelLinkAfterItems: after),
                url: "https://feeds.proxy.example/news-example")
            #expect(feed.entries.map(\.link) == ["https://news.example/2022/08/a.html", "https://news.example/world/b.html"], "link after items: \(after)")
        }
    }

    @Test func enclosuresAndArtworkFollowTheSameRule() throws {
        let items = "<item><title>A</title><link>/a</link><enclosure url=\"/a.mp3\" type=\"audio/mpeg\" length=\"1\"/>"
            + "<itunes:image href=\"img/a.jpg\"/></item>"
        let feed = try FeedParser.parse(
            rss(channelLink: "https://pod.example/show/", items: items, root: " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""),
            url: "https://feeds.proxy.example/pod")
        #expect(feed.entries.first?.enclosures.map(\.url) == ["https://pod.example/a.mp3"])
        #expect(feed.entries.first?.image == "https://pod.example/show/img/a.jpg")
    }

    @Test func aRelativeSiteFallsBackToTheDocumentURL() throws {
        let feed = try FeedParser.parse(
            rss(channelLink: "/", items: "<item><title>A</title><link>a.html</link></item>"), url: "https://host.example/feeds/rss.xml")
        #expect(feed.entries.first?.link == "https://host.example/feeds/a.html")
    }

    @Test func xmlBaseInScopeStillComesFirst() throws {
        let items = "<item xml:base=\"https://cdn.example/stories/\"><title>A</title><link>a.html</link></item>"
            + "<item><title>B</title><link xml:base=\"https://other.example/\">b.html</link></item>"
        let feed = try FeedParser.parse(rss(channelLink: "https://news.example/", items: items), url: "https://proxy.example/f")
        #expect(feed.entries.map(\.link) == ["https://cdn.example/stories/a.html", "https://other.example/b.html"])
        let onChannel = try FeedParser.parse(
            rss(channelLink: "https://news.example/", items: "<item><title>C</title><link>c.html</link></item>", root: " xml:base=\"https://base.example/x/\""),
            url: "https://proxy.example/f")
        #expect(onChannel.entries.first?.link == "https://base.example/x/c.html")
    }

    @Test func inspectingAFileResolvesAgainstTheSiteNotTheFile() throws {
        let feed = try FeedParser.parse(
            rss(channelLink: "https://news.example/", items: "<item><title>A</title><link>/a</link></item>"), url: "file:///tmp/feed.xml")
        #expect(feed.entries.first?.link == "https://news.example/a")
    }

    // MARK: 4. mixed encodings

    /// UTF-8 text with a few bytes from a Latin-1 database field pasted in.
    private func mixed(declaring label: String?) -> Data {
        let declaration = label.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? ""
        return Data("\(declaration)<rss version=\"2.0\"><channel><title>Brøndby IF – nyheder</title><item><title>Brøndby vinder".utf8)
            + Data([0x20, 0x93, 0x6B, 0x6C, 0x61, 0x72, 0x94, 0x20, 0xE6, 0x67]) // “klar” æg in Windows-1252
            + Data(" på Stadion — café</title></item></channel></rss>".utf8)
    }

    @Test(arguments: [
        ("declared ISO-8859-1", "ISO-8859-1", nil),
        ("declared windows-1252", "windows-1252", nil),
        ("HTTP charset iso-8859-1", nil, "iso-8859-1"),
        ("declared UTF-8", "UTF-8", nil),
        ("no declaration", nil, nil),
        ("HTTP charset utf-8", "ISO-8859-1", "utf-8"),
    ] as [(String, String?, String?)])
    func mostlyUTF8WithStrayBytesIsReadByteByByte(_ what: String, _ declared: String?, _ http: String?) throws {
        let feed = try FeedParser.parse(mixed(declaring: declared), encoding: http)
        #expect(feed.title == "Brøndby IF – nyheder", "\(what)")
        #expect(feed.entries.first?.title == "Brøndby vinder “klar” æg på Stadion — café", "\(what)")
        #expect(feed.warnings.filter { $0.contains("Windows-1252") }.count == 1, "\(what): \(feed.warnings)")
    }

    @Test func aLatin1DocumentWithOneUTF8LookalikeStaysLatin1() throws {
        // Windows-1252 text whose accents outnumber the one pair that happens to be valid UTF-8 ("Ã©").
        let body = Data("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>".utf8)
            + Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0xE0, 0x20, 0x6C, 0xE0, 0x20, 0xC3, 0xA9, 0x20, 0xE8, 0x72, 0x65])
            + Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(body).title == "café à là Ã© ère")
    }

    @Test func strayByteDecoderKeepsValidSequencesAndMapsEveryOtherByte() {
        let bytes = Data([0x41, 0xC3, 0xB8, 0x80, 0xE2, 0x80, 0x93, 0xC3, 0x41, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0x80, 0x81])
        let census = StrayByteDecoder.census(bytes)
        #expect(census.multibyteSequences == 3)
        // 0x80, a lone 0xC3, the three bytes of an encoded UTF-16 surrogate (not UTF-8), and 0x81.
        #expect(census.strayBytes == 6)
        #expect(String(decoding: StrayByteDecoder.decode(bytes), as: UTF8.self) == "Aø€–ÃA😀í\u{A0}€\u{81}")
    }

    // MARK: 5. a quote inside a tag with no `=` before it

    @Test func aStrayQuoteInATagDoesNotSwallowTheText() {
        #expect(HTMLText.plainText(fromHTML: "<b \"> Hello <i>\"world\"</i> again</b>") == "Hello \"world\" again")
        #expect(HTMLText.plainText(fromHTML: "<a href=\"/x>y\" title='it>s'>link</a> after") == "link after")
    }
}
