import Foundation
import Logging
import ServiceLifecycle

/// The daemon: poll what is due, sleep until the next feed is due, repeat until asked to stop.
///
/// On SIGTERM/SIGINT the cycle in progress stops starting new feeds, finishes (and stores) the ones
/// in flight, and `run()` returns.
public struct DaemonService: Service {
    private let poller: Poller
    private let logger: Logger
    /// Longest sleep between checks; bounds how late a feed added by the store is noticed.
    private let maxSleep: Duration = .seconds(60)
    private let minSleep: Duration = .seconds(1)

    public init(poller: Poller, logger: Logger) {
        self.poller = poller
        self.logger = logger
    }

    public func run() async throws {
        logger.info("feedwatch daemon started")
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                // Not cancelled on shutdown: the cycle itself stops starting feeds and lets the
                // in-flight ones (bounded by the fetch timeout) finish and be stored.
                _ = try await poller.pollOnce(force: false)
            } catch {
                // A store or config problem must not kill the daemon: say so and try again next time.
                logger.error("poll cycle failed: \(error); retrying in \(maxSleep)")
            }
            let wait = await sleepDuration()
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
            } catch {
                break
            }
        }
        logger.info("feedwatch daemon stopped")
    }

    private func sleepDuration() async -> Duration {
        guard let due = try? await poller.nextDue() else { return maxSleep }
        let seconds = due.timeIntervalSinceNow
        return min(maxSleep, max(minSleep, .milliseconds(Int64(seconds * 1000))))
    }
}
