import FeedCore
import Foundation

/// The outcome of one poll of one feed, as the store records it.
public struct FeedPollRecord: Sendable {
    public var attemptedAt: Date
    /// HTTP status code as text ("200", "304"), or "error" when no response came.
    public var status: String
    public var error: String?
    public var succeeded: Bool
    public var validators: Validators?
    /// A new URL to poll from now on (after a permanent redirect).
    public var newURL: String?
    public var title: String?
    public var nextDue: Date
    public var holdReason: String?
    public var disabled: String?
    public var consecutiveErrors: Int
    /// The feed's publishing hints from this poll's document; nil keeps the stored ones.
    public var hints: FeedHints?

    public init(attemptedAt: Date, status: String, error: String? = nil, succeeded: Bool, validators: Validators? = nil,
                newURL: String? = nil, title: String? = nil, nextDue: Date, holdReason: String? = nil,
                disabled: String? = nil, consecutiveErrors: Int, hints: FeedHints? = nil) {
        self.attemptedAt = attemptedAt
        self.status = status
        self.error = error
        self.succeeded = succeeded
        self.validators = validators
        self.newURL = newURL
        self.title = title
        self.nextDue = nextDue
        self.holdReason = holdReason
        self.disabled = disabled
        self.consecutiveErrors = consecutiveErrors
        self.hints = hints
    }
}
