/// A cursor over a date string's UTF-8 bytes for the fixed-width ISO 8601 fields. Bytes, not
/// `Character`s: every entry has dates, and grapheme breaking showed up in the parser's profile.
struct NumberScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index >= bytes.count }

    var rest: String { String(decoding: bytes[index...], as: UTF8.self) }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard !atEnd, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func skipDigits() {
        while !atEnd, Self.isDigit(bytes[index]) { index += 1 }
    }

    mutating func skipSpaces() {
        while !atEnd, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }

    /// +1 or -1 when the cursor is on a sign, consuming it.
    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
