/// A stored item the index proposed as a possible original of a new item.
public struct StoredCandidate: Sendable {
    public let itemID: Int64
    public let shingles: ShingleSet

    public init(itemID: Int64, shingles: ShingleSet) {
        self.itemID = itemID
        self.shingles = shingles
    }
}
