/// The syndication format a feed document was written in.
public enum FeedFormat: String, Sendable, Codable, Equatable {
    case rss
    case atom
    case rdf
    case json
}
