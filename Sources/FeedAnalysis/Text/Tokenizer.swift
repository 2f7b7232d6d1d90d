/// Splits text into normalised words: lower case, letters and digits only (`WordScanner`).
///
/// Apostrophes end a word ("junta’s" → "junta", "s"), as do hyphens, so "Russia-Myanmar" matches
/// "Russia" and "Myanmar". The same text always yields the same tokens, which is what keeps stored
/// shingle hashes comparable across versions.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(text.utf8.count / 5)
        WordScanner.scan(text) { word in result.append(String(decoding: word, as: UTF8.self)) }
        return result
    }
}
