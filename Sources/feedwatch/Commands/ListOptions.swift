import ArgumentParser
import FeedCore
import FeedStore

/// The options every listing command takes, and how it prints its rows.
struct ListOptions: ParsableArguments {
    @OptionGroup var config: ConfigOption
    @Option(help: "Only this story.") var story: String?
    @Option(help: "At most this many rows.") var limit: Int = 100
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    /// The store, read-only; an unknown `--story` (in neither the config nor the store) is a usage error.
    func openStore() async throws -> Store {
        let store = try config.openStoreForReading()
        if let story, try await !store.knowsStory(story) {
            let configured = (try? config.load().stories.map(\.name)) ?? []
            if !configured.contains(story) {
                throw FeedwatchError(.usage, "no story '\(story)' in the config or the store; stories: \(configured.joined(separator: ", "))")
            }
        }
        return store
    }

    /// JSON as one array, CSV with the JSON keys as header, or an aligned table whose
    /// `flexibleColumn` gives way on narrow terminals.
    func emit<Row: Encodable & CSVRow>(_ rows: [Row], headers: [String], flexibleColumn: Int, cells: (Row) -> [String]) throws {
        switch format {
        case .json: try JSONOutput.print(rows)
        case .csv: CSVOutput.print(rows)
        case .table: print(TableRenderer(headers: headers, rows: rows.map(cells), flexibleColumn: flexibleColumn).render())
        }
    }
}
