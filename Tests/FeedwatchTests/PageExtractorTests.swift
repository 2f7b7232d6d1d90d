import FeedCore
import FeedEvaluation
import FeedParse
import FeedTestSupport
import Foundation
import Testing

/// Main-text extraction on pages written to hold every kind of furniture, on bad bytes, and on
/// real pages from trafilatura's evaluation set.
struct PageExtractorTests {
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Minister visits Naypyidaw | Daily World</title>
        <meta property="og:title" content="Minister visits Naypyidaw">
        <meta property="article:published_time" content="2022-08-03T09:15:00Z">
        <link rel="canonical" href="/world/2022/08/03/minister-visits">
        <script>var tracking = "<p>not text</p>";</script>
        <style>p { color: red }</style>
        </head><body>
        <div id="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
        <header class="site-header"><a href="/">Daily World</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <main>
          <article class="story">
            <h1>Minister visits Naypyidaw</h1>
            <div class="byline">By A. Reporter, 3 August 2022</div>
            <div class="article-body">
              <p>The foreign minister arrived in Naypyidaw on Wednesday for talks with the military government, the first such visit since the coup, officials said.</p>
              <div class="photo-caption"><p>The minister at the airport in Naypyidaw, where officials of the military government met him on Wednesday.</p></div>
              <section class="editorial-disclosure"><p>This page contains affiliate links, and we may earn a commission when you buy through them.</p></section>
              <p>He met the junta's leader and discussed trade, security and the regional bloc's peace plan, according to a statement released after the meeting.</p>
              <p>Related coverage</p>
              <ul><li><a href="/c">Envoy meets the junta</a></li><li><a href="/d">Trade talks stall again</a></li></ul>
              <blockquote>We support the efforts to stabilise the situation in the country, the minister told reporters.</blockquote>
              <p>Critics said the visit lent legitimacy to a government that has jailed thousands of opponents.</p>
              <div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a></div>
              <h3>Read more</h3>
              <ul><li><a href="/a">Floods hit the capital</a></li><li><a href="/b">Markets close higher</a></li></ul>
            </div>
          </article>
          <section id="comments"><p>First comment: what a trip, this is a long comment of no value to the article at all.</p></section>
        </main>
        <aside><p>Most read: a sidebar paragraph with a story about something else entirely, long enough to be prose.</p></aside>
        <footer><p>Copyright Daily World. Imprint and privacy policy.</p></footer>
        </body></html>
        """

    @Test func readsTheArticleAndLeavesTheFurniture() throws {
        let page = try PageExtractor.extract(Data(Self.newsPage.utf8), url: "https://daily.example/world/minister?ref=rss")
        #expect(page.title == "Minister visits Naypyidaw")
        #expect(page.canonical == "https://daily.example/world/2022/08/03/minister-visits")
        #expect(page.published == FeedDate.parse("2022-08-03T09:15:00Z"))
        let paragraphs = page.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 4, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("The foreign minister arrived in Naypyidaw") == true)
        #expect(paragraphs.contains { $0.hasPrefix("We support the efforts") }, "block quotes are kept")
        for furniture in ["cookies", "Sport", "By A. Reporter", "at the airport", "affiliate", "Related coverage", "Envoy", "Share on", "Read more", "Floods", "First comment", "Most read", "Copyright", "not text", "color"] {
            #expect(!page.text.contains(furniture), "\(furniture) left in: \(page.text)")
        }
        #expect(!page.text.contains("Minister visits Naypyidaw"), "the headline is the title, not the text")
        #expect(page.words == page.text.split(whereSeparator: \.isWhitespace).count)
        #expect(page.warnings.isEmpty, "\(page.warnings)")
    }

    /// The article's own header (standfirst and lede), a body named the BEM way inside a wrapper
    /// named like a widget, a subheading over a picture, ruby readings, "read more" lines, a
    /// teaser card, picture credits, the calls to follow at the end, and the author's box.
    static let magazinePage = """
        <html><body>
        <header class="masthead"><p>Daily World, the newspaper of record for the whole region since 1901.</p></header>
        <main><article>
          <header class="article-head">
            <h1>Floods close the capital's markets</h1>
            <h2 class="subtitle">Traders counted their losses on Thursday as the river rose for a third day, and the city shut its markets.</h2>
            <p class="lede">The flood is the worst in forty years, the city's hydrologists said, and more rain is forecast for the weekend.</p>
          </header>
          <div class="widget-area"><div class="story__body">
            <p>Water stood a metre deep in the old market, where most stalls sell fish, rice and cloth, and traders waded out with what they could carry.</p>
            <p>Read more: <a href="/a">How the river flooded the old town in 1983, and what the city learnt</a></p>
            <h2>What the city plans</h2>
            <figure><img src="/map.png" alt=""></figure>
            <p>(© Jane Roe / Reuters)</p>
            <div class="card"><h3><a href="/r">Why the river keeps rising</a></h3><p>Hydrologists explain a century of floods in the delta, and what the new dams upstream could change for the city and its markets.</p></div>
            <p>Photo by Reuters. Photos of the flooded market, taken from the bridge, were shared thousands of times.</p>
            <p>The mayor said the markets would reopen once engineers had checked the buildings, which could take a week or more.</p>
            <p>Japanese visitors read the sign <ruby>東京<rt>とうきょう</rt></ruby> written above the stalls, a gift from the sister city.</p>
            <p>Follow us on <a href="/t">Twitter</a> for live updates.</p>
            <p>Titelbild: Markus Scholz/dpa</p>
            <div class="author__bio"><p>Jane Doe has reported on the region for twenty years, from the delta to the hill country, and has written two books about its rivers, its fishermen and the floods that come every decade or so. Before that she covered the capital's courts and its city council for a local weekly.</p></div>
          </div></div>
        </article></main>
        </body></html>
        """

    @Test func keepsTheArticlesOwnHeaderAndDropsItsCallsToAction() throws {
        let page = try PageExtractor.extract(Data(Self.magazinePage.utf8))
        let paragraphs = page.text.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("Traders counted their losses") == true, "the standfirst heading: \(paragraphs)")
        #expect(paragraphs.contains { $0.hasPrefix("The flood is the worst") }, "the lede in the article's header")
        #expect(paragraphs.contains { $0.hasPrefix("Water stood a metre deep") }, "a story__body inside a widget-area")
        #expect(paragraphs.contains("What the city plans"), "a subheading over a picture heads the text after it")
        #expect(paragraphs.contains { $0.hasPrefix("Photo by Reuters. Photos of") }, "a long paragraph is no credit line")
        #expect(!page.text.contains("Jane Roe"), "a credit line between paragraphs is left out: \(page.text)")
        #expect(page.text.contains("the sign 東京 written above"), "ruby readings are left out: \(page.text)")
        for furniture in ["Daily World", "Floods close", "Read more", "1983", "Hydrologists", "Follow us", "Jane Doe", "Titelbild"] {
            #expect(!page.text.contains(furniture), "\(furniture) left in: \(page.text)")
        }
    }

    /// `count` elements, numbered from 1, written one after another.
    private static func repeated(_ count: Int, _ element: (Int) -> String) -> String {
        (1...count).map(element).joined()
    }

    /// An opinion column ("commentary") is the article; its readers' thread, even when it holds
    /// most of the page's text, is not.
    @Test func aCommentaryIsTheArticleAndItsLongThreadIsNot() throws {
        let column = Self.repeated(3) { "<p>Column paragraph \($0): the board's choice says more about the company, its customers and its critics than any report.</p>" }
        let thread = Self.repeated(12) { "<li><p>Reader \($0) writes: I have followed this for years, and honestly, nobody on that board ever listened to anyone, so why now?</p></li>" }
        let html = "<html><body><div class=\"sect news commentary\"><article>\(column)</article></div>"
            + "<div class=\"sect commentlinks\"><ul>\(thread)</ul></div></body></html>"
        let page = try PageExtractor.extract(Data(html.utf8))
        #expect(page.text.hasPrefix("Column paragraph 1"), "\(page.text)")
        #expect(page.text.contains("Column paragraph 3"))
        #expect(!page.text.contains("Reader"), "\(page.text)")
    }

    /// A page builder's body named like a widget ("elementor-widget-theme-post-content") is
    /// weighed as the body it is named, not as the widget, and outweighs a box of teasers.
    @Test func aBodyNamedAsSuchCountsEvenInsideAWidget() throws {
        let body = Self.repeated(2) { "<p>Body \($0): lead-acid batteries were long the usual choice, cheap, robust and easy to maintain, with an efficiency of about 80 %.</p>" }
        let teaser = Self.repeated(2) { "<p>Teaser \($0): many towns have declared a climate emergency, and they want to act, <a href=\"/\($0)\">build, save and plan beyond what the law asks</a>, whatever it costs them this year.</p>" }
        let html = "<html><body><div class=\"page\"><div class=\"widget theme-post-content\">\(body)</div>"
            + "<div class=\"box\">\(teaser)</div></div></body></html>"
        let page = try PageExtractor.extract(Data(html.utf8))
        #expect(page.text.hasPrefix("Body 1:"), "\(page.text)")
        #expect(page.text.contains("Body 2:"), "\(page.text)")
        #expect(!page.text.contains("Teaser"), "the box of teasers beside it: \(page.text)")
    }

    /// A lead in one wrapper and the body deeper in a grid of rows and columns beside it: both
    /// are the article.
    @Test func anArticleSplitOverWrappersOfDifferentDepthsIsRead() throws {
        let lead = Self.repeated(3) { "<p>Lead paragraph \($0): the fuel burns cleanly, with little soot or nitrogen oxide, and could help meet the climate goals.</p>" }
        let body = Self.repeated(4) { "<p>Body paragraph \($0): demand for renewable energy grows, and producers, importers and users of gas are looking for new fuels.</p>" }
        let html = "<html><body><div class=\"headline-with-text\"><div class=\"row\"><div class=\"col\">\(lead)</div></div></div>"
            + "<section class=\"post\"><div class=\"container\"><div class=\"row\"><div class=\"col-9\"><div class=\"post-text\">\(body)</div></div></div></div></section>"
            + "</body></html>"
        let page = try PageExtractor.extract(Data(html.utf8))
        for part in ["Lead paragraph 1", "Lead paragraph 2", "Body paragraph 1", "Body paragraph 4"] {
            #expect(page.text.contains(part), "\(part) missing: \(page.text)")
        }
    }

    @Test func aGalleryOfCaptionsAndAHeadingLeftOpenAreStillText() throws {
        let captions = (1...4).map { "<figure><img src=\"/\($0).jpg\"><figcaption><p>Costume \($0): a cardboard box, some paint and an evening's work make a robot anyone will know.</p></figcaption></figure>" }
        let gallery = try PageExtractor.extract(Data("<html><body><article><div class=\"slides\">\(captions.joined())</div></article></body></html>".utf8))
        #expect(gallery.text.components(separatedBy: "\n\n").count == 4, "\(gallery.text)")

        let prose = (1...3).map { "<p>Paragraph \($0) of a story whose heading the publisher never closed, so it holds the text.</p>" }
        let unclosed = try PageExtractor.extract(Data("<html><body><main><h2 class=\"excerpt\"><div>\(prose.joined())</div></main></body></html>".utf8))
        #expect(unclosed.text.hasPrefix("Paragraph 1 of a story"), "\(unclosed.text)")
    }

    @Test func linkedDataNamesTheArticleBeforeOpenGraph() throws {
        let html = """
            <html><head><meta property="og:title" content="Site title">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Daily World"},
              {"@type":["NewsArticle"],"headline":"Lavrov in Myanmar","datePublished":"2022-08-03T10:00:00+06:30"}]}</script>
            <script type="application/ld+json">{ broken json</script>
            </head><body><div class="content"><p>\(String(repeating: "The talks covered trade, energy and security. ", count: 8))</p></div></body></html>
            """
        let page = try PageExtractor.extract(Data(html.utf8))
        #expect(page.title == "Lavrov in Myanmar")
        #expect(page.published == FeedDate.parse("2022-08-03T03:30:00Z"))
        #expect(page.canonical == nil)
        #expect(page.text.hasPrefix("The talks covered trade"))
    }

    @Test func articleBodyFromLinkedDataWhenTheMarkupHoldsLittle() throws {
        let body = String(repeating: "The full story is only in the structured data, as on pages built by scripts. ", count: 10)
        let html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"\(body)"}</script></head>
            <body><div id="app">Loading…</div></body></html>
            """
        let page = try PageExtractor.extract(Data(html.utf8))
        #expect(page.text.hasPrefix("The full story is only in the structured data"))
        #expect(page.warnings.contains { $0.contains("articleBody") })
    }

    /// Three paragraphs of prose, numbered "Paragraph 1:" to "Paragraph 3:", to set an edge beside.
    private static let threeParagraphs = repeated(3) { "<p>Paragraph \($0): the minister met the junta's leader and discussed trade, security and the bloc's peace plan.</p>" }

    /// A heading, or a short line ending in a colon, that ends the article introduces what was left
    /// out ("Das könnte Sie auch interessieren!" over a box of teasers drawn by script).
    @Test func aHeadingOrAColonThatEndsTheArticleIsItsFrame() throws {
        let body = Self.threeParagraphs
        for ending in ["<h3>Das könnte Sie auch interessieren!</h3><p>Mehr laden</p>", "<p>Das Thema könnte dich auch interessieren:</p>"] {
            let page = try PageExtractor.extract(Data("<html><body><article>\(body)\(ending)</article></body></html>".utf8))
            #expect(page.text.hasSuffix("peace plan."), "\(page.text)")
            #expect(page.text.contains("Paragraph 3:"), "\(page.text)")
        }
    }

    /// The page's summary is the article's standfirst when the page shows it but the text does not
    /// give it (set apart in a header the article's region leaves out), or when the markup held no
    /// article. A summary the page does not show, one the text opens with, or a site's tagline adds
    /// nothing.
    @Test func theSummaryIsTheStandfirstWhenTheTextLacksIt() throws {
        let body = Self.threeParagraphs
        let lead = "The foreign minister arrived in Naypyidaw on Wednesday, the first such visit since the coup."
        func page(summary: String, shown: String = lead) throws -> ExtractedPage {
            let html = "<html><head><meta property=\"og:description\" content=\"\(summary)\"></head><body>"
                + "<header class=\"page-header\"><h1>Minister visits</h1><p>\(shown)</p></header><article>\(body)</article></body></html>"
            return try PageExtractor.extract(Data(html.utf8))
        }
        let shown = try page(summary: "The foreign minister arrived in Naypyidaw on Wednesday,\n the first such visit since the coup.")
        #expect(shown.text.hasPrefix(lead + "\n\nParagraph 1:"), "\(shown.text)")
        let splitByMarkup = try page(summary: lead, shown: "The foreign minister arrived in <b>Nay</b>pyidaw on Wednesday, the first such visit since the coup.")
        #expect(splitByMarkup.text.hasPrefix(lead + "\n\n"), "\(splitByMarkup.text)")
        let notShown = try page(summary: "Russia's top diplomat lends the junta legitimacy on a visit that critics call a propaganda coup.")
        #expect(notShown.text.hasPrefix("Paragraph 1:"), "a description for search engines: \(notShown.text)")
        let cutShort = try page(summary: "Paragraph 1: the minister met the junta's leader and discussed trade, secur…")
        #expect(cutShort.text.hasPrefix("Paragraph 1:"), "\(cutShort.text)")
        #expect(cutShort.text.components(separatedBy: "Paragraph 1:").count == 2, "given twice: \(cutShort.text)")
        let marked = try page(summary: "&lt;p&gt;The foreign minister arrived in &lt;b&gt;Naypyidaw&lt;/b&gt; on Wednesday, the first such visit since the coup.&lt;/p&gt;")
        #expect(marked.text.hasPrefix(lead + "\n\n"), "\(marked.text)")
        let tagline = try page(summary: "News from Asia, every day, by our own correspondents.", shown: "News from Asia, every day, by our own correspondents.")
        #expect(tagline.text.hasPrefix("Paragraph 1:"), "\(tagline.text)")

        let html = "<html><head><meta name=\"description\" content=\"\(lead)\"></head><body><div id=\"app\"></div></body></html>"
        let scripted = try PageExtractor.extract(Data(html.utf8))
        #expect(scripted.text == lead, "\(scripted.text)")
        #expect(scripted.warnings == ["found no article text in the page; its summary is given instead"])
    }

    @Test func charsetsFromTheMetaTagTheServerAndBrokenLabels() throws {
        let prose = String(repeating: "Le ministre a rencontré les dirigeants à Naypyidaw, dit-on. ", count: 5)
        let latin1 = try #require("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>\(prose)</p></body></html>"
            .data(using: .isoLatin1))
        #expect(try PageExtractor.extract(latin1).text.contains("rencontré les dirigeants à Naypyidaw"))
        #expect(try PageExtractor.extract(latin1, httpCharset: "windows-1252").text.contains("rencontré"))

        let unknownLabel = Data("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>\(prose)</p></body></html>".utf8)
        let read = try PageExtractor.extract(unknownLabel)
        #expect(read.text.contains("rencontré"))
        #expect(read.warnings.contains { $0.contains("x-no-such-charset") })

        var withNUL = Data("<html><body><p>\(prose)</p>".utf8)
        withNUL.append(0)
        withNUL.append(contentsOf: Data("<p>After the NUL byte, the article goes on with more of the story.</p></body></html>".utf8))
        #expect(try PageExtractor.extract(withNUL).text.contains("After the NUL byte"))
    }

    @Test func bytesThatAreNotAPageAreRefusedInOneLine() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0x01, count: 200))
        #expect(throws: PageExtractionError.self) { try PageExtractor.extract(png) }
        #expect(throws: PageExtractionError.self) { try PageExtractor.extract(Data()) }
        let none = try PageExtractor.extract(Data("<html><body><nav><a href=/>Home</a></nav></body></html>".utf8))
        #expect(none.text.isEmpty)
        #expect(none.warnings == ["found no article text in the page"])
    }

    @Test func deepNestingEndsWithAWarningNotACrash() throws {
        func nested(_ depth: Int) -> Data {
            var html = "<html><body>" + String(repeating: "<div>", count: depth)
            html += "<p>Deep inside the nesting, the article still says what happened, at length and in prose.</p>"
            return Data((html + String(repeating: "</div>", count: depth) + "</body></html>").utf8)
        }
        let readable = try PageExtractor.extract(nested(200))
        #expect(readable.text == "Deep inside the nesting, the article still says what happened, at length and in prose.")
        #expect(readable.warnings.isEmpty)
        let bomb = try PageExtractor.extract(nested(1_000_000))
        #expect(bomb.warnings.contains { $0.contains("nests elements more than") }, "\(bomb.warnings)")
    }

    /// A fixed sample of trafilatura's evaluation pages (the first 300 by URL), scored as that
    /// project scores them. The whole set, beside trafilatura and readability, is in
    /// `Benchmarks/extraction.sh`.
    @Test func realPagesKeepTheirTextAndLoseTheirBoilerplate() throws {
        let evaluation = try ExtractionEvaluation(folder: SharedData.corpus("trafilatura-eval").path, limit: 300)
        let score = ExtractionEvaluation.score(evaluation.pages) { page in (try? PageExtractor.extract(page.html, url: page.url))?.text ?? "" }
        #expect(score.f1 >= 0.92, "F1 \(score.f1), precision \(score.precision), recall \(score.recall)")
        #expect(score.precision >= 0.91 && score.recall >= 0.91, "precision \(score.precision), recall \(score.recall)")
    }
}
