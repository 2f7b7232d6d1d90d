import ArgumentParser
import FeedAnalysis
import FeedCore
import FeedDaemon
import Foundation

struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate the config and every story's seeds without starting or touching the store.",
        discussion: "Exits 0 and prints a summary, or 2 with one line naming the file, line and key.\nExample: feedwatch check-config --config /etc/feedwatch/feedwatch.yaml")

    @OptionGroup var options: ConfigOption

    func run() async throws {
        let (configuration, engine) = try options.loadWithSeeds()
        print("\(configuration.file): OK: \(configuration.feeds.count) feeds, "
            + engine.stories.map {
                "story \($0.name) (\(Self.seeds($0)), threshold \(Self.threshold($0.relatedThreshold)), \(Self.place($0.setting)))"
            }.joined(separator: ", ")
            + "; state \(configuration.statePath)" + Self.outputs(configuration))
    }

    /// How many seeds, and what they are when not articles: headline and teaser seeds are weighed
    /// and thresholded differently (`SeedKind`).
    static func seeds(_ story: StoryModel) -> String {
        switch story.seedKind {
        case .articles: "\(story.seeds.count) seeds"
        case .teasers: "\(story.seeds.count) teaser seeds"
        case .headlines: "\(story.seeds.count) headline seeds"
        }
    }

    /// Three significant digits: a default such as 0.09 × 6/9 reads 0.06, not 0.060000000000000005.
    static func threshold(_ value: Double) -> String { String(format: "%.3g", value) }

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
