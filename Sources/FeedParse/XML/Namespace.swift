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
    case xhtml
    case other

    init(_ uri: String?) {
        // Apple's own documentation spells the iTunes URI with "DTDs", feeds use both.
        if let uri, uri.utf8.count == 42, uri.lowercased() == "http://www.itunes.com/dtds/podcast-1.0.dtd" {
            self = .iTunes
            return
        }
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
        case "http://purl.org/rss/1.0/modules/syndication/":
            self = .syndication
        case "http://www.w3.org/XML/1998/namespace":
            self = .xml
        case "http://www.w3.org/1999/xhtml":
            self = .xhtml
        default:
            self = .other
        }
    }
}
