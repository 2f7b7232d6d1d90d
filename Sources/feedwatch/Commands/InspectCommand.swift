import ArgumentParser
import FeedCore
import FeedFetch
import FeedParse
import Foundation

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Parse feeds and show what feedwatch sees in them, storing nothing.",
        discussion: """
            Takes file paths or http(s)/file URLs. With several, JSON output is one object per line.
            Example: feedwatch inspect --format json ../shared/corpus/rome/rome/src/test/data/rss_2.0.xml
            """)

    @Argument(help: "Feed files or URLs.") var sources: [String]
    @Option(help: "table or json.") var format: ReportFormat = .table

    func run() async throws {
        guard !sources.isEmpty else { throw FeedwatchError(.usage, "inspect: name at least one feed file or URL") }
        try await NamedSources(sources: sources).forEach { source, url, document in
            try show(try FeedParser.parse(document.body, url: url, encoding: document.charset), source: source)
        }
    }

    private func show(_ feed: ParsedFeed, source: String) throws {
        switch format {
        case .json:
            try JSONOutput.print(InspectDocument(feed), pretty: sources.count == 1)
        case .table:
            print("\(source): \(feed.format.rawValue) \"\(feed.title)\" \(feed.link ?? "-"), \(feed.entries.count) entries")
            for warning in feed.warnings { print("  warning: \(warning)") }
            print(TableRenderer(
                headers: ["PUBLISHED", "TITLE", "LINK"],
                rows: feed.entries.map { [TableRenderer.date($0.published ?? $0.updated), $0.title, $0.link ?? "-"] },
                flexibleColumn: 1
            ).render())
        }
    }
}
