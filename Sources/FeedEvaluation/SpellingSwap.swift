import Foundation

/// Swaps British and American spellings, in both directions, as a desk on the other side of the
/// Atlantic would when it re-edits a wire story.
enum SpellingSwap {
    private static let pairs: [(String, String)] = [
        ("colour", "color"), ("favour", "favor"), ("honour", "honor"), ("labour", "labor"), ("neighbour", "neighbor"),
        ("behaviour", "behavior"), ("harbour", "harbor"), ("rumour", "rumor"), ("centre", "center"), ("theatre", "theater"),
        ("metre", "meter"), ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("programme", "program"),
        ("travelled", "traveled"), ("travelling", "traveling"), ("cancelled", "canceled"), ("organise", "organize"),
        ("organised", "organized"), ("organisation", "organization"), ("recognise", "recognize"), ("recognised", "recognized"),
        ("criticise", "criticize"), ("criticised", "criticized"), ("apologise", "apologize"), ("realise", "realize"),
        ("emphasise", "emphasize"), ("analyse", "analyze"), ("catalogue", "catalog"), ("grey", "gray"), ("jewellery", "jewelry"),
        ("mum", "mom"), ("tyre", "tire"), ("cheque", "check"), ("pyjamas", "pajamas"), ("aluminium", "aluminum"),
    ]

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for (british, american) in pairs {
            table[british] = american
            table[american] = british
        }
        return table
    }()

    static func apply(to text: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            if let swapped = table[word.lowercased()] {
                result += word.first?.isUppercase == true ? swapped.prefix(1).uppercased() + swapped.dropFirst() : swapped
            } else {
                result += word
            }
            word = ""
        }
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
