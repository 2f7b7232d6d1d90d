/// logfmt values: bare when they are simple words, else double-quoted with `\"`, `\\` and `\n` escaped.
///
/// Works on UTF-8 bytes, not `Character`s: every related item writes an alert line, and walking
/// grapheme clusters made formatting them a tenth of the store thread's time (`Benchmarks/versus.sh`).
enum Logfmt {
    static func value(_ raw: String) -> String {
        guard raw.isEmpty || needsQuotes(raw.utf8) else { return raw }
        var escaped: [UInt8] = [UInt8(ascii: "\"")]
        escaped.reserveCapacity(raw.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escaped += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\r"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            // CR LF is one line break, already written for its CR.
            case UInt8(ascii: "\n") where previous != UInt8(ascii: "\r"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\t"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            default: escaped.append(byte)
            }
            previous = byte
        }
        escaped.append(UInt8(ascii: "\""))
        return String(decoding: escaped, as: UTF8.self)
    }

    static func pairs(_ fields: [(String, String)]) -> String {
        fields.map { "\($0.0)=\(value($0.1))" }.joined(separator: " ")
    }

    /// A separator, quote, backslash or any line break `Character.isNewline` knows (VT, FF, NEL,
    /// LINE and PARAGRAPH SEPARATOR included: they are kept as they are, but only inside quotes).
    private static func needsQuotes(_ bytes: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "="), UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\t"), 0x0A ... 0x0D:
                return true
            case 0x85 where previous.1 == 0xC2: return true
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): return true
            default: previous = (previous.1, byte)
            }
        }
        return false
    }
}
