/// A Bloom filter over every key in the duplicate index (LSH bands and containment samples).
///
/// Only what the stories already know is indexed (seeds' copies and related stories), so nearly
/// every key of a new item is absent from it. Looking each of an item's ~200 keys up in SQLite
/// cost 6 of 15 CPU seconds in a 1,000-feed first cycle (`Benchmarks/scale.sh`); the filter
/// answers "certainly absent" from memory, and only the keys it may hold go to SQLite. False
/// positives only cost a lookup; there are no false negatives, so no candidate is lost.
final class IndexKeyFilter {
    private var words: [UInt64]
    private let mask: UInt64
    /// Keys the filter was sized for (10 bits and 3 probes each: about 1 % false positives).
    let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1 << 16)
        var bits = 1024
        while bits < self.capacity * 10 { bits <<= 1 }
        words = [UInt64](repeating: 0, count: bits / 64)
        mask = UInt64(bits - 1)
    }

    /// More keys than it was sized for: its false-positive rate climbs, so build a bigger one.
    var isOverfull: Bool { count > capacity }

    func insert(_ key: Int64) {
        count += 1
        for bit in probes(key) { words[Int(bit >> 6)] |= 1 << (bit & 63) }
    }

    func mightContain(_ key: Int64) -> Bool {
        probes(key).allSatisfy { words[Int($0 >> 6)] & (1 << ($0 & 63)) != 0 }
    }

    /// Three bit positions by double hashing; the keys are hashes already, so their bits are mixed.
    private func probes(_ key: Int64) -> [UInt64] {
        let first = UInt64(bitPattern: key)
        let step = (first &* 0x9E37_79B9_7F4A_7C15) >> 17 | 1
        return [first & mask, (first &+ step) & mask, (first &+ 2 &* step) & mask]
    }
}
