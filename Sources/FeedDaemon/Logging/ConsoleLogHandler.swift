import Foundation
import Logging

/// Writes one line per event to stderr: with the sd-daemon priority prefix (`<5>`) and no timestamp
/// when stderr is the journal, with a timestamp and level name on a terminal or in a file.
public struct ConsoleLogHandler: LogHandler {
    public enum Style: Sendable {
        case journal
        case plain
    }

    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let style: Style

    public init(label: String, level: Logger.Level, style: Style = Self.detectStyle()) {
        self.label = label
        self.logLevel = level
        self.style = style
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { _, new in new } }
        let message = event.message.description
        // Foundation's replacing is slow even when there is nothing to replace, and most lines have no break.
        var line = message.utf8.contains(UInt8(ascii: "\n")) ? message.replacingOccurrences(of: "\n", with: "\\n") : message
        if !fields.isEmpty {
            line += " " + Logfmt.pairs(fields.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") })
        }
        switch style {
        case .journal:
            line = "<\(Self.priority(event.level))>" + line
        case .plain:
            line = "\(Self.timestamp()) \(event.level.rawValue.uppercased()) " + line
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// syslog priorities as sd-daemon(3) prefixes expect them.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// The journal when `$JOURNAL_STREAM` names the very stream stderr is (systemd.exec(5)).
    public static func detectStyle(environment: [String: String] = ProcessInfo.processInfo.environment) -> Style {
        if environment["FEEDWATCH_LOG_STYLE"] == "journal" { return .journal }
        guard let stream = environment["JOURNAL_STREAM"] else { return .plain }
        let parts = stream.split(separator: ":").compactMap { UInt64($0) }
        var status = stat()
        guard parts.count == 2, fstat(2, &status) == 0 else { return .plain }
        return UInt64(status.st_dev) == parts[0] && UInt64(status.st_ino) == parts[1] ? .journal : .plain
    }

    private static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }
}
