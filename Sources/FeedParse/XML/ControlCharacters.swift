import Foundation

/// C0 control characters other than tab, newline and carriage return are forbidden in XML 1.0, and
/// libxml2's reader stops at the first one even in recover mode. Feeds contain them anyway (pasted
/// from word processors), so they become spaces before parsing.
enum ControlCharacters {
    static func replace(in data: Data) -> (Data, count: Int) {
        // In UTF-16 and UTF-32 documents zero and low bytes are parts of characters: leave those alone.
        let head = data.prefix(4)
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.contains(0) { return (data, 0) }
        guard let first = data.firstIndex(where: isForbidden) else { return (data, 0) }
        var copy = data
        var count = 0
        for index in first..<copy.endIndex where isForbidden(copy[index]) {
            copy[index] = 0x20
            count += 1
        }
        return (copy, count)
    }

    private static func isForbidden(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
