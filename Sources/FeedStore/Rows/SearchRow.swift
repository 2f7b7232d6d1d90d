import Foundation

/// An item matching a full-text query, as `feedwatch search` lists it: the `items` row, plus where
/// the query matched (matches in [brackets]). Encoded flat: the item's keys and `snippet`.
public struct SearchRow: Sendable, Encodable, Equatable {
    public var item: ItemRow
    public var snippet: String

    enum CodingKeys: String, CodingKey { case snippet }

    public func encode(to encoder: Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(snippet, forKey: .snippet)
    }
}
