import Foundation

/// A site's `robots.txt` as it applies to one crawler (RFC 9309): the rules of the groups naming
/// its product token, else those of the `*` groups, else none (everything allowed).
public struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        let allows: Bool
        let pattern: String
    }

    private let rules: [Rule]

    /// Everything allowed: what a missing robots.txt (4xx) means.
    public static let allowAll = RobotsRules(rules: [])
    /// Nothing allowed: what an unreachable one (5xx, network error) means until it can be read.
    public static let disallowAll = RobotsRules(rules: [Rule(allows: false, pattern: "/")])

    private init(rules: [Rule]) {
        self.rules = rules
    }

    /// RFC 9309 asks crawlers to read at least 500 KiB; what follows is ignored.
    static let parsedBytes = 500 * 1024

    /// - Parameter agent: the crawler's product token, e.g. `feedwatch` (matched without case).
    public init(parsing text: String, agent: String) {
        let token = agent.lowercased()
        var mine: [Rule] = [], anyone: [Rule] = []
        var groupAgents: [String] = []
        var groupHasRules = false
        var namesUs = false
        for rawLine in text.utf8.prefix(Self.parsedBytes).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let line = String(decoding: rawLine, as: UTF8.self)
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                // A user-agent line after rules starts a new group.
                if groupHasRules { groupAgents = [] }
                groupHasRules = false
                groupAgents.append(value.lowercased())
                if value.lowercased() == token { namesUs = true }
            case "allow", "disallow":
                groupHasRules = true
                // An empty disallow allows everything, which is what no rule says too.
                guard !value.isEmpty else { continue }
                let rule = Rule(allows: key == "allow", pattern: value)
                if groupAgents.contains(token) { mine.append(rule) }
                if groupAgents.contains("*") { anyone.append(rule) }
            default:
                continue
            }
        }
        rules = namesUs ? mine : anyone
    }

    /// Whether `path` (the URL's path and query, starting with `/`) may be fetched: the rule with
    /// the longest pattern that matches decides, an allow winning a tie.
    public func allows(_ path: String) -> Bool {
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            guard let current = best else {
                best = rule
                continue
            }
            if rule.pattern.utf8.count > current.pattern.utf8.count || (rule.pattern.utf8.count == current.pattern.utf8.count && rule.allows) {
                best = rule
            }
        }
        return best?.allows ?? true
    }

    /// `*` matches any run of characters; a final `$` anchors the pattern at the path's end.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let found = rest.range(of: piece) else { return false }
                rest = rest[found.upperBound...]
            }
        }
        return !anchored || rest.isEmpty
    }
}
