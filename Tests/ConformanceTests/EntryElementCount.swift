import Foundation

/// An independent count of a document's entries for suites without machine-readable expectations:
/// the `<item>` and `<entry>` start tags (any prefix) outside comments and CDATA sections.
enum EntryElementCount {
    static func count(in data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        let visible = text.replacing(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/, with: "")
        return visible.matches(of: /<(?:[A-Za-z0-9_]+:)?(?:item|entry)[\s>\/]/).count
    }
}
