import ArgumentParser
import FeedCore
import FeedStore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over the stored items' titles and text, best match first.",
        discussion: """
            QUERY uses SQLite FTS5 syntax: words (all must appear), "exact phrases", OR, NOT, prefix*, and title:word to \
            search titles only. Accents and case are ignored.
            Example: feedwatch search '"foreign minister" AND (naypyidaw OR myanmar)' --verdict unrelated
            """)

    @Argument(help: "The query, FTS5 syntax.") var query: String
    @OptionGroup var list: ListOptions
    @OptionGroup var when: WindowOptions
    @Option(help: "Only this verdict: related, duplicate or unrelated.") var verdict: Verdict?

    func run() async throws {
        let rows = try await list.openStore().search(query, story: list.story, verdict: verdict, window: try when.window(), limit: list.limit)
        try list.emit(rows, headers: ["ID", "STORY", "VERDICT", "SCORE", "TITLE", "SNIPPET"], flexibleColumn: 5) {
            [String($0.item.id), $0.item.story, $0.item.verdict.rawValue, TableRenderer.score($0.item.score), $0.item.title, $0.snippet]
        }
    }
}
