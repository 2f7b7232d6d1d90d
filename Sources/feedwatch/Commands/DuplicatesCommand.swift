import ArgumentParser
import FeedStore

struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List near-duplicates (copies, reprints, updated versions) and what each copies.",
        discussion: "Example: feedwatch duplicates --format json")

    @OptionGroup var options: ConfigOption
    @Option(help: "Only this story.") var story: String?
    @Option(help: "At most this many rows.") var limit: Int = 100
    @Option(help: "table or json.") var format: OutputFormat = .table

    func run() async throws {
        let rows = try await options.openStoreForReading().duplicates(story: story, limit: limit)
        switch format {
        case .json: try JSONOutput.print(rows)
        case .table:
            print(TableRenderer(
                headers: ["ID", "STORY", "SIMILARITY", "COPIES", "TITLE"],
                rows: rows.map { [String($0.id), $0.story, TableRenderer.score($0.similarity), "\($0.duplicateOf.kind.rawValue) \($0.duplicateOf.ref)", $0.title] },
                flexibleColumn: 4
            ).render())
        }
    }
}
