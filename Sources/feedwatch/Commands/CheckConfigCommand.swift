import ArgumentParser
import FeedAnalysis
import FeedCore
import FeedDaemon

struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate the config and every story's seeds without starting or touching the store.",
        discussion: "Exits 0 and prints a summary, or 2 with one line naming the file, line and key. Example: feedwatch check-config --config /etc/feedwatch/feedwatch.yaml")

    @OptionGroup var options: ConfigOption

    func run() async throws {
        let (configuration, engine) = try options.loadWithSeeds()
        print("\(configuration.file): OK: \(configuration.feeds.count) feeds, "
            + engine.stories.map { "story \($0.name) (\($0.seeds.count) seeds, threshold \($0.relatedThreshold), \(Self.place($0.setting)))" }
                .joined(separator: ", ")
            + "; state \(configuration.statePath)" + Self.outputs(configuration))
    }

    /// Where the story is set: items that name only other countries score less against it.
    static func place(_ setting: StorySetting) -> String {
        setting.places.isEmpty ? "set nowhere" : "set in " + setting.names.joined(separator: ", ")
    }

    /// The hooks and metrics outputs switched on, if any.
    static func outputs(_ configuration: Configuration) -> String {
        let hooks = [configuration.alerts.command.map { _ in "command" }, configuration.alerts.webhookURL.map { "webhook \($0)" }]
        let metrics = [
            configuration.metrics.textfile.map { "textfile \($0)" },
            configuration.metrics.listenPort.map { "http://\(configuration.metrics.listenHost ?? "127.0.0.1"):\($0)/metrics" },
        ]
        return (hooks.contains { $0 != nil } ? "; alert hooks: " + hooks.compactMap { $0 }.joined(separator: ", ") : "")
            + (metrics.contains { $0 != nil } ? "; metrics: " + metrics.compactMap { $0 }.joined(separator: ", ") : "")
    }
}
