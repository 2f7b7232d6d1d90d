/// The parts of an item's fingerprint the duplicate index keeps.
public struct IndexedFingerprint: Sendable {
    public var shingles: [UInt64]
    public var bandKeys: [Int64]
    public var sampleKeys: [Int64]

    public init(shingles: [UInt64], bandKeys: [Int64], sampleKeys: [Int64]) {
        self.shingles = shingles
        self.bandKeys = bandKeys
        self.sampleKeys = sampleKeys
    }
}
