import ArgumentParser
import FeedStore
import Foundation

struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count items by verdict, story, feed and day (when first seen), and show the database size.",
        discussion: "Example: feedwatch stats --since 7d --story lavrov-myanmar --format json")

    @OptionGroup var options: ConfigOption
    @Option(help: "Only this story's verdicts.") var story: String?
    @OptionGroup var when: WindowOptions
    @Option(help: "table, json or csv (one row per scope: total, story, day, feed).") var format: OutputFormat = .table

    func run() async throws {
        let stats = try await options.openStoreForReading().stats(story: story, window: try when.window())
        switch format {
        case .json: try JSONOutput.print(stats)
        case .csv: CSVOutput.print(StatsLine.lines(of: stats))
        case .table: print(Self.render(stats))
        }
    }

    static func render(_ stats: StoreStats) -> String {
        func counts(_ verdicts: StoreStats.VerdictCounts) -> [String] {
            [String(verdicts.related), String(verdicts.duplicate), String(verdicts.unrelated)]
        }
        let size = ByteCountFormatter.string(fromByteCount: Int64(stats.databaseBytes), countStyle: .file)
        var text = "\(stats.items) items from \(stats.feeds) feeds; database \(size)\n"
        text += "related \(stats.verdicts.related), duplicate \(stats.verdicts.duplicate), unrelated \(stats.verdicts.unrelated)\n\n"
        text += TableRenderer(headers: ["STORY", "RELATED", "DUPLICATE", "UNRELATED"], rows: stats.byStory.map { [$0.story] + counts($0.verdicts) }, flexibleColumn: 0).render()
        text += "\n\n" + TableRenderer(headers: ["DAY", "ITEMS", "RELATED", "DUPLICATE", "UNRELATED"], rows: stats.byDay.map { [$0.day, String($0.items)] + counts($0.verdicts) }, flexibleColumn: 0).render()
        text += "\n\n" + TableRenderer(headers: ["FEED", "ITEMS", "RELATED", "DUPLICATE", "UNRELATED"], rows: stats.byFeed.map { [$0.feed, String($0.items)] + counts($0.verdicts) }, flexibleColumn: 0).render()
        return text
    }
}

/// `feedwatch stats --format csv`: every count as one row, `scope` saying which breakdown it is.
struct StatsLine: CSVRow {
    let scope: String
    let name: String
    let items: Int?
    let verdicts: StoreStats.VerdictCounts

    static let csvHeader = ["scope", "name", "items", "related", "duplicate", "unrelated"]
    var csvFields: [String] {
        [scope, name, items.map(String.init) ?? "", String(verdicts.related), String(verdicts.duplicate), String(verdicts.unrelated)]
    }

    static func lines(of stats: StoreStats) -> [StatsLine] {
        [StatsLine(scope: "total", name: "", items: stats.items, verdicts: stats.verdicts)]
            + stats.byStory.map { StatsLine(scope: "story", name: $0.story, items: nil, verdicts: $0.verdicts) }
            + stats.byDay.map { StatsLine(scope: "day", name: $0.day, items: $0.items, verdicts: $0.verdicts) }
            + stats.byFeed.map { StatsLine(scope: "feed", name: $0.feed, items: $0.items, verdicts: $0.verdicts) }
    }
}
