import FeedCore
import FeedParse
import FeedTestSupport
import Foundation
import Testing

@Suite struct FeedParserTests {
    private func parse(_ relative: String, url: String? = nil) throws -> ParsedFeed {
        try FeedParser.parse(try SharedData.corpusData(relative), url: url ?? "https://feeds.test/feed.xml")
    }

    @Test func rss20FromRome() throws {
        let feed = try parse("rome/rome/src/test/data/rss_2.0.xml")
        #expect(feed.format == .rss)
        #expect(feed.title == "rss_2.0.channel.title")
        #expect(feed.entries.count == 2)
        let first = try #require(feed.entries.first)
        #expect(first.title == "rss_2.0.channel.item[0].title")
        #expect(first.link == "https://feeds.test/rss_2.0.channel.item%5B0%5D.link")
        #expect(first.published == FeedDate.parse("2001-01-01T00:00:00Z"))
        #expect(first.summary == "rss_2.0.channel.item[0].description")
    }

    @Test func atom10FromRome() throws {
        let feed = try parse("rome/rome/src/test/data/atom_1.0.xml")
        #expect(feed.format == .atom)
        #expect(feed.entries.count == 2)
        #expect(feed.entries[0].link == "http://example.com/blog/entry1")
        #expect(feed.entries[0].title == "atom_1.0.feed.entry[0].title")
        #expect(feed.entries[0].id.isEmpty == false)
    }

    @Test func rss10RDFFromRome() throws {
        let feed = try parse("rome/rome/src/test/data/rss_1.0.xml")
        #expect(feed.format == .rdf)
        #expect(feed.entries.count == 2)
        #expect(feed.entries[1].title == "rss_1.0.item[1].title")
    }

    @Test func largeRSSAndAtomFromMiniflux() throws {
        let rss = try parse("big/miniflux__large_rss.xml")
        let atom = try parse("big/miniflux__large_atom.xml")
        #expect(rss.entries.count > 10)
        #expect(atom.entries.count > 10)
        #expect(rss.entries.allSatisfy { !$0.id.isEmpty && $0.link != nil })
        #expect(atom.entries.allSatisfy { !$0.title.isEmpty })
        // Summaries are plain text: no markup leaks through (this feed's articles do quote HTML
        // code as text, so only the markup a renderer would have consumed is checked).
        #expect(rss.entries.allSatisfy { !$0.bodyText.contains("<p>") && !$0.bodyText.contains("<br") })
    }

    @Test func koi8rEncodingIsDecoded() throws {
        let feed = try parse("miniflux-v2/internal/reader/xml/testdata/koi8r.xml")
        #expect(feed.title == "Пример RSS ленты")
        #expect(feed.entries.first?.title == "Первая новость")
    }

    @Test func gofeedExpectationsForTitlesAndLinks() throws {
        // A sample of gofeed's expected-output pairs; the full conformance run is its own issue.
        let folder = SharedData.corpus("gofeed/testdata/parser/rss")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        var agreed = 0, compared = 0
        for name in names {
            let jsonURL = folder.appendingPathComponent(name.replacingOccurrences(of: ".xml", with: ".json"))
            guard let expectedData = try? Data(contentsOf: jsonURL),
                let expected = try JSONSerialization.jsonObject(with: expectedData) as? [String: Any],
                let feed = try? FeedParser.parse(try Data(contentsOf: folder.appendingPathComponent(name)))
            else { continue }
            compared += 1
            let expectedItems = expected["items"] as? [[String: Any]] ?? []
            let titlesAgree = zip(expectedItems, feed.entries).allSatisfy { item, entry in
                ((item["title"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) == entry.title
            }
            if expectedItems.count == feed.entries.count && titlesAgree { agreed += 1 }
        }
        #expect(compared > 50)
        #expect(Double(agreed) / Double(compared) > 0.85, "agreed on \(agreed) of \(compared)")
    }

    @Test func jsonFeed() throws {
        let json = #"{"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://j.test/","items":[{"id":7,"url":"/a","title":"A","content_html":"<p>Hello <b>world</b></p>","date_published":"2022-08-03T12:00:00Z","tags":["x"]}]}"#
        let feed = try FeedParser.parse(Data(json.utf8), url: "https://j.test/feed.json")
        #expect(feed.format == .json)
        #expect(feed.entries.first?.id == "7")
        #expect(feed.entries.first?.link == "https://j.test/a")
        #expect(feed.entries.first?.content == "Hello world")
        #expect(feed.entries.first?.categories == ["x"])
    }

    @Test func xmlBaseAndRelativeLinksResolve() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.test/news/">
              <title>B</title>
              <entry><id>1</id><title>T</title><link rel="enclosure" href="x.mp3"/><link href="story/1"/></entry>
            </feed>
            """
        let feed = try FeedParser.parse(Data(xml.utf8), url: "https://elsewhere.test/feed")
        #expect(feed.entries.first?.link == "https://base.test/news/story/1")
    }

    @Test func missingGuidFallsBackToLinkThenHash() throws {
        let xml = """
            <rss version="2.0"><channel><title>C</title>
            <item><title>With link</title><link>https://x.test/1</link></item>
            <item><title>Bare</title><description>text</description></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.entries[0].id == "https://x.test/1")
        #expect(feed.entries[1].id.hasPrefix("xxh64:"))
        #expect(try FeedParser.parse(Data(xml.utf8)).entries[1].id == feed.entries[1].id)
    }

