import ArgumentParser
import FeedCore
import FeedStore
import Foundation

/// The `feedwatch` command: the daemon and the queries over its store.
@main
struct Feedwatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedwatch",
        abstract: "Watches RSS and Atom feeds for new stories related to a set of seed articles.",
        discussion: """
            Configure the feeds and the stories (each a folder of seed articles) in a YAML file, then run 'feedwatch run' \
            as a service, or 'feedwatch run --once' for one poll cycle. New related stories are logged as alert lines and \
            kept in the SQLite store that the other commands query.
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, StoriesCommand.self, ItemsCommand.self, DuplicatesCommand.self, FeedsCommand.self, ExplainCommand.self,
            InspectCommand.self, MigrateCommand.self, StatsCommand.self, SearchCommand.self, ShowCommand.self, SeedsCommand.self, ExportCommand.self, TimelineCommand.self, CheckConfigCommand.self, JudgeCommand.self, ExtractCommand.self,
        ])

    /// Runs the command line, turning errors into one line on stderr and the documented exit codes:
    /// 2 for usage errors (bad arguments, bad config), 1 for runtime errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as SQLiteError {
            let hint = error.isLocked
                ? "the database stayed locked by another process for 5 s; try again, and check that only one daemon writes to it"
                : "the store could not answer"
            FileHandle.standardError.write(Data("feedwatch: \(hint): \(error)\n".utf8))
            Foundation.exit(1)
        } catch let error as FeedwatchError {
            FileHandle.standardError.write(Data("feedwatch: \(error.message)\n".utf8))
            Foundation.exit(error.kind == .usage ? 2 : 1)
        } catch {
            let code = exitCode(for: error)
            guard code != .success, !(error is ExitCode) else { exit(withError: error) }
            FileHandle.standardError.write(Data("feedwatch: \(fullMessage(for: error))\n".utf8))
            Foundation.exit(code == .validationFailure ? 2 : 1)
        }
    }
}
