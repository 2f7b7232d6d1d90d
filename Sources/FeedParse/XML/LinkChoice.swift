/// Picks an entry's main link among several `<link rel=… href=…>`: the first `alternate` (or
/// rel-less) one, else the first link of any other relation.
struct LinkChoice {
    private var alternate: String?
    private var fallback: String?

    var best: String? { alternate ?? fallback }

    mutating func offer(_ element: XMLElement) {
        guard let href = element.attribute("href"), let resolved = LinkResolver.resolve(href, base: element.baseURI) else {
            return
        }
        if (element.attribute("rel") ?? "alternate") == "alternate" {
            if alternate == nil { alternate = resolved }
        } else if fallback == nil {
            fallback = resolved
        }
    }
}
