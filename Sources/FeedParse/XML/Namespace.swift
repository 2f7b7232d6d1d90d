/// The XML vocabularies feeds mix, by namespace URI.
enum Namespace: Equatable {
    /// RSS 0.9x/2.0 (no namespace) and RSS 1.0 / 0.90 elements.
    case core
    case atom
    case rdf
    case content
    case dublinCore
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
        default:
            self = .other
        }
    }

    static let rdfURI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
}
