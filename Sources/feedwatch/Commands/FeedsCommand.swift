import ArgumentParser
import FeedStore

/// `feedwatch feeds`: the health listing by default, and the OPML export.
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "The feeds: their health (the default), or OPML import and export.",
        subcommands: [FeedsListCommand.self, FeedsExportCommand.self, FeedsImportCommand.self],
        defaultSubcommand: FeedsListCommand.self)
}

struct FeedsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show each feed's health: status, last success, errors, next poll, items and related stories.",
        discussion: "With --story, RELATED counts that story's related stories only.\nExample: feedwatch feeds --format json")

    @OptionGroup var list: ListOptions

    func run() async throws {
        let rows = try await list.openStore().feeds(story: list.story, limit: list.limit)
        try list.emit(
            rows, headers: ["URL", "STATUS", "LAST SUCCESS", "ERRORS", "NEXT DUE", "ITEMS", "RELATED", "PAGES READ/NOT", "DISABLED"],
            flexibleColumn: 0
        ) {
            [
                $0.url, $0.status ?? "-", TableRenderer.date($0.lastSuccess), String($0.consecutiveErrors), TableRenderer.date($0.nextDue),
                String($0.items), String($0.related), "\($0.pagesFetched)/\($0.pagesFailed)", $0.disabled ?? "-",
            ]
        }
    }
}
