/// Splits text into normalised words: lower case, letters and digits only.
///
/// Apostrophes end a word ("junta’s" → "junta", "s"), as do hyphens, so "Russia-Myanmar" matches
/// "Russia" and "Myanmar". The same text always yields the same tokens, which is what keeps stored
/// shingle hashes comparable across versions.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(text.utf8.count / 5)
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    word.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    word.append(Unicode.Scalar(value + 0x20)!)
                } else {
                    flush(&word, into: &result)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush(&word, into: &result)
            }
        }
        flush(&word, into: &result)
        return result
    }

    private static func flush(_ word: inout String.UnicodeScalarView, into result: inout [String]) {
        guard !word.isEmpty else { return }
        result.append(String(word))
        word.removeAll(keepingCapacity: true)
    }
}
