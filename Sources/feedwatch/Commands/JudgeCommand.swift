import ArgumentParser
import FeedCore
import FeedStore
import Foundation

struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Record your verdict on an item: related or not to a story. Listings follow it, and the story learns from it.",
        discussion: """
            ITEM is an id or a link. The automatic verdict is kept beside yours ('feedwatch show ITEM'). A running daemon \
            learns the judgment from its next poll cycle: an item judged unrelated makes items like it less likely to be \
            flagged, one judged related makes its like more likely. Judging again replaces your earlier word.
            Example: feedwatch judge 42 --unrelated --story lavrov-myanmar
            """)

    @Argument(help: "An item id or link.") var item: String
    @Flag var judgment: Judgment
    @Option(help: "The story judged (needed when the item has verdicts for several stories).") var story: String?
    @OptionGroup var options: ConfigOption
    @Option(help: "table or json.") var format: ReportFormat = .table

    func run() async throws {
        let configuration = try options.load()
        let store = try Store(path: configuration.statePath)
        guard let stored = try await store.item(idOrLink: item) else {
            throw FeedwatchError(.usage, "no stored item has the id or link '\(item)'; list them with 'feedwatch stories' or 'feedwatch items'")
        }
        let verdicts = try await store.verdicts(itemID: stored.id)
        let stories = verdicts.map(\.record.story)
        let chosen: String
        if let story {
            guard stories.contains(story) else {
                throw FeedwatchError(.usage, "item \(stored.id) has no verdict for story '\(story)'; its stories: \(stories.joined(separator: ", "))")
            }
            chosen = story
        } else {
            guard stories.count == 1, let only = stories.first else {
                throw FeedwatchError(.usage, "item \(stored.id) has verdicts for \(stories.count) stories (\(stories.joined(separator: ", "))); name one with --story")
            }
            chosen = only
        }
        let now = Date()
        guard try await store.judge(itemID: stored.id, story: chosen, as: judgment, at: now) else {
            throw FeedwatchError(.runtime, "item \(stored.id) lost its verdict for story '\(chosen)' while being judged; try again")
        }
        let automatic = verdicts.first { $0.record.story == chosen }?.record.verdict ?? .unrelated
        switch format {
        case .json:
            try JSONOutput.print(JudgeReceipt(id: stored.id, story: chosen, verdict: automatic, judged: judgment, judgedAt: now))
        case .table:
            print("item \(stored.id) judged \(judgment.rawValue) for \(chosen) (automatic verdict: \(automatic.rawValue)): \(stored.entry.title)")
        }
    }
}

extension Judgment: EnumerableFlag {
    public static func help(for value: Judgment) -> ArgumentHelp? {
        switch value {
        case .related: "The item is news on this story (a miss, or an alert you confirm)."
        case .unrelated: "The item is not about this story (a false alarm)."
        }
    }
}
