/// The edits a copy of an article goes through on its way to another outlet.
public enum DuplicateVariant: String, CaseIterable, Sendable {
    /// The first half of the paragraphs: a shortened wire copy or a feed summary.
    case cut
    /// Syndication boilerplate appended: an "Original url:" line, a copyright, a newsletter plug.
    case boilerplate
    /// A different headline over the same text (updated stories, other desks).
    case headline
    /// British spellings made American, or the other way round.
    case spelling
    /// The paragraphs in a different order (a re-edited version).
    case reordered
    /// All of the above but the cut at once: another desk's headline and spelling, re-ordered, with
    /// its boilerplate.
    case syndicated

    /// The variant's headline and text, made from the original's.
    public func apply(title: String, text: String) -> (title: String, text: String) {
        let paragraphs = Self.paragraphs(of: text, without: title)
        switch self {
        case .cut:
            let kept = paragraphs.count >= 2 ? Array(paragraphs.prefix(paragraphs.count / 2)) : [Self.firstHalf(of: paragraphs.first ?? "")]
            return (title, kept.joined(separator: "\n\n"))
        case .boilerplate:
            let slug = title.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(6).joined(separator: "-")
            let footer = """
                Original url: https://news.example.invalid/world/2016/\(slug)

                Copyright 2016 The Example News Agency. All rights reserved. This material may not be published, broadcast, \
                rewritten or redistributed. Sign up for our morning briefing to get the day's top stories in your inbox.
                """
            return (title, (paragraphs + [footer]).joined(separator: "\n\n"))
        case .headline:
            let lead = paragraphs.first.map { $0.split(separator: " ").prefix(8).joined(separator: " ") } ?? title
            return ("UPDATED: " + lead, paragraphs.joined(separator: "\n\n"))
        case .spelling:
            return (title, SpellingSwap.apply(to: paragraphs.joined(separator: "\n\n")))
        case .reordered:
            return (title, Self.reorder(paragraphs).joined(separator: "\n\n"))
        case .syndicated:
            let edited = DuplicateVariant.headline.apply(title: title, text: text)
            let respelled = SpellingSwap.apply(to: Self.reorder(Self.paragraphs(of: edited.text, without: "")).joined(separator: "\n\n"))
            return DuplicateVariant.boilerplate.apply(title: edited.title, text: respelled)
        }
    }

    /// The body's paragraphs, without the headline line the corpus files start with.
    static func paragraphs(of text: String, without title: String) -> [String] {
        var paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if paragraphs.first == title.trimmingCharacters(in: .whitespaces) { paragraphs.removeFirst() }
        return paragraphs
    }

    /// The lead stays first (editors keep it); the rest is reversed.
    private static func reorder(_ paragraphs: [String]) -> [String] {
        Array(paragraphs.prefix(1)) + paragraphs.dropFirst().reversed()
    }

    private static func firstHalf(of paragraph: String) -> String {
        let words = paragraph.split(separator: " ")
        return words.prefix(words.count / 2).joined(separator: " ")
    }
}
