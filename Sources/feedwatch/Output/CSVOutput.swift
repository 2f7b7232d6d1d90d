import Foundation

/// A row as a spreadsheet gets it: the same column names as the JSON keys, in a fixed order.
protocol CSVRow {
    static var csvHeader: [String] { get }
    var csvFields: [String] { get }
}

/// RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
/// line break. Dates ISO 8601 UTC, absent values empty, lists joined with "; ".
enum CSVOutput {
    static func print<Row: CSVRow>(_ rows: [Row]) {
        var text = line(Row.csvHeader)
        for row in rows { text += line(row.csvFields) }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func date(_ date: Date?) -> String { date.map { $0.formatted(.iso8601) } ?? "" }
}
