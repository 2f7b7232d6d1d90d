/// How an HTML element shapes the plain text made from it.
enum HTMLElementKind {
    /// Content never shown as text: scripts, styles, embedded objects.
    case skipped
    /// Starts and ends a paragraph.
    case block
    case lineBreak
    /// Separates words but not lines: table cells.
    case wordBreak
    case inline

    /// `name` must be lowercase.
    init(_ name: String) {
        self = Self.byName[name] ?? .inline
    }

    /// A table, not a `switch`: the switch compares strings one case after another, and every tag
    /// of every summary goes through here.
    private static let byName: [String: HTMLElementKind] = {
        var table: [String: HTMLElementKind] = ["br": .lineBreak, "td": .wordBreak, "th": .wordBreak]
        for name in [
            // Not iframe, object, embed: what they hold is fallback text, shown where they are not.
            "script", "style", "noscript", "template", "head", "svg", "math", "textarea", "select",
        ] {
            table[name] = .skipped
        }
        for name in [
            "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "section",
            "article", "header", "footer", "aside", "figure", "figcaption", "hr", "dl", "dt", "dd", "main", "nav", "address",
            "details", "summary", "caption", "tbody", "thead", "tfoot", "fieldset", "form",
        ] {
            table[name] = .block
        }
        return table
    }()
}
