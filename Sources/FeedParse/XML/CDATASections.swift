import Foundation

/// Answers "is this offset inside a `<![CDATA[ … ]]>` section?" for increasing offsets, finding
/// the sections lazily, so documents without CDATA cost one search.
struct CDATASections {
    private let raw: UnsafeRawBufferPointer
    private var searchFrom = 0
    private var current: Range<Int>?
    private var exhausted = false

    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    /// `offset` must not be smaller than in the previous call.
    mutating func contains(_ offset: Int) -> Bool {
        while !exhausted, current.map({ $0.upperBound <= offset }) ?? true {
            current = nextSection()
            if current == nil { exhausted = true }
        }
        return current?.contains(offset) ?? false
    }

    private mutating func nextSection() -> Range<Int>? {
        guard let start = find("<![CDATA[", from: searchFrom) else { return nil }
        let end = find("]]>", from: start + 9).map { $0 + 3 } ?? raw.count
        searchFrom = end
        return start..<end
    }

    /// `memchr` for the first byte, then a compare (glibc's `memmem` is not visible to Swift).
    private func find(_ needle: StaticString, from offset: Int) -> Int? {
        guard let base = raw.baseAddress else { return nil }
        let length = needle.utf8CodeUnitCount
        var start = offset
        while start + length <= raw.count,
            let found = memchr(base + start, Int32(needle.utf8Start[0]), raw.count - start - length + 1)
        {
            let position = base.distance(to: UnsafeRawPointer(found))
            if memcmp(found, needle.utf8Start, length) == 0 { return position }
            start = position + 1
        }
        return nil
    }
}
