/// An error meant for the user: one line that names the file, feed or key and says what to do.
public struct FeedwatchError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The user asked for something that cannot be done as asked (exit 2).
        case usage
        /// Something went wrong while doing it (exit 1).
        case runtime
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind = .runtime, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
