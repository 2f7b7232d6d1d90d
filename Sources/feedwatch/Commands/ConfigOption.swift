import ArgumentParser
import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore

/// `--config FILE`, shared by every command.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The YAML config file (default: $FEEDWATCH_CONFIG, else config/feedwatch.yaml).", valueName: "file"))
    var config: String?

    func load() throws -> Configuration {
        try ConfigLoader.load(path: ConfigLoader.resolvePath(config))
    }

    /// The configuration and, read the way the daemon reads them, its stories' seeds: an empty seed
    /// folder or a binary seed file is refused before anything is started or created.
    func loadWithSeeds() throws -> (Configuration, AnalysisEngine) {
        let configuration = try load()
        return (configuration, try AnalysisEngine(configuration: configuration, background: BackgroundStatistics()))
    }

    /// The configured store, opened read-only: queries never change it.
    func openStoreForReading() throws -> Store {
        try Store(path: try load().statePath, readOnly: true)
    }
}
