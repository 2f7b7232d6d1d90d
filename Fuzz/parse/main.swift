import FeedCore
import FeedParse
import Foundation
import FuzzDriver

// The feed parser's fuzz target (see Fuzz/run.sh).

/// One input through everything that reads untrusted feed bytes: feed parsing (XML, JSON,
/// recovery), HTML to text, and date parsing.
func fuzzOne(_ data: Data) {
    if let feed = try? FeedParser.parse(data, url: "https://fuzz.test/feed") {
        for entry in feed.entries { precondition(!entry.id.isEmpty, "every entry has an identity") }
    }
    let text = String(decoding: data, as: UTF8.self)
    _ = HTMLText.plainText(fromHTML: text)
    _ = FeedDate.parse(String(text.prefix(64)))
}

runFuzzTarget(fuzzOne)
