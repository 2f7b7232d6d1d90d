extension StringProtocol {
    /// Without leading and trailing white space (Unicode's White_Space, as Foundation's
    /// `.whitespacesAndNewlines`). Looks only at the ends; Foundation's version bridges the whole
    /// string, which showed up at 10 % of the parser's time.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[start..<scalars.index(after: last)])
    }

    /// Runs of non-whitespace characters.
    public var wordCount: Int {
        split(whereSeparator: { $0.isWhitespace }).count
    }
}
