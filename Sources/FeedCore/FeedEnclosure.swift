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

    private enum CodingKeys: String, CodingKey { case url, type, length }

    /// Every key present, `null` when absent, as everywhere in feedwatch's JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(type, forKey: .type)
        try container.encode(length, forKey: .length)
    }
}
