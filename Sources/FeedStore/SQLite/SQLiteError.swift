/// A failed SQLite call, with SQLite's extended result code, its message and the statement.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    /// One line: the statement's whitespace is collapsed.
    public var description: String {
        let statement = sql.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let cause = "SQLite error \(code): \(message)" + (advice.map { "; \($0)" } ?? "")
        return statement.map { "\(cause) (in: \($0.prefix(120)))" } ?? cause
    }

    /// What the user can do about the failures that are theirs to fix.
    var advice: String? {
        switch code & 0xFF {
        case 13: "the disk holding the store is full: free space (nothing was half-written)"
        case 10: "the store could not be written: is its disk full, over a file size limit, or failing? (nothing was half-written)"
        case 8: "the store is read-only: check its file and folder permissions and that its file system is mounted read-write"
        case 11, 26: "the store is damaged or not a feedwatch database: restore a backup, or move it away to start afresh"
        case 14: "the store cannot be opened: check that its folder exists and is writable"
        default: nil
        }
    }

    /// Another process holds the database (SQLITE_BUSY, SQLITE_LOCKED) beyond the busy timeout.
    public var isLocked: Bool { code & 0xFF == 5 || code & 0xFF == 6 }
}
