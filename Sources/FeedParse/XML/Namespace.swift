/// The XML vocabularies feeds mix, by namespace URI.
enum Namespace: Equatable {
    /// RSS 0.9x/2.0 (no namespace) and RSS 1.0 / 0.90 elements; also attributes without a prefix.
    case core
    case atom
    case rdf
    case content
    case dublinCore
    case media
    case iTunes
    case syndication
    case xml
    case other

    init(_ uri: String?) {
        switch uri {
        case nil, "", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2":
            self = .core
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#":
            self = .atom
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#":
            self = .rdf
        case "http://purl.org/rss/1.0/modules/content/":
            self = .content
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/":
            self = .dublinCore
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss":
            self = .media
        case "http://www.itunes.com/dtds/podcast-1.0.dtd":
            self = .iTunes
        case "http://purl.org/rss/1.0/modules/syndication/":
            self = .syndication
        case "http://www.w3.org/XML/1998/namespace":
            self = .xml
        default:
            self = .other
        }
    }
}
