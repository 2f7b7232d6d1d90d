import Foundation

/// OPML 2.0 subscription lists, the feed-reader convention: one `<outline type="rss">` per feed.
enum OPMLWriter {
    static func document(title: String, feeds: [(url: String, title: String?)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
        xml += "  <head><title>\(escape(title))</title></head>\n  <body>\n"
        for feed in feeds {
            let text = escape(feed.title ?? feed.url)
            xml += "    <outline type=\"rss\" text=\"\(text)\" title=\"\(text)\" xmlUrl=\"\(escape(feed.url))\"/>\n"
        }
        return xml + "  </body>\n</opml>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
