import ArgumentParser
import FeedCore
import FeedStore

extension Verdict: ExpressibleByArgument {}

struct ItemsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: "List every item seen, with its verdict and score for each story.",
        discussion: "Use it to audit misses.\nExample: feedwatch items --verdict unrelated --limit 20")

    @OptionGroup var list: ListOptions
    @OptionGroup var when: WindowOptions
    @Option(help: "Only this verdict: related, duplicate or unrelated.") var verdict: Verdict?

    func run() async throws {
        let rows = try await list.openStore().items(story: list.story, verdict: verdict, window: try when.window(), limit: list.limit)
        try list.emit(rows, headers: ["ID", "STORY", "VERDICT", "SCORE", "PUBLISHED", "TITLE", "FEED"], flexibleColumn: 5) {
            [String($0.id), $0.story, $0.verdict.rawValue, TableRenderer.score($0.score), TableRenderer.date($0.published), $0.title, $0.feed]
        }
    }
}
