import ArgumentParser
import FeedCore
import FeedDaemon
import FeedParse
import Foundation

struct FeedsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Subscribe to the feeds of an OPML file (a feed reader's export): adds it to the config's feeds.",
        discussion: """
            The file is checked first; then one line, '- opml: FILE', is added under 'feeds:' in the config (comments and \
            everything else stay as they are), and the config is loaded again to prove it still works. Reload a running \
            daemon afterwards (systemctl reload feedwatch, or SIGHUP).
            Example: feedwatch feeds import reader.opml
            """)

    @Argument(help: "The OPML file.") var file: String
    @OptionGroup var options: ConfigOption

    func run() async throws {
        let configPath = ConfigLoader.resolvePath(options.config)
        let before = try options.load()
        let opml = URL(fileURLWithPath: file).standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: opml) else {
            throw FeedwatchError(.usage, "\(file): cannot read the OPML file")
        }
        let outlines: [OPMLReader.Outline]
        do {
            outlines = try OPMLReader.feeds(in: data, file: opml)
        } catch let error as FeedParseError {
            throw FeedwatchError(.usage, error.message)
        }
        guard !outlines.isEmpty else {
            throw FeedwatchError(.usage, "\(file): no feeds in it (no <outline xmlUrl=…>); is it an OPML subscription list?")
        }
        let known = Set(before.feeds.map(\.url))
        let new = Set(outlines.map(\.url)).subtracting(known)
        guard !new.isEmpty else {
            print("\(file): all \(outlines.count) feeds are already configured in \(configPath); nothing changed")
            return
        }
        let original = try String(contentsOfFile: configPath, encoding: .utf8)
        try Self.addingOPML(opml, to: original, config: configPath).write(toFile: configPath, atomically: true, encoding: .utf8)
        do {
            _ = try ConfigLoader.load(path: configPath)
        } catch {
            try original.write(toFile: configPath, atomically: true, encoding: .utf8)
            throw FeedwatchError(.usage, "\(configPath): adding the OPML file broke the config, so it was left as it was: \(error)")
        }
        print("\(configPath): added '- opml: \(opml)': \(new.count) new feeds (\(outlines.count - new.count) already configured); "
            + "reload a running daemon (systemctl reload feedwatch) to poll them")
    }

    /// The config text with `- opml: PATH` as the first item under a block-style `feeds:` key
    /// (added at the end when there is none).
    static func addingOPML(_ path: String, to text: String, config: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let entry = "  - opml: \"\(path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
        guard let index = lines.firstIndex(where: { $0.hasPrefix("feeds:") }) else {
            if lines.last == "" { lines.removeLast() }
            return (lines + ["feeds:", entry, ""]).joined(separator: "\n")
        }
        let rest = lines[index].dropFirst("feeds:".count).trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest.hasPrefix("#") else {
            throw FeedwatchError(.usage, "\(config):\(index + 1): 'feeds:' is written inline; add '- opml: \(path)' to it by hand")
        }
        lines.insert(entry, at: index + 1)
        return lines.joined(separator: "\n")
    }
}
