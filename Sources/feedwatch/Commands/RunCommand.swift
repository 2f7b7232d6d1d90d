import ArgumentParser
import Foundation
import FeedDaemon
import FeedFetch
import FeedStore
import Logging
import ServiceLifecycle

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Poll the feeds and report new related stories (the daemon).",
        discussion: """
            Without --once, runs until SIGTERM or SIGINT, polling each feed when it is due. With --once, polls every feed \
            now (except those a server told us to leave alone) and exits 0 even if some feeds failed; each failure is \
            logged.
            Example: feedwatch run --once --config config/demo.yaml
            """)

    @OptionGroup var options: ConfigOption
    @Flag(help: "Do one poll cycle and exit.") var once = false
    @Option(help: "Log level: debug, info, notice, warning or error.") var logLevel: String = "info"

    func run() async throws {
        let logger = try LoggingSetup.bootstrap(level: logLevel)
        // Over a file size limit (ulimit -f) a write fails like a full disk, which the daemon
        // survives and retries, instead of the signal ending the process.
        signal(SIGXFSZ, SIG_IGN)
        let (configuration, _) = try options.loadWithSeeds()
        let store = try Store(path: configuration.statePath)
        let fetcher = FeedFetcher(settings: configuration.fetch)
        var endpoint: MetricsEndpoint?
        do {
            let poller = try await Poller(configuration: configuration, store: store, fetcher: fetcher, logger: logger)
            if once {
                _ = try await poller.pollOnce(force: true)
            } else {
                if let host = configuration.metrics.listenHost, let port = configuration.metrics.listenPort {
                    endpoint = try await MetricsEndpoint.start(host: host, port: port, metrics: poller.metrics)
                    logger.info("metrics served on http://\(host):\(endpoint?.port ?? port)/metrics")
                }
                let group = ServiceGroup(
                    services: [DaemonService(poller: poller, logger: logger, loadConfiguration: { try options.load() })],
                    gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
                try await group.run()
            }
            await poller.finishAlerts()
        } catch {
            await endpoint?.stop()
            await fetcher.shutdown()
            throw error
        }
        await endpoint?.stop()
        await fetcher.shutdown()
    }
}
