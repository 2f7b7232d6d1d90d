import CMalloc
import FeedCore
import Foundation

/// The SQLite store. One actor owns the one connection; everything else asks it.
///
/// Writers use short IMMEDIATE transactions (one per feed poll) and WAL, so readers (the CLI) are
/// never blocked by the daemon and never see half a poll.
public actor Store {
    let connection: Connection
    public let path: String
    private let executor = DedicatedThreadExecutor(name: "feedwatch-store")
    private var loadedIndex: DuplicateIndex?
    /// The migrations this open applied ("3: what each feed says …"), oldest first; empty when the
    /// file was current (or is opened read-only).
    public nonisolated let appliedMigrations: [String]

    /// The store's own thread. The poller shares it, so the serial part of a poll cycle
    /// (fetch results in, transactions out) never waits for the analysis tasks' threads.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    deinit { executor.stop() }

    /// Gives the page cache and freed heap back to the system: between poll cycles an idle daemon
    /// should hold only what it needs (BENCHMARKS.md, idle daemon).
    public func releaseMemory() throws {
        try connection.execute("PRAGMA shrink_memory")
        malloc_trim(0)
    }

    /// Opens (and for writers creates and migrates) the database at `path`.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw FeedwatchError(.runtime, "\(path): no database yet; run 'feedwatch run --once' first to create it")
        }
        do {
            connection = try Connection(path: path, readOnly: readOnly)
            try connection.execute("PRAGMA foreign_keys = ON")
            // Candidates' fingerprints are read by random seeks; a 16 MB page cache keeps most of
            // them off read(2) during a cycle. Not mapped: mapped pages of a 2 GB file count in the
            // daemon's RSS (BENCHMARKS.md). `releaseMemory()` empties the cache between cycles.
            try connection.execute("PRAGMA mmap_size = 0; PRAGMA cache_size = -16384")
            if readOnly {
                try Self.checkVersion(connection, path: path, requireCurrent: true)
                appliedMigrations = []
            } else {
                try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                appliedMigrations = try Self.migrate(connection, path: path)
            }
        } catch let error as SQLiteError where error.isLocked {
            throw FeedwatchError(
                .runtime, "\(path): the database stayed locked by another process for 5 s (a second daemon?); stop it or try again")
        } catch let error as SQLiteError {
            throw FeedwatchError(.runtime, "\(path): cannot open the database: \(error.message)" + (error.advice.map { "; \($0)" } ?? ""))
        }
    }

    /// The schema version the file is at.
    public func schemaVersion() throws -> Int {
        Int(try connection.rows("PRAGMA user_version").first?.first?.int64 ?? 0)
    }

    private static func checkVersion(_ connection: Connection, path: String, requireCurrent: Bool) throws {
        let version = Int(try connection.rows("PRAGMA user_version").first?.first?.int64 ?? 0)
        if version > Migration.latestVersion {
            throw FeedwatchError(.runtime, "\(path): schema version \(version) is newer than this feedwatch knows (\(Migration.latestVersion)); upgrade feedwatch, the database was left untouched")
        }
        // Version 0 is a file with no schema yet: a daemon creating it right now (its migrations
        // commit in one transaction), or an empty file. Nothing to read either way.
        if requireCurrent && version == 0 {
            throw FeedwatchError(.runtime, "\(path): no database yet (the daemon may be creating it); run 'feedwatch run --once' first, or wait for the daemon's first cycle")
        }
        if requireCurrent && version < Migration.latestVersion {
            throw FeedwatchError(.runtime, "\(path): schema version \(version) is older than \(Migration.latestVersion); run 'feedwatch migrate' (or start the daemon) to bring it up to date")
        }
    }

    /// Applies the forward migrations the file lacks, all in one transaction.
    private static func migrate(_ connection: Connection, path: String) throws -> [String] {
        try checkVersion(connection, path: path, requireCurrent: false)
        return try connection.transaction {
            let current = Int(try connection.rows("PRAGMA user_version").first?.first?.int64 ?? 0)
            var applied: [String] = []
            for migration in Migration.all where migration.version > current {
                try connection.execute(migration.sql)
                try connection.execute("PRAGMA user_version = \(migration.version)")
                applied.append("\(migration.version): \(migration.name)")
            }
            return applied
        }
    }

    /// Runs `body` in one transaction: everything it writes is stored, or nothing is.
    public func withTransaction<T: Sendable>(_ body: @Sendable (StoreTransaction) throws -> T) throws -> T {
        let index = try duplicateIndex()
        let transaction = StoreTransaction(connection: connection, index: index)
        do {
            return try connection.transaction { try body(transaction) }
        } catch {
            transaction.indexed.forEach(index.retire)
            throw error
        }
    }

    /// The duplicate index, read from the stored fingerprints on first use.
    func duplicateIndex() throws -> DuplicateIndex {
        if let loadedIndex { return loadedIndex }
        let keyCount = try connection.rows("SELECT COALESCE(SUM(length(band_keys) + length(sample_keys)), 0) / 8 FROM fingerprints")
            .first?.first?.int64 ?? 0
        let index = DuplicateIndex(expectedKeys: Int(keyCount))
        try connection.statement("SELECT item_id, band_keys, sample_keys FROM fingerprints ORDER BY item_id").forEachRow { row in
            index.add(
                itemID: row[0].int64 ?? 0, bandKeys: BlobCoding.decodeKeys(row[1].bytes), sampleKeys: BlobCoding.decodeKeys(row[2].bytes))
        }
        loadedIndex = index
        return index
    }

    /// How big the duplicate index is (read from the store if not yet): for the daemon's start-up
    /// log, since its memory grows with what the stories know.
    public func duplicateIndexSize() throws -> (items: Int, keys: Int, bytes: Int) {
        let index = try duplicateIndex()
        return (index.itemCount, index.count, index.memoryBytes)
    }

    /// After the stored fingerprints were rewritten from scratch.
    func forgetDuplicateIndex() { loadedIndex = nil }
}
