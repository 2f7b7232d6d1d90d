/// A failed SQLite call, with SQLite's extended result code, its message and the statement.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    /// One line: the statement's whitespace is collapsed.
    public var description: String {
        let statement = sql.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return statement.map { "SQLite error \(code): \(message) (in: \($0.prefix(120)))" } ?? "SQLite error \(code): \(message)"
    }

    /// Another process holds the database (SQLITE_BUSY, SQLITE_LOCKED) beyond the busy timeout.
    public var isLocked: Bool { code & 0xFF == 5 || code & 0xFF == 6 }
}
