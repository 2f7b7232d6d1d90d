import Foundation

/// Byte-level questions the pre-parse repairs ask of a document before libxml2 sees it.
enum DocumentBytes {
    /// Whether the document can be searched as ASCII-compatible bytes: not UTF-16 or UTF-32 (their
    /// byte order mark, or zero bytes at the start), where zero and low bytes are parts of characters.
    static func isASCIICompatible(_ data: Data) -> Bool {
        let head = data.prefix(4)
        return !(head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.contains(0))
    }

    /// The offset of the first `needle` in `raw[offset..<end]`: `memchr` for the first byte, then a
    /// compare (glibc's `memmem` is not visible to Swift).
    static func find(_ needle: StaticString, in raw: UnsafeRawBufferPointer, from offset: Int = 0, before end: Int? = nil) -> Int? {
        guard let base = raw.baseAddress else { return nil }
        let limit = min(end ?? raw.count, raw.count)
        let length = needle.utf8CodeUnitCount
        var start = offset
        while start + length <= limit,
            let found = memchr(base + start, Int32(needle.utf8Start[0]), limit - start - length + 1)
        {
            let position = base.distance(to: UnsafeRawPointer(found))
            if memcmp(found, needle.utf8Start, length) == 0 { return position }
            start = position + 1
        }
        return nil
    }
}
