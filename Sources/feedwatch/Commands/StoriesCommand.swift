import ArgumentParser
import FeedStore

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the new related stories found, newest first.",
        discussion: "Example: feedwatch stories --story lavrov-myanmar --since 24h --min-score 0.2 --format json")

    @OptionGroup var list: ListOptions
    @Option(help: "Only stories scoring at least this (0..1).") var minScore: Double?
    @OptionGroup var when: WindowOptions

    func run() async throws {
        let rows = try await list.openStore().stories(story: list.story, window: try when.window(), minScore: minScore, limit: list.limit)
        try list.emit(rows, headers: ["ID", "STORY", "PUBLISHED", "SCORE", "TITLE", "LINK"], flexibleColumn: 4) {
            [String($0.id), $0.story, TableRenderer.date($0.published), TableRenderer.score($0.score), $0.title, $0.link ?? "-"]
        }
    }
}
