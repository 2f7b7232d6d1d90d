/// An evaluation that cannot run: its input is missing or unreadable.
public struct EvaluationError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
