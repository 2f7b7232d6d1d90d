/// A document that could not be read as a feed at all.
public struct FeedParseError: Error, Sendable, CustomStringConvertible {
    enum Kind: Sendable { case unreadable, noFeedRoot }

    public var message: String
    /// `noFeedRoot`: the document's root element is not a feed's, or it has none; a feed may still be
    /// inside (wrapped in a page, or after text).
    let kind: Kind

    public init(_ message: String) { self.init(message, kind: .unreadable) }

    init(_ message: String, kind: Kind) {
        self.message = message
        self.kind = kind
    }

    public var description: String { message }
}
