/// Where alerts go besides the log (`alerts:` in the config). Both hooks are off unless configured.
public struct AlertHookSettings: Sendable, Equatable {
    /// Run through `/bin/sh -c` once per alert, the alert as JSON on stdin.
    public var command: String?
    /// A command still running after this long is terminated (and counted as failed).
    public var commandTimeoutSeconds: Double = 30
    /// Each alert is POSTed here as JSON.
    public var webhookURL: String?
    public var webhookTimeoutSeconds: Double = 10
    /// Attempts after the first, on connection errors, 5xx and 429.
    public var webhookRetries: Int = 3
    /// Extra request headers (tokens, ntfy's `Title`, …).
    public var webhookHeaders: [String: String] = [:]
    /// The first retry waits this long, each further one twice as long. Not a config key: the tests
    /// shorten it.
    public var webhookRetryDelaySeconds: Double = 2

    public init() {}

    public var isEnabled: Bool { command != nil || webhookURL != nil }
}
