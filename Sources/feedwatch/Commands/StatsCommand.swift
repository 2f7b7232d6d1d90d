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
    @Option(help: "table or json.") var format: ReportFormat = .table

    func run() async throws {
        let stats = try await options.openStoreForReading().stats(story: story, window: try when.window())
        switch format {
        case .json: try JSONOutput.print(stats)
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
