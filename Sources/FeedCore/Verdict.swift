/// What an item is with respect to one story.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Same story, new text: the thing users want to hear about.
    case related
    /// A copy, reprint or updated version of a seed or of an item already stored for the story.
    case duplicate
    case unrelated
}
