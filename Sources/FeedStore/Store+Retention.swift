import Foundation

extension Store {
    /// Empties the summary, content and page text of unrelated items first seen before `cutoff`: what a
    /// long-running store would mostly be made of. Their row, key (so a feed that still lists them
    /// never has them analysed again), title and verdicts stay; items any story found related or
    /// duplicate, or the analyst judged (the story learns from their text at every start), keep
    /// everything. Returns how many items were pruned.
    @discardableResult
    public func pruneUnrelatedText(seenBefore cutoff: Date) throws -> Int {
        try connection.transaction {
            try connection.run("""
                UPDATE items SET summary = '', content = '', page_text = ''
                WHERE first_seen < ? AND (summary != '' OR content != '' OR page_text != '')
                  AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.item_id = items.id AND (v.verdict != 'unrelated' OR v.judged IS NOT NULL))
                """, [.real(cutoff.timeIntervalSince1970)])
            return connection.changes
        }
    }
}
