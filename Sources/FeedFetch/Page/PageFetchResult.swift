import Foundation

/// What became of one request for an item's web page.
public enum PageFetchResult: Sendable {
    case page(FetchedPage)
    /// Not asked for, by our own rules: the reason, one sentence.
    case skipped(PageSkip)
    case failed(FetchFailure)

    /// The outcome label of the page metrics.
    public var metricName: String {
        switch self {
        case .page: "fetched"
        case .skipped(let skip): skip.kind.rawValue
        case .failed: "failed"
        }
    }
}

/// A page that was read.
public struct FetchedPage: Sendable {
    public var body: Data
    /// After redirects.
    public var url: String
    /// The charset named by `Content-Type`, if any.
    public var charset: String?
}

/// Why a page was not requested.
public struct PageSkip: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// `robots.txt` disallows it (or could not be read: RFC 9309 says wait).
        case robots
        /// The host asked us to wait (429/503 `Retry-After`).
        case held
        /// Its address is not public (`fetch.allow_private_pages`).
        case refused
        /// Not an http(s) URL.
        case unsupported
        /// Its host name has no address.
        case unresolved
        /// Already asked for in this poll cycle, for another item.
        case repeated
    }

    public let kind: Kind
    public let description: String
    /// For `refused`: the first refusal of this host, which is worth a log line; later ones are not.
    public var firstForHost = false
}
