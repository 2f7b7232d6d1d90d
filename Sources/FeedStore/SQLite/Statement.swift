internal import CSQLite

/// A prepared statement, finalised when released. Belongs to one connection and one thread.
final class Statement {
    private let handle: OpaquePointer
    /// Unowned: the connection caches its statements, and a strong reference back made a cycle
    /// that kept both alive, so the database was never closed (found by LeakSanitizer).
    private unowned let connection: Connection
    let sql: String

    init(connection: Connection, sql: String) throws {
        var statement: OpaquePointer?
        try connection.check(sqlite3_prepare_v2(connection.handle, sql, -1, &statement, nil), sql: sql)
        guard let statement else { throw SQLiteError(code: SQLITE_MISUSE, message: "empty statement", sql: sql) }
        handle = statement
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Runs the statement with `arguments` and returns every row.
    func rows(_ arguments: [SQLValue] = []) throws -> [[SQLValue]] {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        var result: [[SQLValue]] = []
        while try step() {
            result.append((0..<sqlite3_column_count(handle)).map(column))
        }
        return result
    }

    /// Runs the statement with `arguments`, handing each row to `body` without keeping the rows
    /// (for scans of every fingerprint, which would not fit in memory at once).
    func forEachRow(_ arguments: [SQLValue] = [], _ body: ([SQLValue]) throws -> Void) throws {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        while try step() { try body((0..<sqlite3_column_count(handle)).map(column)) }
    }

    /// Runs the statement with `arguments`, ignoring any rows.
    func run(_ arguments: [SQLValue] = []) throws {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    private func bind(_ arguments: [SQLValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let text): code = feedwatch_bind_text(handle, index, text, -1)
            case .blob(let bytes): code = bytes.withUnsafeBytes { feedwatch_bind_blob(handle, index, $0.baseAddress, Int32($0.count)) }
            }
            try connection.check(code, sql: sql)
        }
    }

    private func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        try connection.check(code, sql: sql)
        return false
    }

    private func column(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(handle, index)))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let pointer = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
        default: return .null
        }
    }
}
