import FeedCore
import FeedParse
import Foundation
import FuzzDriver

// The page extractor's fuzz target (see Fuzz/run.sh): web pages are written by whoever runs the
// site an item links to.

/// One input through main-text extraction: charset sniffing, libxml2's HTML parser, the tree
/// copy, furniture rules, scoring, JSON-LD and metadata.
func fuzzOne(_ data: Data) {
    guard let page = try? PageExtractor.extract(data, url: "https://fuzz.test/article", httpCharset: nil) else { return }
    precondition(!page.text.hasPrefix("\n") && !page.text.hasSuffix("\n"), "paragraph breaks only between paragraphs")
    precondition(!page.text.contains("\n\n\n"), "one blank line between paragraphs")
}

runFuzzTarget(fuzzOne)
