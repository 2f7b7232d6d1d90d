import Foundation

/// One seed article: its file name, headline (first non-empty line) and full text.
public struct SeedDocument: Sendable, Equatable {
    public let name: String
    public let title: String
    public let text: String
    /// Whether the seed is its headline alone, with nothing on the lines after it.
    public let isHeadline: Bool

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        let lines = text.split(whereSeparator: \.isNewline)
            .lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        title = lines.first ?? ""
        isHeadline = lines.dropFirst().isEmpty
    }
}
