import FeedCore
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// The daemon: poll what is due, sleep until the next feed is due, repeat until asked to stop.
///
/// On SIGTERM/SIGINT the cycle in progress stops starting new feeds, stores the ones that finish
/// within `poll.drain`, cancels the rest, and `run()` returns. SIGHUP re-reads the configuration
/// and polls what it added at once; a configuration that does not load leaves the running one in place.
public struct DaemonService: Service {
    private let poller: Poller
    private let logger: Logger
    private let loadConfiguration: @Sendable () throws -> Configuration
    private let wakeup = Wakeup()
    /// Longest sleep between checks; bounds how late a feed added by the store is noticed.
    private let maxSleep: Duration = .seconds(60)
    private let minSleep: Duration = .seconds(1)

    /// - Parameter loadConfiguration: reads the configuration again, for SIGHUP.
    public init(poller: Poller, logger: Logger, loadConfiguration: @escaping @Sendable () throws -> Configuration) {
        self.poller = poller
        self.logger = logger
        self.loadConfiguration = loadConfiguration
    }

    public func run() async throws {
        logger.info("feedwatch daemon started")
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await reloadOnHangup() }
            await pollUntilShutdown()
            group.cancelAll()
        }
        logger.info("feedwatch daemon stopped")
    }

    private func pollUntilShutdown() async {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                // Not cancelled on shutdown: the cycle itself stops starting feeds and bounds how
                // long the ones in flight may take (`poll.drain`).
                _ = try await poller.pollOnce(force: false)
            } catch {
                // A store or config problem must not kill the daemon: say so and try again next time.
                logger.error("poll cycle failed: \(error); retrying in \(maxSleep)")
            }
            let wait = await sleepDuration()
            let wakeup = self.wakeup
            await withGracefulShutdownHandler {
                await withTaskCancellationHandler {
                    await wakeup.sleep(for: wait)
                } onCancel: {
                    Task { await wakeup.ring() }
                }
            } onGracefulShutdown: {
                Task { await wakeup.ring() }
            }
        }
    }

    private func reloadOnHangup() async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            do {
                let summary = try await poller.reload(try loadConfiguration())
                logger.notice("\(summary)")
                await wakeup.ring()
            } catch {
                logger.error("SIGHUP: the configuration was not reloaded, the running one stays: \(error)")
            }
        }
    }

    private func sleepDuration() async -> Duration {
        guard let due = try? await poller.nextDue() else { return maxSleep }
        let seconds = due.timeIntervalSinceNow
        return min(maxSleep, max(minSleep, .milliseconds(Int64(seconds * 1000))))
    }
}
