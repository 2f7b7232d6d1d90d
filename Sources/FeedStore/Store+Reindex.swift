import FeedCore
import Foundation

extension Store {
    /// Makes the duplicate index match the analysis scheme in force (shingle length, hashing,
    /// MinHash, banding: see `Fingerprinter.scheme`). When the stored index was built under another
    /// one (a new feedwatch version, or `shingle_size`, `permutations` or `resemblance_threshold`
    /// changed in the config), every indexed item is fingerprinted again from its stored text, in
    /// one transaction. Returns how many items were re-indexed.
    public func ensureAnalysisScheme(
        _ scheme: String, fingerprint: @Sendable (_ title: String, _ summary: String, _ content: String) -> IndexedFingerprint
    ) throws -> Int {
        let stored = try connection.rows("SELECT value FROM meta WHERE key = 'analysis_scheme'").first?.first?.string
        guard stored != scheme else { return 0 }
        forgetDuplicateIndex()
        return try connection.transaction {
            let rows = try connection.rows("""
                SELECT i.id, i.title, \(Self.analysedText) FROM items i JOIN fingerprints f ON f.item_id = i.id ORDER BY i.id
                """)
            // A scratch index: the store's own is read again from the rewritten rows when next needed.
            let transaction = StoreTransaction(connection: connection, index: DuplicateIndex())
            for row in rows {
                let itemID = row[0].int64 ?? 0
                try transaction.index(itemID: itemID, fingerprint(row[1].string ?? "", row[2].string ?? "", row[3].string ?? ""))
            }
            try connection.run(
                "INSERT INTO meta (key, value) VALUES ('analysis_scheme', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [.text(scheme)])
            return rows.count
        }
    }
}
