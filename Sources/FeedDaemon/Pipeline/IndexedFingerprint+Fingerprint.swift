import FeedAnalysis
import FeedStore

extension IndexedFingerprint {
    /// The parts of a fingerprint the duplicate index stores.
    public init(_ fingerprint: Fingerprint) {
        self.init(shingles: fingerprint.shingles.hashes, bandKeys: fingerprint.bandKeys, sampleKeys: fingerprint.sampleKeys)
    }
}
