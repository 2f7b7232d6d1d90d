/// A file attached to an entry: RSS `<enclosure>`, Atom `rel="enclosure"`, `media:content`, JSON
/// Feed attachments.
public struct FeedEnclosure: Sendable, Equatable, Codable {
    public var url: String
    /// The media type the feed declares, if any.
    public var type: String?
    /// The size in bytes the feed declares, if any (often 0 or wrong; never checked).
    public var length: Int?

    public init(url: String, type: String?, length: Int?) {
        self.url = url
        self.type = type
        self.length = length
    }
}
