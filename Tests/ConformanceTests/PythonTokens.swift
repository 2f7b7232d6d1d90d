/// Tokens of the small Python subset `Expect:` lines use: names, numbers, string literals (with
/// `u`/`b`/`r` prefixes and the usual escapes) and punctuation.
struct PythonTokens {
    enum Token: Equatable {
        case word(String)
        case number(Int)
        case string(String)
        case symbol(String)
    }

    private var tokens: [Token] = []
    private var position = 0

    init?(_ source: String) {
        let characters = Array(source.unicodeScalars)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" {
                index += 1
            } else if (character == "u" || character == "b" || character == "r"), index + 1 < characters.count,
                characters[index + 1] == "'" || characters[index + 1] == "\""
            {
                guard let (text, next) = Self.string(characters, from: index + 1, raw: character == "r") else { return nil }
                tokens.append(.string(text))
                index = next
            } else if character == "'" || character == "\"" {
                guard let (text, next) = Self.string(characters, from: index, raw: false) else { return nil }
                tokens.append(.string(text))
                index = next
            } else if character.properties.isAlphabetic || character == "_" {
                var end = index
                while end < characters.count, characters[end].properties.isAlphabetic || characters[end] == "_"
                    || ("0"..."9").contains(characters[end])
                {
                    end += 1
                }
                tokens.append(.word(String(String.UnicodeScalarView(characters[index..<end]))))
                index = end
            } else if ("0"..."9").contains(character) || (character == "-" && index + 1 < characters.count && ("0"..."9").contains(characters[index + 1])) {
                var end = index + 1
                while end < characters.count, ("0"..."9").contains(characters[end]) { end += 1 }
                if end < characters.count, characters[end] == "." || characters[end] == "L" { return nil }
                guard let value = Int(String(String.UnicodeScalarView(characters[index..<end]))) else { return nil }
                tokens.append(.number(value))
                index = end
            } else if index + 1 < characters.count, ["==", "!="].contains(String(String.UnicodeScalarView(characters[index...index + 1]))) {
                tokens.append(.symbol(String(String.UnicodeScalarView(characters[index...index + 1]))))
                index += 2
            } else if "[](){},:.".unicodeScalars.contains(character) {
                tokens.append(.symbol(String(character)))
                index += 1
            } else {
                return nil
            }
        }
    }

    var atEnd: Bool { position >= tokens.count }

    var peek: Token? { atEnd ? nil : tokens[position] }

    mutating func advance() { position += 1 }

    mutating func take(_ token: Token) -> Bool {
        guard peek == token else { return false }
        advance()
        return true
    }

    private static func string(_ characters: [Unicode.Scalar], from start: Int, raw: Bool) -> (String, Int)? {
        let quote = characters[start]
        var index = start + 1
        var scalars = String.UnicodeScalarView()
        while index < characters.count {
            let character = characters[index]
            if character == quote { return (String(scalars), index + 1) }
            if character == "\\", !raw, index + 1 < characters.count {
                let escaped = characters[index + 1]
                index += 2
                switch escaped {
                case "n": scalars.append("\n")
                case "t": scalars.append("\t")
                case "r": scalars.append("\r")
                case "x", "u", "U":
                    let width = escaped == "x" ? 2 : escaped == "u" ? 4 : 8
                    guard index + width <= characters.count,
                        let code = UInt32(String(String.UnicodeScalarView(characters[index..<index + width])), radix: 16),
                        let scalar = Unicode.Scalar(code)
                    else { return nil }
                    scalars.append(scalar)
                    index += width
                default: scalars.append(escaped)
                }
                continue
            }
            scalars.append(character)
            index += 1
        }
        return nil
    }
}
