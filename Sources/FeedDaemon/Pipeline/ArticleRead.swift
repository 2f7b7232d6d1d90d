import FeedStore
import Logging

/// What became of one new item's page: said in the log and by `explain`, and recorded in `pages`.
public struct ArticleRead: Sendable {
    /// One plain sentence: read or not, and why.
    public let note: String
    /// The request made, for `pages`; nil when none was.
    public let attempt: PageAttempt?
    /// Debug for the decision alone; higher when a page was asked for and not read.
    let level: Logger.Level
}
