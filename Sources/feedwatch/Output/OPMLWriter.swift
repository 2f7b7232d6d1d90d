import Foundation

/// OPML 2.0 subscription lists, the feed-reader convention: one `<outline type="rss">` per feed.
enum OPMLWriter {
    static func document(title: String, feeds: [(url: String, title: String?)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
        xml += "  <head><title>\(XMLEscaping.escape(title))</title></head>\n  <body>\n"
        for feed in feeds {
            let text = XMLEscaping.escape(feed.title ?? feed.url)
            xml += "    <outline type=\"rss\" text=\"\(text)\" title=\"\(text)\" xmlUrl=\"\(XMLEscaping.escape(feed.url))\"/>\n"
        }
        return xml + "  </body>\n</opml>\n"
    }
}
