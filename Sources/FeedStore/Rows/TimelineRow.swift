import FeedCore

/// One period of a story's spread, as `feedwatch timeline` lists it: new related stories and
/// copies, in all and per outlet (feed).
public struct TimelineRow: Sendable, Encodable, Equatable {
    public struct Outlet: Sendable, Encodable, Equatable {
        public var feed: String
        public var related: Int
        public var copies: Int
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH` by hour (UTC).
    public var period: String
    public var related: Int
    public var copies: Int
    public var outlets: [Outlet]
    /// The period's earliest publication, related story or copy.
    @NullEncoded public var first: FirstPublication?
}
