import FeedCore
import Foundation

/// What one fetch of a feed produced.
public enum FetchResult: Sendable {
    /// The server (or file) says nothing changed since the validators we sent.
    case notModified(status: Int)
    case document(FetchedDocument)
    case failed(FetchFailure)
}

/// A feed body and what came with it.
public struct FetchedDocument: Sendable {
    public var body: Data
    public var status: Int
    public var validators: Validators
    /// The charset named by `Content-Type`, if any.
    public var charset: String?
    /// Set when every redirect on the way was permanent (301/308): the feed's new address.
    public var permanentURL: String?
    /// How long the server says the response stays fresh (`Cache-Control: max-age`, else
    /// `Expires` − `Date`), in seconds.
    public var freshSeconds: Double? = nil
}

/// A fetch that did not produce a document, with what the server asked of us.
public struct FetchFailure: Error, Sendable, CustomStringConvertible {
    /// HTTP status, when a response came.
    public var status: Int?
    public var message: String
    /// When the server asked us to come back (429/503 `Retry-After`).
    public var retryAfter: RetryAfter?

    public init(status: Int? = nil, message: String, retryAfter: RetryAfter? = nil) {
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
    }

    public var description: String { message }

    /// 410 Gone: the feed is not coming back.
    public var isGone: Bool { status == 410 }
}
