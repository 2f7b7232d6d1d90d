import ArgumentParser
import FeedCore
import FeedStore

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one stored story: its verdicts, the terms it matched, and every copy with its outlet and time.",
        discussion: "ITEM is an id from 'feedwatch stories' or a link.\nExample: feedwatch show 42 --format json")

    @Argument(help: "An item id or link.") var item: String
    @OptionGroup var options: ConfigOption
    @Option(help: "table, json, or csv (the copies: where the story spread).") var format: OutputFormat = .table

    func run() async throws {
        let store = try options.openStoreForReading()
        guard let stored = try await store.item(idOrLink: item) else {
            throw FeedwatchError(.usage, "no stored item has the id or link '\(item)'; list them with 'feedwatch stories' or 'feedwatch items'")
        }
        let report = ShowReport(
            item: stored, verdicts: try await store.verdicts(itemID: stored.id), copies: try await store.copies(of: stored.id),
            firstPublished: try await store.firstPublication(of: stored.id))
        switch format {
        case .json: try JSONOutput.print(report)
        case .csv: CSVOutput.print(report.copies)
        case .table: print(report.render(), terminator: "")
        }
    }
}
