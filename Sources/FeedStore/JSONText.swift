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

    /// `{"term":count,…}`, in key order so the same counts always write the same text.
    static func counts(_ counts: [String: Int]) -> String {
        "{" + counts.sorted { $0.key < $1.key }.map { "\(quoted($0.key)):\($0.value)" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal (RFC 8259 §7).
    static func quoted(_ text: String) -> String {
        var result = "\""
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
        return result + "\""
    }
}
