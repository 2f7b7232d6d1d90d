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

    private func find(_ needle: StaticString, from offset: Int) -> Int? { DocumentBytes.find(needle, in: raw, from: offset) }
}
