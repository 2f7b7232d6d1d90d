import Foundation

extension Store {
    /// The persisted background model: documents seen, and per tracked term the documents holding it.
    public func loadBackground() throws -> (documents: Int, frequencies: [String: Int]) {
        let documents = Int(try connection.rows("SELECT documents FROM background_totals WHERE id = 1").first?.first?.int64 ?? 0)
        var frequencies: [String: Int] = [:]
        for row in try connection.rows("SELECT term, documents FROM background_terms") {
            if let term = row[0].string { frequencies[term] = Int(row[1].int64 ?? 0) }
        }
        return (documents, frequencies)
    }
}
