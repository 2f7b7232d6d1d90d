/// Folds an English plural into its singular for relatedness terms, so that "sanctions" in a
/// headline matches "sanction" in a seed: a headline has a handful of words, and losing one of
/// them to a word form costs a report its alert (docs/EVALUATION.md, "Word forms").
///
/// Only plurals, by three rules tried in order (Harman's "S" stemmer): "-ies" becomes "-y"
/// ("countries" → "country") except after "a" or "e" and in four letters ("ties" → "tie");
/// "-es" loses its "s" ("forces" → "force") except after "a", "e" or "o"; any other "-s" goes
/// ("talks" → "talk") except in "-ss" and "-us". Words under four letters are kept ("gas", "bus").
/// Verb endings are left alone: stripping "-ed" and "-ing" too was no better on ECB+ (mean C_norm
/// 0.055 against 0.056, with 6 % more false alarms) and makes wrong words ("hundred" → "hundr").
/// A name can lose an "s" ("Texas" → "texa"): the same on every side, so it still matches itself,
/// and people read the seeds' own spelling (`StoryProfile.shown`). Folding a stem again changes
/// nothing, so a term already folded may pass through here twice.
///
/// Shingles never see this: near-duplicates are judged on the words as written.
enum Stemmer {
    /// The stem of `word` (normalised by `WordScanner`) as the length of `word` it keeps, and
    /// whether a "y" follows that prefix.
    static func stem(of word: UnsafeBufferPointer<UInt8>) -> (kept: Int, addsY: Bool) {
        let count = word.count
        guard count >= 4, word[count - 1] == UInt8(ascii: "s") else { return (count, false) }
        func endsWith(_ suffix: StaticString) -> Bool {
            suffix.withUTF8Buffer { word[(count - $0.count)...].elementsEqual($0) }
        }
        if count >= 5 && endsWith("ies") && !endsWith("aies") && !endsWith("eies") { return (count - 3, true) }
        if endsWith("es") && !endsWith("aes") && !endsWith("ees") && !endsWith("oes") { return (count - 1, false) }
        if endsWith("ss") || endsWith("us") { return (count, false) }
        return (count - 1, false)
    }

    /// The stem of a word as a string.
    static func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            let (kept, addsY) = stem(of: bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<kept]), as: UTF8.self) + (addsY ? "y" : "")
        }
    }

    /// `TermKey.word` of the stem; `key` is the word's own, returned when the word is its stem.
    static func key(of word: UnsafeBufferPointer<UInt8>, key: UInt64) -> UInt64 {
        let (kept, addsY) = stem(of: word)
        if !addsY { return kept == word.count ? key : TermKey.word(UnsafeBufferPointer(rebasing: word[..<kept])) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kept + 1) { stem in
            _ = stem.initialize(from: word[..<kept])
            stem[kept] = UInt8(ascii: "y")
            return TermKey.word(UnsafeBufferPointer(stem))
        }
    }
}
