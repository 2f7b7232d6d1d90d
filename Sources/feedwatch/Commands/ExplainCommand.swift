import ArgumentParser
import FeedCore
import FeedDaemon
import FeedStore

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why an item was flagged or missed: score, threshold, terms, duplicate comparisons.",
        discussion: "ITEM is an item id (from stories/items/duplicates) or a link. Example: feedwatch explain 42")

    @OptionGroup var config: ConfigOption
    @Argument(help: "An item id or link.") var item: String
    @Option(help: "table or json.") var format: ReportFormat = .table

    func run() async throws {
        let configuration = try config.load()
        let store = try Store(path: configuration.statePath, readOnly: true)
        let explainer = try await Explainer(configuration: configuration, store: store)
        guard let explanation = try await explainer.explain(item, store: store) else {
            throw FeedwatchError(.usage, "no stored item has the id or link '\(item)'; list them with 'feedwatch items'")
        }
        switch format {
        case .json: try JSONOutput.print(explanation)
        case .table: print(ExplanationReport.render(explanation))
        }
    }
}
