/// A picture credit or copyright notice set as a paragraph of its own ("Foto: dpa", "© Reuters",
/// "Image copyright AFP", "Photo credit: Jane Doe"): it names who made the picture and says nothing
/// of the story, wherever in the article it stands.
enum CreditLine {
    /// Characters; a credit is a name or two, a caption that happens to start with "Photo:" is longer.
    static let longest = 100

    /// Words that open a credit in the languages of the news we see most, when a separator or
    /// `followers` comes next ("Bild: …", "Photo by …"); alone they open ordinary sentences.
    private static let openers: Set<String> = [
        "foto", "fotos", "bild", "bilder", "titelbild", "beitragsbild", "photo", "photos", "image", "images", "picture",
        "pictures", "credit", "credits", "quelle", "source",
    ]
    private static let followers: Set<String> = ["copyright", "credit", "credits", "by"]
    private static let separators: Set<Character> = [":", "©", "/", "|"]

    static func matches(_ text: String) -> Bool {
        guard text.unicodeScalars.count < longest else { return false }
        let lowered = text.lowercased()
        if lowered.hasPrefix("(c)") { return true }
        let rest = lowered.hasPrefix("(") ? lowered.dropFirst() : Substring(lowered)
        if rest.hasPrefix("©") { return true }
        let word = rest.prefix(while: \.isLetter)
        guard openers.contains(String(word)) else { return false }
        let after = rest.dropFirst(word.count).drop(while: \.isWhitespace)
        if let next = after.first, separators.contains(next) { return true }
        return followers.contains(String(after.prefix(while: \.isLetter)))
    }
}
