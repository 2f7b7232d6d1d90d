import ArgumentParser
import FeedStore

struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "How a story spread: new related stories and copies per day (or hour), by outlet.",
        discussion: """
            Periods follow the outlets' publication times (first seen when a feed gives none), in UTC; FIRST is each \
            period's earliest publication. --format svg writes a small bar chart to paste into a report.
            Example: feedwatch timeline --story lavrov-myanmar --format svg > spread.svg
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, svg
    }

    @OptionGroup var options: ConfigOption
    @Option(help: "Only this story.") var story: String?
    @Flag(help: "One row per hour instead of per day.") var hourly = false
    @Option(help: "table, json, csv or svg.") var format: Format = .table
    @OptionGroup var when: WindowOptions

    func run() async throws {
        let rows = try await options.openStoreForReading().timeline(story: story, window: try when.window(), hourly: hourly)
        switch format {
        case .json: try JSONOutput.print(rows)
        case .csv: CSVOutput.print(rows)
        case .svg: print(TimelineChart.svg(title: "feedwatch: \(story ?? "all stories"), by \(hourly ? "hour" : "day")", rows: rows), terminator: "")
        case .table:
            print(TableRenderer(
                headers: ["PERIOD", "RELATED", "COPIES", "FIRST", "OUTLETS"],
                rows: rows.map { row in
                    [
                        row.period, String(row.related), String(row.copies),
                        row.first.map { "#\($0.id) \(TableRenderer.date($0.published ?? $0.firstSeen))" } ?? "-",
                        row.outlets.map { "\($0.feed) (\($0.related)+\($0.copies))" }.joined(separator: ", "),
                    ]
                },
                flexibleColumn: 4
            ).render())
        }
    }
}
