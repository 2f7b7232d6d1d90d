/// An item that happens somewhere other than its story (`StorySetting.conflict(with:)`).
public struct PlaceConflict: Sendable, Equatable, Encodable {
    /// The place the item cites most.
    public let item: String
    /// Where the story happens.
    public let story: [String]
}
