import ArgumentParser
import FeedCore
import FeedFetch
import FeedParse
import Foundation

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show the article text feedwatch reads out of web pages, storing nothing.",
        discussion: """
            Takes HTML files or http(s)/file URLs. The text is the body without the headline, one blank line between \
            paragraphs. With several pages, JSON output is one object per line.
            Example: feedwatch extract --format json page.html
            """)

    @Argument(help: "HTML files or URLs.") var sources: [String]
    @Option(help: "text or json.") var format: ExtractFormat = .text

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    func run() async throws {
        guard !sources.isEmpty else { throw FeedwatchError(.usage, "extract: name at least one HTML file or URL") }
        try await NamedSources(sources: sources).forEach { source, url, document in
            try show(try PageExtractor.extract(document.body, url: url, httpCharset: document.charset), source: source, url: url)
        }
    }

    private func show(_ page: ExtractedPage, source: String, url: String) throws {
        switch format {
        case .json:
            try JSONOutput.print(ExtractDocument(page, source: source, url: url), pretty: sources.count == 1)
        case .text:
            print("\(source): \"\(page.title ?? "-")\", \(page.words) words")
            if let canonical = page.canonical { print("  canonical: \(canonical)") }
            if let published = page.published { print("  published: \(TableRenderer.date(published))") }
            for warning in page.warnings { print("  warning: \(warning)") }
            print("")
            print(page.text)
        }
    }
}
