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
    private let notifier: SystemdNotifier
    private let wakeup = Wakeup()
    /// Longest sleep between checks; bounds how late a feed added by the store is noticed.
    private let maxSleep: Duration = .seconds(60)
    /// Shortest sleep: feeds falling due within a few seconds of each other (interval jitter) are
    /// polled in one cycle, up to this late, rather than in a wake-up each.
    private let minSleep: Duration = .seconds(5)
    /// After a cycle that failed (a full disk, a read-only store), the next waits 5 s, then twice as
    /// long each time up to 5 min: due feeds are not fetched again and again while it lasts.
    private static func retryDelay(afterFailures failures: Int) -> Duration {
        .seconds(min(300, 5 << min(failures - 1, 6)))
    }

    /// - Parameters:
    ///   - loadConfiguration: reads the configuration again, for SIGHUP.
    ///   - notifier: systemd's notification socket (`Type=notify`): READY once the store is open and
    ///     the schedule loaded, STATUS after each cycle, WATCHDOG while cycles succeed, STOPPING.
    public init(
        poller: Poller, logger: Logger, loadConfiguration: @escaping @Sendable () throws -> Configuration,
        notifier: SystemdNotifier = SystemdNotifier()
    ) {
        self.poller = poller
        self.logger = logger
        self.loadConfiguration = loadConfiguration
        self.notifier = notifier
    }

    public func run() async throws {
        logger.info("feedwatch daemon started")
        // The poller exists: the store is open, migrated and the feeds' schedule is in it.
        notifier.ready(status: "polling \(await poller.feedCount) feeds")
        let notifier = self.notifier, wakeup = self.wakeup
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await reloadOnHangup() }
                await pollUntilShutdown()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            notifier.stopping()
            Task { await wakeup.ring() }
        }
        logger.info("feedwatch daemon stopped")
    }

    private func pollUntilShutdown() async {
        var failures = 0
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            var wait: Duration
            do {
                // Not cancelled on shutdown: the cycle itself stops starting feeds and bounds how
                // long the ones in flight may take (`poll.drain`).
                let report = try await poller.pollOnce(force: false)
                // The watchdog is fed only by cycles that reached the store and came back.
                notifier.watchdog()
                if report.polled > 0 {
                    notifier.status("\(await poller.feedCount) feeds; last cycle \(Date().formatted(.iso8601)): \(report.polled) polled, "
                        + "\(report.newItems) new items, \(report.alerts.count) related")
                }
                if failures > 0 { logger.notice("poll cycle succeeded again after \(failures) failed") }
                failures = 0
                wait = await sleepDuration()
            } catch {
                // A store problem must not kill the daemon: the cycle's transactions rolled back, its
                // feeds stay due; say so and try again later.
                failures += 1
                wait = Self.retryDelay(afterFailures: failures)
                logger.error("poll cycle failed: \(error); retrying in \(wait)")
                notifier.status("poll cycle failed (\(failures) in a row): \(error)")
            }
            if let interval = notifier.watchdogInterval { wait = min(wait, interval) }
            let wakeup = self.wakeup
            await withTaskCancellationHandler {
                await wakeup.sleep(for: wait)
            } onCancel: {
                Task { await wakeup.ring() }
            }
        }
    }

    private func reloadOnHangup() async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            do {
                notifier.reloading()
                let summary = try await poller.reload(try loadConfiguration())
                logger.notice("\(summary)")
                notifier.ready(status: "polling \(await poller.feedCount) feeds (configuration reloaded)")
                await wakeup.ring()
            } catch {
                logger.error("SIGHUP: the configuration was not reloaded, the running one stays: \(error)")
                notifier.ready(status: "configuration reload failed, running on the previous one: \(error)")
            }
        }
    }

    private func sleepDuration() async -> Duration {
        guard let due = try? await poller.nextDue() else { return maxSleep }
        let seconds = due.timeIntervalSinceNow
        return min(maxSleep, max(minSleep, .milliseconds(Int64(seconds * 1000))))
    }
}
