import ArgumentParser
import FeedStore

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the new related stories found, newest first.",
        discussion: "Example: feedwatch stories --story lavrov-myanmar --format json")

    @OptionGroup var options: ConfigOption
    @Option(help: "Only this story.") var story: String?
    @Option(help: "At most this many rows.") var limit: Int = 100
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() async throws {
        let rows = try await options.openStoreForReading().stories(story: story, limit: limit)
        switch format {
        case .json: try JSONOutput.print(rows)
        case .table:
            print(TableRenderer(
                headers: ["ID", "STORY", "PUBLISHED", "SCORE", "TITLE", "LINK"],
                rows: rows.map { [String($0.id), $0.story, TableRenderer.date($0.published), TableRenderer.score($0.score), $0.title, $0.link ?? "-"] },
                flexibleColumn: 4
            ).render())
        }
    }
}
