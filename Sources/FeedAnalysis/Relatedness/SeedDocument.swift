import Foundation

/// One seed article: its file name, headline (first non-empty line) and full text.
public struct SeedDocument: Sendable, Equatable {
    public let name: String
    public let title: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        title = text.split(whereSeparator: \.isNewline)
            .lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
    }
}
