/// Builds RSS 2.0 documents for tests, escaping text properly.
public struct FeedBuilder: Sendable {
    public struct Item: Sendable {
        public var title: String
        public var link: String
        public var description: String
        public var pubDate: String

        public init(title: String, link: String, description: String, pubDate: String = "Wed, 03 Aug 2022 12:00:00 GMT") {
            self.title = title
            self.link = link
            self.description = description
            self.pubDate = pubDate
        }
    }

    public var title: String
    public var items: [Item]

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }

    public var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>\(Self.escape(title))</title>"
        xml += "<link>https://feeds.test/</link>"
        for item in items {
            xml += "<item><title>\(Self.escape(item.title))</title><link>\(Self.escape(item.link))</link>"
            xml += "<guid>\(Self.escape(item.link))</guid><pubDate>\(item.pubDate)</pubDate>"
            xml += "<description>\(Self.escape(item.description))</description></item>"
        }
        return xml + "</channel></rss>\n"
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
