import FeedParse
import Testing

@Suite struct HTMLTextTests {
    /// A no-break space is whitespace like any other once the text is plain.
    @Test func keepsParagraphsDropsScriptsAndDecodesEntities() {
        let html = "<p>First &amp; <b>bold</b>\n paragraph.</p><script>alert('x')</script><style>p{}</style><p>Second&nbsp;one&#8217;s</p>"
        #expect(HTMLText.plainText(fromHTML: html) == "First & bold paragraph.\n\nSecond one’s")
    }

    @Test func lineBreaksAndListsBecomeLines() {
        #expect(HTMLText.plainText(fromHTML: "a<br>b<ul><li>one</li><li>two</li></ul>") == "a\nb\n\none\n\ntwo")
    }

    @Test func plainTextOnlyHasWhitespaceNormalised() {
        #expect(HTMLText.plainText(fromHTML: "  just   text\n here ") == "just text here")
        #expect(HTMLText.plainText(fromText: "one\n\n\ntwo\nlines") == "one\n\ntwo lines")
    }

    @Test func brokenMarkupStillYieldsText() {
        #expect(HTMLText.plainText(fromHTML: "<div><p>unclosed <i>tags") == "unclosed tags")
    }
}
