import Foundation

/// C0 control characters other than tab, newline and carriage return are forbidden in XML 1.0, and
/// libxml2's reader stops at the first one even in recover mode. Feeds contain them anyway (pasted
/// from word processors), so they are removed before parsing, as other feed parsers do.
enum ControlCharacters {
    static func remove(from data: Data) -> (Data, count: Int) {
        // In UTF-16 and UTF-32 documents zero and low bytes are parts of characters: leave those alone.
        let head = data.prefix(4)
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.contains(0) { return (data, 0) }
        let found = data.withUnsafeBytes(containsForbidden)
        guard found else { return (data, 0) }
        let kept = data.filter { !isForbidden($0) }
        return (kept, data.count - kept.count)
    }

    /// Eight bytes at a time: a word has a byte below 0x20 exactly when (w - 0x20…) & ~w & 0x80…
    /// is non-zero; only then are its bytes looked at one by one.
    private static func containsForbidden(_ raw: UnsafeRawBufferPointer) -> Bool {
        let low: UInt64 = 0x2020_2020_2020_2020, high: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if (word &- low) & ~word & high != 0, raw[offset..<offset + 8].contains(where: isForbidden) { return true }
            offset += 8
        }
        return raw[offset...].contains(where: isForbidden)
    }

    @inline(__always) private static func isForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
