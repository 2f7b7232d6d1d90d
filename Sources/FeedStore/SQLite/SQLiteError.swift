/// A failed SQLite call, with SQLite's extended result code, its message and the statement.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    public var description: String {
        sql.map { "SQLite error \(code): \(message) (in: \($0.prefix(120)))" } ?? "SQLite error \(code): \(message)"
    }

    /// SQLITE_BUSY or SQLITE_LOCKED, including their extended codes.
    public var isBusy: Bool { code & 0xFF == 5 || code & 0xFF == 6 }
    /// SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_IOERR.
    public var isStorageProblem: Bool { [8, 14, 13, 10].contains(code & 0xFF) }
}
