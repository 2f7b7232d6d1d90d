/// A story-profile term found in an item, with its contribution to the relatedness score.
public struct MatchedTerm: Sendable, Equatable, Codable {
    public let term: String
    public let weight: Double

    public init(term: String, weight: Double) {
        self.term = term
        self.weight = weight
    }
}
