/// Text for XML the CLI writes (OPML, Atom, SVG): the characters XML 1.0 forbids even as references
/// dropped, markup characters escaped (safe in content and in double-quoted attributes).
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return String(String.UnicodeScalarView(allowed)).replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
