import FeedParse
import Testing

@Suite struct HTMLTextTests {
    /// A no-break space is whitespace like any other once the text is plain.
    @Test func keepsParagraphsDropsScriptsAndDecodesEntities() {
        let html = "<p>First &amp; <b>bold</b>\n paragraph.</p><script>alert('x')</script><style>p{}</style><p>Second&nbsp;one&#8217;s</p>"
        #expect(HTMLText.plainText(fromHTML: html) == "First & bold paragraph.\n\nSecond one’s")
    }

    /// Soft hyphens (typeset German, entity or raw) would otherwise split words for search and shingles.
    @Test func softHyphensAreDropped() {
        #expect(HTMLText.plainText(fromHTML: "<p>Mit&shy;tel&#173;al\u{AD}ter</p>") == "Mittelalter")
        #expect(HTMLText.plainText(fromText: "Wein\u{AD}wirt\u{AD}schaft") == "Weinwirtschaft")
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

    @Test func markupIsRecognisedAsTheHTMLTokenizerDoes() {
        #expect(HTMLText.plainText(fromHTML: "<a title=\"a > b\" href='x'>link</a> 3 < 4 <!-- <p>hidden</p> --> end") == "link 3 < 4 end")
        #expect(HTMLText.plainText(fromHTML: "<![CDATA[kept]]> <?php echo 1 ?>after") == "kept after")
        #expect(HTMLText.plainText(fromHTML: "<table><tr><td>a</td><td>b</td></tr></table>") == "a b")
        #expect(HTMLText.plainText(fromHTML: "safe<object data=x> <b>fallback</b></object>") == "safe fallback")
        #expect(HTMLText.plainText(fromHTML: "<a href=\"http://x/&quot;>example</a>") == "example")
    }

    @Test func characterReferencesAreDecoded() {
        #expect(HTMLText.plainText(fromHTML: "&#8220;x&#x201D; &#150; &#0; &amp &unknown; AT&T") == "“x” – \u{FFFD} & &unknown; AT&T")
        #expect(HTMLText.plainText(fromHTML: "&eacute;t&eacute;") == "été")
    }

    @Test func unclosedScriptDropsTheRestButNothingBefore() {
        #expect(HTMLText.plainText(fromHTML: "before<script>never shown") == "before")
        #expect(HTMLText.plainText(fromHTML: "<style>p{}</style >after</p>") == "after")
    }
}
