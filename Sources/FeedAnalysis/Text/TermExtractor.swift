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
        let bytes = token.utf8
        // ASCII fast paths for the two length and number tests; other scripts take the Character ones.
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        let isLongEnough = isASCII ? bytes.count >= 2 : token.count >= 2
        let isNumber = isASCII ? bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } : token.allSatisfy(\.isNumber)
        return isLongEnough && !isNumber && !Stopwords.english.contains(token)
    }
}
