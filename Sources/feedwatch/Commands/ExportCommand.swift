import ArgumentParser
import FeedCore
import FeedStore

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a story's related items as an Atom feed, a JSON Feed or CSV.",
        discussion: """
            Atom and JSON Feed can be served to any feed reader (e.g. written to a web folder after each poll); CSV opens \
            in a spreadsheet.
            Example: feedwatch export --story lavrov-myanmar --format atom > lavrov.atom
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case atom, jsonfeed, csv
    }

    @OptionGroup var options: ConfigOption
    @Option(help: "The story to export.") var story: String
    @Option(help: "atom, jsonfeed or csv.") var format: Format = .atom
    @Option(help: "At most this many items, newest first.") var limit: Int = 100
    @OptionGroup var when: WindowOptions

    func run() async throws {
        let configuration = try options.load()
        try configuration.requireStory(story)
        let store = try options.openStoreForReading()
        let rows = try await store.stories(story: story, window: try when.window(), limit: limit)
        if format == .csv { return CSVOutput.print(rows) }
        var entries: [StoryFeedWriter.Entry] = []
        for row in rows {
            if let item = try await store.item(idOrLink: String(row.id)) { entries.append(.init(row: row, item: item)) }
        }
        let writer = StoryFeedWriter(story: story, entries: entries)
        print(format == .atom ? writer.atom() : try writer.jsonFeed(), terminator: "")
    }
}
