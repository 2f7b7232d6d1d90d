/// What came of one request for an item's web page: the label of the page metrics and of the
/// `pages` table's `outcome` column.
public enum PageOutcome: String, Sendable, Equatable {
    /// Answered with a web page.
    case fetched
    /// Answered with an error, a body that is not a page, or no answer.
    case failed
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
