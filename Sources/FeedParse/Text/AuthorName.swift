/// The person's name from RSS's `<author>`, which the specification makes an e-mail address and
/// publishers write as `jo@example.com (Jo Bloggs)`, `Jo Bloggs (jo@example.com)` or
/// `Jo Bloggs <jo@example.com>`. An address alone stays as it is.
enum AuthorName {
    static func clean(_ raw: String) -> String {
        let text = raw.trimmingWhitespace()
        if let open = text.lastIndex(of: "("), text.hasSuffix(")") {
            let outside = text[..<open].trimmingWhitespace()
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
            if isAddress(outside), !inside.isEmpty { return inside }
            if isAddress(inside), !outside.isEmpty { return outside }
        }
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            let name = text[..<open].trimmingWhitespace()
            if !name.isEmpty { return name }
        }
        return text
    }

    private static func isAddress(_ text: String) -> Bool {
        text.contains("@") && !text.contains(" ")
    }
}
