import ArgumentParser
import FeedStore

struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List near-duplicates (copies, reprints, updated versions) and what each copies.",
        discussion: "Example: feedwatch duplicates --format json")

    @OptionGroup var list: ListOptions
    @OptionGroup var when: WindowOptions

    func run() async throws {
        let rows = try await list.openStore().duplicates(story: list.story, window: try when.window(), limit: list.limit)
        try list.emit(rows, headers: ["ID", "STORY", "SIMILARITY", "COPIES", "TITLE"], flexibleColumn: 4) {
            [String($0.id), $0.story, TableRenderer.score($0.similarity), "\($0.duplicateOf.kind.rawValue) \($0.duplicateOf.ref)", $0.title]
        }
    }
}
