import FeedCore
import FeedDaemon
import Logging

enum LoggingSetup {
    /// Installs the console/journal handler once and returns the daemon's logger.
    static func bootstrap(level: String) throws -> Logger {
        guard let level = Logger.Level(rawValue: level.lowercased()) else {
            throw FeedwatchError(.usage, "--log-level '\(level)': use trace, debug, info, notice, warning or error")
        }
        LoggingSystem.bootstrap { label in ConsoleLogHandler(label: label, level: level) }
        return Logger(label: "feedwatch")
    }
}
