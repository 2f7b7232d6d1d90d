import Foundation

/// C0 control characters other than tab, newline and carriage return are forbidden in XML 1.0, and
/// libxml2's reader stops at the first one even in recover mode. Feeds contain them anyway (pasted
/// from word processors), so they are removed before parsing, as other feed parsers do.
enum ControlCharacters {
    static func remove(from data: Data) -> (Data, count: Int) {
        // In UTF-16 and UTF-32 documents zero and low bytes are parts of characters: leave those alone.
        let head = data.prefix(4)
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.contains(0) { return (data, 0) }
        let found = data.withUnsafeBytes { raw in raw.contains(where: isForbidden) }
        guard found else { return (data, 0) }
        let kept = data.filter { !isForbidden($0) }
        return (kept, data.count - kept.count)
    }

    private static func isForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
