/// A fixed pseudo-random sequence (SplitMix64), so every run of an evaluation or benchmark sees the
/// same data: the interleaved stream of topics (Fisher–Yates), synthetic signatures.
public struct StreamOrder: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, Int(next() % UInt64(index + 1)))
        }
        return result
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
