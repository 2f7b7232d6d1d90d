/// logfmt values: bare when they are simple words, else double-quoted with `\"`, `\\` and `\n` escaped.
enum Logfmt {
    static func value(_ raw: String) -> String {
        let needsQuotes = raw.isEmpty || raw.contains { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "\\" || $0.isNewline || $0 == "\t" }
        guard needsQuotes else { return raw }
        var escaped = ""
        for character in raw {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n", "\r\n", "\r": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }

    static func pairs(_ fields: [(String, String)]) -> String {
        fields.map { "\($0.0)=\(value($0.1))" }.joined(separator: " ")
    }
}
