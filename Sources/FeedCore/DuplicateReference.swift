/// What a near-duplicate copies: a seed file of the story or an item already stored.
public struct DuplicateReference: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case seed
        case item
    }

    public var kind: Kind
    /// The seed's file name, or the stored item's id as a decimal string.
    public var ref: String
    /// The larger of resemblance and containment, 0...1.
    public var similarity: Double

    public init(kind: Kind, ref: String, similarity: Double) {
        self.kind = kind
        self.ref = ref
        self.similarity = similarity
    }
}
