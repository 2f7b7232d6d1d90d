import ArgumentParser
import FeedCore
import FeedStore
import Foundation

/// `--since` / `--until`: by when feedwatch first saw an item; a date or a duration back from now.
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only items first seen at or after this: a date (2022-08-03, 2022-08-03T12:00:00Z) or a duration back from now (90m, 24h, 7d).", valueName: "when"))
    var since: String?
    @Option(help: ArgumentHelp("Only items first seen before this (same forms as --since).", valueName: "when"))
    var until: String?

    func window(now: Date = Date()) throws -> SeenWindow {
        SeenWindow(since: try since.map { try Self.time($0, option: "--since", now: now) }, until: try until.map { try Self.time($0, option: "--until", now: now) })
    }

    static func time(_ text: String, option: String, now: Date) throws -> Date {
        let value = text.trimmingCharacters(in: .whitespaces)
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        if let unit = value.last.flatMap({ units[Character($0.lowercased())] }), let amount = Double(value.dropLast()), amount >= 0 {
            return now.addingTimeInterval(-amount * unit)
        }
        if let date = FeedDate.parse(value) { return date }
        throw FeedwatchError(
            .usage, "\(option): '\(text)' is neither a date (2022-08-03, 2022-08-03T12:00:00Z) nor a duration back from now (90m, 24h, 7d)")
    }
}
