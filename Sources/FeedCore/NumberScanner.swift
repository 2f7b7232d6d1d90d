/// A cursor over a date string's characters for the fixed-width ISO 8601 fields.
struct NumberScanner {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { index >= characters.count }

    var rest: ArraySlice<Character> { characters[index...] }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= characters.count else { return nil }
        var value = 0
        for character in characters[index..<index + digits] {
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    mutating func skip(_ character: Character) -> Bool {
        guard !atEnd, characters[index] == character else { return false }
        index += 1
        return true
    }

    mutating func skipDigits() {
        while !atEnd, characters[index].isASCII, characters[index].isNumber { index += 1 }
    }

    mutating func skipSpaces() {
        while !atEnd, characters[index] == " " { index += 1 }
    }

    /// +1 or -1 when the cursor is on a sign, consuming it.
    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
