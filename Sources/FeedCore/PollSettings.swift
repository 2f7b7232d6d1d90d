/// How often feeds are polled and how errors are backed off.
public struct PollSettings: Sendable, Equatable {
    public var intervalSeconds: Double = 15 * 60
    /// Floor of every feed's interval, whatever is configured: a typo like `interval: 1s` must not
    /// hammer a server.
    public var minIntervalSeconds: Double = 60
    /// Ceiling of the exponential back-off after consecutive errors.
    public var maxBackoffSeconds: Double = 24 * 60 * 60
    /// Ceiling of the interval a feed's own hints (ttl, sy:updatePeriod, Cache-Control) can ask for.
    public var maxIntervalSeconds: Double = 24 * 60 * 60
    /// How long SIGTERM waits for the fetches in flight before cancelling them.
    public var drainSeconds: Double = 10

    public init() {}

    /// Delay before the next attempt after `consecutiveErrors` failures in a row (1 or more).
    public func backoff(afterErrors consecutiveErrors: Int) -> Double {
        let exponent = min(max(consecutiveErrors - 1, 0), 20)
        let base = min(intervalSeconds, 5 * 60)
        return min(base * Double(1 << exponent), maxBackoffSeconds)
    }
}
