/// The few JSON shapes the store writes per item, without `JSONEncoder`: encoding each item's
/// matched terms, authors and categories through it was 5 % of the store thread's time in a
/// 1,000-feed first cycle (`Benchmarks/scale.sh`). Readers decode them with `JSONDecoder`.
enum JSONText {
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }

    /// `[1,2,3]`: item ids for `json_each`.
    static func integers(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// `[{"item":…,"story":…}]`: verdict keys for `json_each`.
    static func verdictKeys(_ keys: [(item: Int64, story: String)]) -> String {
        "[" + keys.map { "{\"item\":\($0.item),\"story\":\(quoted($0.story))}" }.joined(separator: ",") + "]"
    }

    /// `[{"term":…,"weight":…}]`, as `MatchedTerm`'s Codable form.
    static func matchedTerms(_ terms: [(term: String, weight: Double)]) -> String {
        "[" + terms.map { "{\"term\":\(quoted($0.term)),\"weight\":\($0.weight.isFinite ? "\($0.weight)" : "0")}" }.joined(separator: ",") + "]"
    }

    /// `{"term":count,…}`, in key order so the same counts always write the same text. Built in
    /// one string: every feed's transaction writes one, on the store's thread.
    static func counts(_ counts: [String: Int]) -> String {
        var text = "{"
        text.reserveCapacity(counts.count * 24)
        for (index, entry) in counts.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { text += "," }
            appendQuoted(entry.key, to: &text)
            text += ":" + String(entry.value)
        }
        return text + "}"
    }

    /// A JSON string literal (RFC 8259 §7).
    static func quoted(_ text: String) -> String {
        var result = ""
        appendQuoted(text, to: &result)
        return result
    }

    /// Text without quotes, backslashes or control characters, which is most, is copied whole.
    private static func appendQuoted(_ text: String, to result: inout String) {
        result += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            result += text
            result += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 15, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
    }
}
