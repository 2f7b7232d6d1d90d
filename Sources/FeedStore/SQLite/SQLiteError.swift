/// A failed SQLite call, with SQLite's extended result code, its message and the statement.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    public var description: String {
        sql.map { "SQLite error \(code): \(message) (in: \($0.prefix(120)))" } ?? "SQLite error \(code): \(message)"
    }
}
