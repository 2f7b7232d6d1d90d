import FeedCore
import Foundation

/// What became of one request for an item's web page.
public enum PageFetchResult: Sendable {
    case page(FetchedPage)
    /// Not asked for, by our own rules: the reason, one sentence.
    case skipped(PageSkip)
    case failed(FetchFailure)

    public var outcome: PageOutcome {
        switch self {
        case .page: .fetched
        case .skipped(let skip): skip.kind.outcome
        case .failed: .failed
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
    /// The reasons of our own not to ask, each the `PageOutcome` of the same name.
    public enum Kind: Sendable {
        case robots, held, refused, unsupported, unresolved, repeated

        public var outcome: PageOutcome {
            switch self {
            case .robots: .robots
            case .held: .held
            case .refused: .refused
            case .unsupported: .unsupported
            case .unresolved: .unresolved
            case .repeated: .repeated
            }
        }
    }

    public let kind: Kind
    public let description: String
    /// For `refused`: the first refusal of this host, which is worth a log line; later ones are not.
    public var firstForHost = false
}
