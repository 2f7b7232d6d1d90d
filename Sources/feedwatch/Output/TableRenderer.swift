import Foundation

/// Aligned text tables sized to the terminal: the widest text column gives way first.
struct TableRenderer {
    var headers: [String]
    var rows: [[String]]
    /// Index of the column that is shortened (with "…") when the table is wider than the terminal.
    var flexibleColumn: Int

    func render(width: Int = TableRenderer.terminalWidth()) -> String {
        guard !rows.isEmpty else { return "(none)" }
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let separators = 2 * (widths.count - 1)
        let excess = widths.reduce(0, +) + separators - width
        if excess > 0 { widths[flexibleColumn] = max(16, widths[flexibleColumn] - excess) }
        // Still too wide: take one character at a time from whichever column is widest.
        while widths.reduce(0, +) + separators > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 8
        {
            widths[widest] -= 1
        }
        let lines = ([headers] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let fitted = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                return column == cells.count - 1 ? fitted : fitted.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return lines.joined(separator: "\n")
    }

    static func terminalWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 160
    }

    static func date(_ date: Date?) -> String {
        date.map { $0.formatted(.iso8601) } ?? "-"
    }

    static func score(_ value: Double) -> String { String(format: "%.3f", value) }
}
