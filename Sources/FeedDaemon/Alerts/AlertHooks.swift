import FeedCore
import Foundation
import Logging

/// Hands each alert to the configured hooks (`alerts.command`, `alerts.webhook`), one alert at a
/// time in the order they came, off the poll cycle's path: a slow hook delays other alerts, never
/// polling. Delivery is best effort; the store and the log line are the record. A hook that fails
/// is logged with the item and counted in the metrics, and the next alert is tried as usual.
public actor AlertHooks {
    private var settings: AlertHookSettings
    private let logger: Logger
    private let metrics: FeedMetrics
    private var waiting: [Alert] = []
    private var worker: Task<Void, Never>?
    private var webhook: (sender: WebhookSender, timeout: Double)?
    /// Beyond this many undelivered alerts (a hook hanging for hours), new ones skip the hooks.
    static let maxWaiting = 10_000

    public init(settings: AlertHookSettings, logger: Logger, metrics: FeedMetrics) {
        self.settings = settings
        self.logger = logger
        self.metrics = metrics
    }

    /// New settings (SIGHUP); alerts already waiting go to the new hooks.
    public func reconfigure(_ settings: AlertHookSettings) {
        self.settings = settings
    }

    public func deliver(_ alerts: [Alert]) {
        guard settings.isEnabled, !alerts.isEmpty else { return }
        let room = Self.maxWaiting - waiting.count
        if alerts.count > room {
            logger.warning("alert hooks: \(alerts.count - room) alerts not handed to the hooks, \(waiting.count) already waiting; is a hook hanging?")
        }
        waiting += alerts.prefix(max(room, 0))
        if worker == nil { worker = Task { await drainQueue() } }
    }

    /// Waits up to `seconds` for the alerts still waiting, then gives up on them (saying how many)
    /// and closes the webhook client. For shutdown.
    public func finish(within seconds: Double) async {
        if let worker {
            let done = await withTaskGroup(of: Bool.self) { group in
                group.addTask { await worker.value; return true }
                group.addTask { try? await Task.sleep(for: .milliseconds(Int64(seconds * 1000))); return false }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
            if !done {
                logger.warning("shutting down: \(waiting.count + 1) alerts not delivered to the hooks (they are in the store and the log)")
                worker.cancel()
                await worker.value
            }
        }
        await webhook?.sender.shutdown()
        webhook = nil
    }

    private func drainQueue() async {
        while !waiting.isEmpty, !Task.isCancelled {
            let alert = waiting.removeFirst()
            await send(alert, settings: settings)
        }
        worker = nil
    }

    private func send(_ alert: Alert, settings: AlertHookSettings) async {
        let json = AlertPayload.json(alert)
        if let command = settings.command {
            do {
                try await AlertCommand.run(
                    command, input: json, environment: AlertPayload.environment(alert), timeoutSeconds: settings.commandTimeoutSeconds)
            } catch {
                failed("command", alert, error)
            }
        }
        if settings.webhookURL != nil {
            do {
                try await sender(timeout: settings.webhookTimeoutSeconds).post(json, settings: settings)
            } catch {
                failed("webhook", alert, error)
            }
        }
    }

    private func failed(_ hook: String, _ alert: Alert, _ error: Error) {
        guard !(error is CancellationError) else { return }
        metrics.recordHookFailure(hook: hook)
        logger.warning("alert hook \(hook) failed for item \(alert.itemID) (story \(alert.story)): \(error)")
    }

    /// One HTTP client for the webhook, made on first use and again when the timeout changes.
    private func sender(timeout: Double) async -> WebhookSender {
        if let webhook, webhook.timeout == timeout { return webhook.sender }
        await webhook?.sender.shutdown()
        let sender = WebhookSender(timeoutSeconds: timeout)
        webhook = (sender, timeout)
        return sender
    }
}
