import Foundation

/// One document of a tracking evaluation: an article of a labelled corpus (its event, and the topic
/// whose other events are its near misses), or an entry of a background stream (no event).
public struct LabelledArticle: Sendable, Equatable {
    /// Unique within the evaluation.
    public let id: String
    /// The event it reports; nil for background.
    public let event: String?
    /// Events of the same topic are each other's near misses (ECB+: two events of one kind).
    public let topic: String?
    /// Order within its event, for choosing the seeds (the corpora have no dates).
    public let order: Int
    public let title: String
    /// The body's first sentence, what most feeds carry beside the headline.
    public let lead: String
    /// The body: everything after the headline.
    public let body: String

    public init(id: String, event: String?, topic: String?, order: Int, title: String, lead: String, body: String) {
        self.id = id
        self.event = event
        self.topic = topic
        self.order = order
        self.title = title
        self.lead = lead
        self.body = body
    }

    /// The first sentence of `text`: up to the first `.`, `!` or `?` followed by white space and an
    /// upper-case letter or a quote (not after a title such as "Mr." or an initial), or the first
    /// line, whichever comes first.
    public static func firstSentence(of text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        var sentence: [Substring] = []
        for (index, word) in words.enumerated() {
            sentence.append(word)
            guard let last = word.last, ".!?".contains(last), index + 1 < words.count,
                let next = words[index + 1].first, next.isUppercase || "\"“‘'".contains(next)
            else { continue }
            let bare = word.dropLast().filter(\.isLetter)
            if last == "." && (bare.count == 1 || abbreviations.contains(bare.lowercased())) { continue }
            break
        }
        return sentence.joined(separator: " ")
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "rev", "us", "uk", "no",
    ]
}
