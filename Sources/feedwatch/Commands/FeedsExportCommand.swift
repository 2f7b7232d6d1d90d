import ArgumentParser
import FeedStore

struct FeedsExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the configured feeds as OPML 2.0, for a feed reader or another feedwatch.",
        discussion: "Titles come from the feeds themselves once polled.\nExample: feedwatch feeds export > feeds.opml")

    @OptionGroup var options: ConfigOption

    func run() async throws {
        let configuration = try options.load()
        let titles = Dictionary(
            ((try? await options.openStoreForReading().allFeeds()) ?? []).map { ($0.configuredURL, $0.title) }, uniquingKeysWith: { first, _ in first })
        print(OPMLWriter.document(
            title: "feedwatch feeds (\(configuration.file))",
            feeds: configuration.feeds.map { ($0.url, titles[$0.url] ?? nil) }), terminator: "")
    }
}