    @Test func mediaRSSGivesImageDescriptionAndCategories() throws {
        let thumbnail = try parse("feedparser/tests/wellformed/media-rss/media_thumbnail.xml")
        #expect(thumbnail.entries.first?.image == "http://example.com/thumbnail.jpg")
        let group = try parse("feedparser/tests/wellformed/media-rss/media_group.xml")
        #expect(group.entries.first?.summary == "Test Description")
        #expect(group.entries.first?.title == "Example Atom")
        let titleOnly = try parse("feedparser/tests/wellformed/media-rss/item_media_title1.xml")
        #expect(titleOnly.entries.first?.title == "bar")
    }

    @Test func iTunesImageWithEitherNamespaceSpelling() throws {
        let feed = try parse("feedparser/tests/wellformed/itunes/itunes_item_image.xml")
        #expect(feed.entries.first?.image == "http://example.com/logo.jpg")
    }

    @Test func enclosuresKeepOrderTypeAndLength() throws {
        let feed = try parse("feedparser/tests/wellformed/rss/item_enclosure_multiple.xml")
        #expect(feed.entries.first?.enclosures == [
            FeedEnclosure(url: "http://example.com/1", type: "image/jpeg", length: 100_000),
            FeedEnclosure(url: "http://example.com/2", type: "image/gif", length: 200_000),
        ])
    }

    @Test func feedWithoutAtomNamespaceIsReadAsAtomWithAWarning() throws {
        let feed = try parse("feedvalidator/testcases/atom/must/feed_namespace_missing.xml")
        #expect(feed.format == .atom)
        #expect(feed.title == "Example feed")
        #expect(feed.warnings.contains { $0.contains("no namespace") })
    }

    @Test func bareAmpersandsInLinksAreKept() throws {
        let feed = try parse("feedparser/tests/entities/query_variable_entry.xml")
        #expect(feed.entries.first?.link == "http://example/?a=1&b=2&c")
        #expect(feed.warnings.contains { $0.contains("bare '&'") })
    }

    @Test func undeclaredEntitiesReadAsHTMLCharactersOrStayAsWritten() throws {
        let xml = "<rss version=\"2.0\"><channel><title>Caf&eacute; &unknown; &#X41;</title></channel></rss>"
        #expect(try FeedParser.parse(Data(xml.utf8)).title == "Café &unknown; A")
    }

    @Test func rssAuthorAddressesGiveTheName() throws {
        let feed = try parse("feedparser/tests/wellformed/rss/item_author_map_author_detail_name.xml")
        #expect(feed.entries.first?.authors == ["Example editor"])
    }

    @Test func notAFeedIsAClearError() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data("<html><body>hi</body></html>".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data("   ".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data("{\"items\": 3}".utf8)) }
    }
}

