import FeedCore
import Foundation

/// A near-duplicate and what it copies, as `feedwatch duplicates` lists it.
public struct DuplicateRow: Sendable, Encodable, Equatable {
    public struct Original: Sendable, Encodable, Equatable {
        public var kind: DuplicateReference.Kind
        public var ref: String
    }

    public var id: Int64
    public var story: String
    public var title: String
    @NullEncoded public var link: String?
    public var feed: String
    public var similarity: Double
    public var duplicateOf: Original

    enum CodingKeys: String, CodingKey {
        case id, story, title, link, feed, similarity
        case duplicateOf = "duplicate_of"
    }
}
