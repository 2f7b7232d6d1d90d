import ArgumentParser
import FeedStore

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the store's schema up to date (the daemon also does this when it starts).",
        discussion: """
            Applies the forward migrations the database lacks, in one transaction, and says which. A database written by a \
            newer feedwatch is refused and left untouched. Schema: docs/SCHEMA.md.
            Example: feedwatch migrate --config /etc/feedwatch/feedwatch.yaml
            """)

    @OptionGroup var options: ConfigOption

    func run() async throws {
        let path = try options.load().statePath
        let store = try Store(path: path)
        let version = try await store.schemaVersion()
        if store.appliedMigrations.isEmpty {
            print("\(path): schema version \(version), up to date")
        } else {
            print("\(path): migrated to schema version \(version)")
            for migration in store.appliedMigrations { print("  applied \(migration)") }
        }
    }
}
