/// Where the Prometheus metrics go (`metrics:` in the config); nowhere unless configured.
public struct MetricsSettings: Sendable, Equatable {
    /// Rewritten (atomically) after every poll cycle, for node_exporter's textfile collector.
    public var textfile: String?
    /// `HOST:PORT` (or a bare port, on 127.0.0.1) serving `GET /metrics`.
    public var listenHost: String?
    public var listenPort: Int?

    public init() {}
}
