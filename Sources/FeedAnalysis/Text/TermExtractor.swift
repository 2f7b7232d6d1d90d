/// The terms relatedness is computed on: informative single words and adjacent word pairs.
///
/// Pairs ("foreign minister", "aung san") are only formed from words that are adjacent in the text
/// and both informative, so they capture names and fixed phrases rather than accidents of
/// stopword removal.
public enum TermExtractor {
    public static func terms(of tokens: [String]) -> Set<String> {
        var terms = Set<String>()
        var previous: String?
        for token in tokens {
            guard isInformative(token) else {
                previous = nil
                continue
            }
            terms.insert(token)
            if let previous { terms.insert(previous + " " + token) }
            previous = token
        }
        return terms
    }

    static func isInformative(_ token: String) -> Bool {
        token.count >= 2 && !Stopwords.english.contains(token) && !token.allSatisfy(\.isNumber)
    }
}
