import Foundation

/// One seed article as `feedwatch seeds` lists it: its size and the story-profile terms it
/// carries, heaviest first (what makes it count for the story).
struct SeedRow: Encodable, CSVRow {
    let story: String
    let file: String
    let title: String
    let bytes: Int
    let words: Int
    let topTerms: [String]

    enum CodingKeys: String, CodingKey {
        case story, file, title, bytes, words
        case topTerms = "top_terms"
    }

    static let csvHeader = ["story", "file", "title", "bytes", "words", "top_terms"]
    var csvFields: [String] { [story, file, title, String(bytes), String(words), topTerms.joined(separator: "; ")] }
}