@Suite struct FeedEncodingTests {
    @Test func latin1BytesWithoutADeclarationAreReadAsWindows1252() throws {
        let feed = try FeedParser.parse(SharedData.corpusData("miniflux-v2/internal/reader/parser/testdata/no_encoding_ISO-8859-1.xml"))
        #expect(feed.entries.count == 10)
        #expect(feed.entries[0].summary.contains("d'études"))
        #expect(!feed.entries.contains { $0.summary.contains("\u{FFFD}") })
        #expect(feed.warnings.first?.contains("Windows-1252") == true)
    }

    @Test func declaredEncodingsAreHonoured() throws {
        let cp1251 = try FeedParser.parse(SharedData.corpusData("miniflux-v2/internal/reader/parser/testdata/encoding_WINDOWS-1251.xml"))
        #expect(cp1251.entries.first?.title == "Цитата #17703")
        let cp1252 = try FeedParser.parse(SharedData.corpusData("miniflux-v2/internal/reader/encoding/testdata/windows-1252.xml"))
        #expect(cp1252.title == "Euro €")
    }

    /// Windows-1252 punctuation that reached the feed as C1 control characters.
    @Test func c1ControlsBecomeWindows1252Punctuation() throws {
        let feed = try FeedParser.parse(SharedData.corpusData("feedparser/tests/encoding/demoronize-1.xml"))
        #expect(feed.entries.first?.summary == "don’t")
    }

    @Test func byteOrderMarkWinsOverHTTPCharset() throws {
        let body = Data([0xEF, 0xBB, 0xBF]) + Data("<rss version=\"2.0\"><channel><title>Café</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(body, encoding: "iso-8859-5")
        #expect(feed.title == "Café")
        #expect(feed.warnings.contains { $0.contains("byte order mark") })
        let utf16 = Data([0xFF, 0xFE]) + "<rss version=\"2.0\"><channel><title>Ёж</title></channel></rss>".data(using: .utf16LittleEndian)!
        #expect(try FeedParser.parse(utf16, encoding: "utf-8").title == "Ёж")
    }

    @Test func httpCharsetOverridesTheDeclaration() throws {
        let body = Data("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>".utf8)
            + Data([0xD2, 0xCF, 0xD3, 0xD3, 0xC9, 0xD1]) + Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(body, encoding: "koi8-r").title == "россия")
    }

    @Test func latin1LabelOnUTF8DocumentIsReadAsUTF8() throws {
        let body = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Café — Мьянма</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(body, encoding: "ISO-8859-1")
        #expect(feed.title == "Café — Мьянма")
        #expect(feed.warnings.contains { $0.contains("is UTF-8") })
    }

    @Test func latin1MeansWindows1252AndUnknownCharsetsAreIgnored() throws {
        let body = Data("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>it".utf8)
            + Data([0x92, 0x73, 0x20, 0x80, 0x35]) + Data("</title></channel></rss>".utf8)
        #expect(try FeedParser.parse(body).title == "it’s €5")
        let unknown = try FeedParser.parse(body, encoding: "x-no-such-charset")
        #expect(unknown.title == "it’s €5")
        #expect(unknown.warnings.contains { $0.contains("unknown HTTP charset") })
    }

    @Test func centralEuropeanAndLatin9Declarations() throws {
        func title(_ label: String, _ bytes: [UInt8]) throws -> String {
            let body = Data("<?xml version=\"1.0\" encoding=\"\(label)\"?><rss version=\"2.0\"><channel><title>".utf8) + Data(bytes)
                + Data("</title></channel></rss>".utf8)
            return try FeedParser.parse(body).title
        }
        #expect(try title("windows-1250", [0xA3, 0xF3, 0x64, 0x9F]) == "Łódź")
        #expect(try title("ISO-8859-15", [0xA4, 0x35]) == "€5")
    }

    @Test func utf8DeclaredButLatin1IsRepaired() throws {
        let xml = Data("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf".utf8) + Data([0xE9])
            + Data("</title><item><title>Menu</title></item></channel></rss>".utf8)
        let feed = try FeedParser.parse(xml)
        #expect(feed.title == "Café")
    }
}
