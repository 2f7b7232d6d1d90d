import ArgumentParser
import FeedCore
import FeedStore

extension Verdict: ExpressibleByArgument {}

struct ItemsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: "List every item seen, with its verdict and score for each story.",
        discussion: "Use it to audit misses. Example: feedwatch items --verdict unrelated --limit 20")

    @OptionGroup var options: ConfigOption
    @Option(help: "Only this story.") var story: String?
    @Option(help: "Only this verdict: related, duplicate or unrelated.") var verdict: Verdict?
    @Option(help: "At most this many rows.") var limit: Int = 100
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() async throws {
        let rows = try await options.openStoreForReading().items(story: story, verdict: verdict, limit: limit)
        switch format {
        case .json: try JSONOutput.print(rows)
        case .table:
            print(TableRenderer(
                headers: ["ID", "STORY", "VERDICT", "SCORE", "PUBLISHED", "TITLE", "FEED"],
                rows: rows.map {
                    [String($0.id), $0.story, $0.verdict.rawValue, TableRenderer.score($0.score), TableRenderer.date($0.published), $0.title, $0.feed]
                },
                flexibleColumn: 5
            ).render())
        }
    }
}
