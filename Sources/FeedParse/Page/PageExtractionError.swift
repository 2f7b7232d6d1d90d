/// A page that could not be read as HTML at all: empty, or binary bytes served as a page.
public struct PageExtractionError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
