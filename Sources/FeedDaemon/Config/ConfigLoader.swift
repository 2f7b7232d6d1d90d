import FeedCore
import FeedParse
import Foundation
import Yams

/// Reads the YAML configuration into typed values, with relative paths made absolute against the
/// config file's folder. Every error names the file, the line and the key.
public enum ConfigLoader {
    /// `--config`, else `$FEEDWATCH_CONFIG`, else `config/feedwatch.yaml`.
    public static func resolvePath(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        explicit ?? environment["FEEDWATCH_CONFIG"] ?? "config/feedwatch.yaml"
    }

    public static func load(path: String) throws -> Configuration {
        let file = URL(fileURLWithPath: path).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw FeedwatchError(.usage, "\(path): cannot read the config file; pass --config FILE or set FEEDWATCH_CONFIG")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FeedwatchError(.usage, "\(path): the config file is not UTF-8 text")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw FeedwatchError(.usage, "\(path): the config file is empty; see config/feedwatch.yaml for an example")
            }
            root = node
        } catch let error as YamlError {
            throw FeedwatchError(.usage, "\(path): not valid YAML: \(describe(error))")
        }
        return try decode(YAMLValue(node: root, path: "", file: path), folder: file.deletingLastPathComponent())
    }

    private static func decode(_ root: YAMLValue, folder: URL) throws -> Configuration {
        let keys = try root.mapping(allowed: ["state", "feeds", "stories", "poll", "fetch", "analysis", "retention", "alerts", "metrics"])
        guard let state = keys["state"] else { throw root.error("missing key 'state' (the SQLite file to keep results in)") }
        guard let stories = keys["stories"] else { throw root.error("missing key 'stories' (at least one story with name and seeds)") }
        var configuration = Configuration(
            file: root.file,
            statePath: resolve(try state.string(), against: folder),
            feeds: try keys["feeds"].map { try feeds($0, folder: folder) } ?? [],
            stories: try self.stories(stories, folder: folder))
        if let poll = keys["poll"] { try decodePoll(poll, into: &configuration.poll) }
        if let fetch = keys["fetch"] { try decodeFetch(fetch, into: &configuration.fetch) }
        if let analysis = keys["analysis"] { try decodeAnalysis(analysis, into: &configuration.analysis) }
        if let alerts = keys["alerts"] { try decodeAlerts(alerts, into: &configuration.alerts) }
        if let metrics = keys["metrics"] { try decodeMetrics(metrics, into: &configuration.metrics, folder: folder) }
        if let retention = keys["retention"] {
            let retentionKeys = try retention.mapping(allowed: ["unrelated_text"])
            if let window = retentionKeys["unrelated_text"] {
                configuration.unrelatedTextRetentionSeconds = try window.string() == "forever" ? nil : try window.duration()
            }
        }
        return configuration
    }

    private static func feeds(_ value: YAMLValue, folder: URL) throws -> [FeedSource] {
        var sources: [FeedSource] = []
        for entry in try value.sequence() {
            let keys = try entry.mapping(allowed: ["url", "opml", "interval", "articles"])
            if let url = keys["url"] {
                sources.append(FeedSource(
                    url: try feedURL(url, folder: folder), origin: "\(entry.file):\(url.line)", intervalSeconds: try keys["interval"]?.duration(),
                    articles: try keys["articles"].map(articleFetching)))
            } else if let opml = keys["opml"] {
                sources += try opmlFeeds(opml, folder: folder)
            } else {
                throw entry.error("each feed needs 'url:' (http, https or file) or 'opml:' (a file of feeds)")
            }
        }
        var seen = Set<String>()
        return sources.filter { seen.insert($0.url).inserted }
    }

    private static func feedURL(_ value: YAMLValue, folder: URL) throws -> String {
        let text = try value.string().trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else {
            throw value.error("'\(text)' is not a URL; write http://…, https://… or file:…")
        }
        switch scheme {
        case "http", "https":
            guard url.host != nil else { throw value.error("'\(text)' has no host name") }
            return text
        case "file":
            return URL(fileURLWithPath: resolve(url.path.isEmpty ? text.dropFirst(5).description : url.path, against: folder)).absoluteString
        default:
            throw value.error("unsupported URL scheme '\(scheme)'; use http, https or file")
        }
    }

    private static func opmlFeeds(_ value: YAMLValue, folder: URL) throws -> [FeedSource] {
        let path = resolve(try value.string(), against: folder)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw value.error("cannot read the OPML file \(path)")
        }
        do {
            return try OPMLReader.feeds(in: data, file: path).compactMap { outline in
                guard let url = URL(string: outline.url), ["http", "https", "file"].contains(url.scheme?.lowercased() ?? "") else {
                    return nil
                }
                return FeedSource(url: outline.url, origin: "\(path):\(outline.line)")
            }
        } catch let error as FeedParseError {
            throw value.error(error.message)
        }
    }

    private static func stories(_ value: YAMLValue, folder: URL) throws -> [StorySpec] {
        var stories: [StorySpec] = []
        for entry in try value.sequence() {
            let keys = try entry.mapping(allowed: ["name", "seeds", "threshold", "adaptive"])
            guard let name = keys["name"] else { throw entry.error("missing key 'name'") }
            guard let seeds = keys["seeds"] else { throw entry.error("missing key 'seeds' (a folder of .txt seed articles)") }
            let storyName = try name.string()
            guard storyName.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                throw name.error("story names may hold letters, digits, '-', '_' and '.' only")
            }
            guard !stories.contains(where: { $0.name == storyName }) else {
                throw name.error("story '\(storyName)' is defined twice; give each story its own name")
            }
            let directory = resolve(try seeds.string(), against: folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw seeds.error("folder \(directory) does not exist; point it at a folder of .txt seed articles")
            }
            stories.append(StorySpec(
                name: storyName, seedsDirectory: directory, threshold: try keys["threshold"]?.number(in: 0...1),
                adaptive: try keys["adaptive"]?.boolean() ?? false))
        }
        guard !stories.isEmpty else { throw value.error("list at least one story") }
        return stories
    }

    private static func decodePoll(_ value: YAMLValue, into settings: inout PollSettings) throws {
        let keys = try value.mapping(allowed: ["interval", "min_interval", "max_backoff", "max_interval", "drain"])
        if let interval = keys["interval"] { settings.intervalSeconds = try interval.duration() }
        if let shortest = keys["min_interval"] { settings.minIntervalSeconds = try shortest.duration() }
        if let drain = keys["drain"] { settings.drainSeconds = try drain.duration() }
        if let backoff = keys["max_backoff"] { settings.maxBackoffSeconds = try backoff.duration() }
        if let longest = keys["max_interval"] { settings.maxIntervalSeconds = try longest.duration() }
        if settings.minIntervalSeconds > settings.maxIntervalSeconds, let key = keys["min_interval"] ?? keys["max_interval"] {
            throw key.error("poll.min_interval is longer than poll.max_interval; make min_interval the shorter one")
        }
    }

    private static func decodeFetch(_ value: YAMLValue, into settings: inout FetchSettings) throws {
        let keys = try value.mapping(allowed: [
            "user_agent", "timeout", "connect_timeout", "max_body", "max_redirects", "concurrency", "per_host", "articles", "allow_private_pages",
        ])
        if let agent = keys["user_agent"] { settings.userAgent = try agent.string() }
        if let timeout = keys["timeout"] { settings.totalTimeoutSeconds = try timeout.duration() }
        if let timeout = keys["connect_timeout"] { settings.connectTimeoutSeconds = try timeout.duration() }
        if let size = keys["max_body"] { settings.maxBodyBytes = try size.byteSize() }
        if let redirects = keys["max_redirects"] { settings.maxRedirects = try redirects.integer(in: 0...20) }
        if let concurrency = keys["concurrency"] { settings.concurrency = try concurrency.integer(in: 1...256) }
        if let perHost = keys["per_host"] { settings.perHost = try perHost.integer(in: 1...64) }
        if let articles = keys["articles"] { settings.articles = try articleFetching(articles) }
        if let allow = keys["allow_private_pages"] { settings.allowPrivatePages = try allow.boolean() }
    }

    private static func articleFetching(_ value: YAMLValue) throws -> ArticleFetching {
        let text = try value.string()
        guard let mode = ArticleFetching(rawValue: text) else { throw value.error("'\(text)' is not one of auto, always, never") }
        return mode
    }

    private static func decodeAnalysis(_ value: YAMLValue, into settings: inout AnalysisSettings) throws {
        let keys = try value.mapping(allowed: [
            "shingle_size", "permutations", "related_threshold", "resemblance_threshold", "containment_threshold", "adaptive_weight",
            "best_fit_share",
        ])
        if let size = keys["shingle_size"] { settings.shingleSize = try size.integer(in: 1...12) }
        if let permutations = keys["permutations"] { settings.permutations = try permutations.integer(in: 16...1024) }
        if let threshold = keys["related_threshold"] { settings.relatedThreshold = try threshold.number(in: 0...1) }
        if let threshold = keys["resemblance_threshold"] { settings.resemblanceThreshold = try threshold.number(in: 0.05...1) }
        if let threshold = keys["containment_threshold"] { settings.containmentThreshold = try threshold.number(in: 0.05...1) }
        if let weight = keys["adaptive_weight"] { settings.adaptiveWeight = try weight.number(in: 0...1) }
        if let share = keys["best_fit_share"] { settings.bestFitShare = try share.number(in: 0...1) }
    }

    private static func decodeAlerts(_ value: YAMLValue, into settings: inout AlertHookSettings) throws {
        let keys = try value.mapping(allowed: ["command", "command_timeout", "webhook", "webhook_timeout", "webhook_retries", "webhook_headers"])
        if let command = keys["command"] { settings.command = try command.string() }
        if let timeout = keys["command_timeout"] { settings.commandTimeoutSeconds = try timeout.duration() }
        if let webhook = keys["webhook"] {
            let text = try webhook.string().trimmingCharacters(in: .whitespaces)
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw webhook.error("'\(text)' is not an http:// or https:// URL")
            }
            settings.webhookURL = text
        }
        if let timeout = keys["webhook_timeout"] { settings.webhookTimeoutSeconds = try timeout.duration() }
        if let retries = keys["webhook_retries"] { settings.webhookRetries = try retries.integer(in: 0...10) }
        if let headers = keys["webhook_headers"] { settings.webhookHeaders = try headers.stringMapping() }
    }

    private static func decodeMetrics(_ value: YAMLValue, into settings: inout MetricsSettings, folder: URL) throws {
        let keys = try value.mapping(allowed: ["textfile", "listen"])
        if let textfile = keys["textfile"] { settings.textfile = resolve(try textfile.string(), against: folder) }
        if let listen = keys["listen"] {
            let text = try listen.string()
            // "9464", "127.0.0.1:9464" or "[::1]:9464"
            let separator = text.lastIndex(of: ":")
            let host = separator.map { String(text[..<$0]).trimmingCharacters(in: CharacterSet(charactersIn: "[]")) } ?? "127.0.0.1"
            guard let port = Int(separator.map { String(text[text.index(after: $0)...]) } ?? text), (0...65535).contains(port), !host.isEmpty else {
                throw listen.error("expected a port or HOST:PORT, such as 127.0.0.1:9464")
            }
            settings.listenHost = host
            settings.listenPort = port
        }
    }

    static func resolve(_ path: String, against folder: URL) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded, relativeTo: folder).standardizedFileURL.path
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return "line \(mark.line): \(problem)"
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
        }
    }
}
