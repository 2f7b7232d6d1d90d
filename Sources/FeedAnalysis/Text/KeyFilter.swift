/// A set of 64-bit keys that answers only "perhaps" or "no", one bit per key's low bits. Where
/// nearly every key asked about is not in a small set (each word of a text against the gazetteer's
/// names), one bit rules a word out faster than a dictionary's lookup.
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    private let bitCount: UInt64

    /// - Parameter bitCount: a multiple of 64.
    init(bitCount: Int) {
        bits = [UInt64](repeating: 0, count: bitCount / 64)
        self.bitCount = UInt64(bitCount)
    }

    init(_ keys: some Sequence<UInt64>, bitCount: Int) {
        self.init(bitCount: bitCount)
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: UInt64) {
        let bit = key % bitCount
        bits[Int(bit / 64)] |= 1 << (bit % 64)
    }

    func mayContain(_ key: UInt64) -> Bool {
        let bit = key % bitCount
        return bits[Int(bit / 64)] & (1 << (bit % 64)) != 0
    }
}
