import FeedCore

/// What one poll cycle did, for the log and for tests.
public struct PollReport: Sendable, Equatable {
    public var polled = 0
    public var fetched = 0
    public var notModified = 0
    public var failed = 0
    public var skipped = 0
    public var newItems = 0
    public var alerts: [FeedCore.Alert] = []

    public init() {}

    public var summary: String {
        "poll cycle done: \(polled) polled, \(fetched) fetched, \(notModified) not modified, \(failed) failed, "
            + "\(skipped) skipped, \(newItems) new items, \(alerts.count) related"
    }
}
