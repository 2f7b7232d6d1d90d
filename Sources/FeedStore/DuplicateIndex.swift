/// The duplicate index: which indexed items hold each LSH band key or sampled shingle.
///
/// It lives in memory and is built from `fingerprints.band_keys` and `sample_keys` when the store
/// first needs it. Until schema 5 it was two SQLite tables keyed by these hashes, ~225 random-keyed
/// rows per item: each feed's commit then rewrote most of their pages into the WAL (449 MB written
/// for 6,000 items and a 44 MB database), so throughput fell as history grew (BENCHMARKS.md, side
/// by side). Each item's keys are now two appended blobs, and lookups never touch the disk.
///
/// A stored item sharing one sampled shingle is not always worth comparing: in a stream of news,
/// common phrases made ~50 candidates per item at 20,000 stored, growing with history, nearly all
/// sharing a sample or two. See `minimumSharedSamples` for how many a candidate must share.
///
/// Open addressing with linear probing; one key may be held by many items, so equal keys simply
/// occupy several slots. A slot holds the mixed key (a bijection of the key, so exact) and the
/// item's ordinal: 12 bytes per slot, at most 70 % of them in use. A mixed key of 0 marks an empty
/// slot, so a probe reads only the keys' array (one cache miss, not two); the one key that mixes
/// to 0 (the key 0) is stored as 1, and shares its slots with the one key that mixes to 1. That can
/// only add a candidate, and candidates are verified on their exact shingles.
final class DuplicateIndex {
    private var keys: [UInt64]
    private var ordinals: [UInt32]
    private var capacityBits: Int
    /// Item ids by ordinal; 0 once retired (its transaction rolled back).
    private var itemIDs: [Int64] = []
    /// How many sampled shingles each item has, by ordinal.
    private var sampleCounts: [UInt32] = []
    private(set) var count = 0
    /// Written by `touchHomes` so that its reads are not optimised away; never read.
    private var lastTouched: UInt64 = 0
    /// Scratch for `candidates`: samples shared with the text, by ordinal; all 0 between calls.
    private var sharedSamples: [UInt32] = []

    init(expectedKeys: Int = 0) {
        capacityBits = 16
        while Double(expectedKeys) > Self.maximumLoad * Double(1 << capacityBits) { capacityBits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << capacityBits)
        ordinals = [UInt32](repeating: 0, count: 1 << capacityBits)
    }

    /// Beyond this share of slots in use, probe runs grow long: the table doubles.
    private static let maximumLoad = 0.7

    /// Adds an item found by `bandKeys` and `sampleKeys`; returns its ordinal, for `retire`.
    @discardableResult
    func add(itemID: Int64, bandKeys: [Int64], sampleKeys: [Int64]) -> Int {
        let ordinal = itemIDs.count
        precondition(ordinal < Int(UInt32.max), "the duplicate index holds at most 4 billion items")
        itemIDs.append(itemID)
        sampleCounts.append(UInt32(clamping: sampleKeys.count))
        let added = bandKeys.count + sampleKeys.count
        while Double(count + added) > Self.maximumLoad * Double(keys.count) { grow() }
        let allKeys = bandKeys + sampleKeys
        let bits = capacityBits
        withSlots { keys, ordinals in
            touchHomes(of: allKeys, in: UnsafeRawBufferPointer(keys), bits: bits)
            for key in allKeys { Self.place(Self.mix(key), UInt32(ordinal), in: keys, ordinals, bits: bits) }
        }
        count += added
        return ordinal
    }

    /// Items added (retired ones included: their slots stay).
    var itemCount: Int { itemIDs.count }

    /// What the table and the per-item arrays hold in memory.
    var memoryBytes: Int {
        keys.count * MemoryLayout<UInt64>.stride + ordinals.count * MemoryLayout<UInt32>.stride
            + itemIDs.count * MemoryLayout<Int64>.stride + (sampleCounts.count + sharedSamples.count) * MemoryLayout<UInt32>.stride
    }

    /// Forgets an item whose transaction rolled back (its row id may be handed out again).
    func retire(ordinal: Int) { itemIDs[ordinal] = 0 }

    /// The live items worth comparing with a text, each once, in ascending id order: those sharing
    /// a band key, and those sharing enough sampled shingles to be contained in it, or it in them,
    /// at `minimumContainment` (0: any shared sample).
    func candidates(bandKeys: [Int64], sampleKeys: [Int64], minimumContainment: Double) -> [Int64] {
        var found: [Int64] = []
        forEachHolder(of: bandKeys) { ordinal in
            if itemIDs[ordinal] != 0 { found.append(itemIDs[ordinal]) }
        }
        // Shared samples are counted in an array by ordinal, not a dictionary: a text meets dozens
        // of items through common phrases, and this runs for every new item on the store's thread.
        if sharedSamples.count < itemIDs.count { sharedSamples += repeatElement(0, count: itemIDs.count - sharedSamples.count) }
        var sharing: [Int] = []
        forEachHolder(of: sampleKeys) { ordinal in
            if sharedSamples[ordinal] == 0 { sharing.append(ordinal) }
            sharedSamples[ordinal] += 1
        }
        for ordinal in sharing {
            let count = Int(sharedSamples[ordinal])
            sharedSamples[ordinal] = 0
            guard itemIDs[ordinal] != 0 else { continue }
            let smaller = min(sampleKeys.count, Int(sampleCounts[ordinal]))
            if count >= Self.minimumSharedSamples(smallerSample: smaller, containment: minimumContainment) { found.append(itemIDs[ordinal]) }
        }
        found.sort()
        var unique: [Int64] = []
        for itemID in found where itemID != unique.last { unique.append(itemID) }
        return unique
    }

    /// How many sampled shingles two texts must share to be worth comparing for containment `c`.
    /// Sampling keeps a shingle by its hash, the same in both texts, so if the smaller text's n
    /// samples are contained at c, the shared count is hypergeometric with mean c·n and a standard
    /// deviation under √(n·c·(1−c)). Three deviations below the mean loses a copy at exactly c about
    /// once in a thousand, and one above c far less often (10 samples at c = 0.7: 2 needed, a miss
    /// once in 7,000), while a stored item sharing a common phrase or two no longer qualifies (a
    /// 65-sample text needs 34). A quarter of c·n (11 of 65) let through candidates that were read
    /// from the store and compared for nothing: side by side, every item indexed, 5.8 → 4.3 s.
    static func minimumSharedSamples(smallerSample n: Int, containment c: Double) -> Int {
        let n = Double(n)
        return max(1, Int(c * n - 3 * (n * c * (1 - c)).squareRoot()))
    }

    private func forEachHolder(of wanted: [Int64], _ body: (_ ordinal: Int) -> Void) {
        let bits = capacityBits
        keys.withUnsafeBufferPointer { keys in
            ordinals.withUnsafeBufferPointer { ordinals in
                touchHomes(of: wanted, in: UnsafeRawBufferPointer(keys), bits: bits)
                let mask = keys.count - 1
                for key in wanted {
                    let mixed = Self.mix(key)
                    var slot = Self.home(of: mixed, bits: bits)
                    while keys[slot] != 0 {
                        if keys[slot] == mixed { body(Int(ordinals[slot])) }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Reads each key's home slot once before the real probes. These reads do not depend on each
    /// other, so the processor waits for their cache misses together; probing key by key it waited
    /// for each in turn, and those waits were 60 % of looking an item up (perf annotate).
    private func touchHomes(of wanted: [Int64], in keys: UnsafeRawBufferPointer, bits: Int) {
        var touched: UInt64 = 0
        for key in wanted { touched &+= keys.load(fromByteOffset: Self.home(of: Self.mix(key), bits: bits) * 8, as: UInt64.self) }
        // Kept, or the optimiser would drop the reads.
        lastTouched = touched
    }

    /// The keys are hashes already, but band keys and sampled shingles come from different
    /// functions; multiplying by an odd constant spreads both evenly and loses nothing.
    private static func mix(_ key: Int64) -> UInt64 { max(1, UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) }

    private static func home(of mixed: UInt64, bits: Int) -> Int { Int(mixed >> UInt64(64 - bits)) }

    /// Lends the slots to `body` as buffers, for one exclusivity and uniqueness check per batch:
    /// subscripting the arrays paid both per slot (5 % of the store thread's time, perf).
    private func withSlots(_ body: (UnsafeMutableBufferPointer<UInt64>, UnsafeMutableBufferPointer<UInt32>) -> Void) {
        keys.withUnsafeMutableBufferPointer { keys in
            ordinals.withUnsafeMutableBufferPointer { ordinals in body(keys, ordinals) }
        }
    }

    /// Puts a mixed key and its ordinal in the first free slot from the key's home.
    private static func place(
        _ mixed: UInt64, _ ordinal: UInt32, in keys: UnsafeMutableBufferPointer<UInt64>, _ ordinals: UnsafeMutableBufferPointer<UInt32>,
        bits: Int
    ) {
        let mask = keys.count - 1
        var slot = home(of: mixed, bits: bits)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = mixed
        ordinals[slot] = ordinal
    }

    private func grow() {
        let (oldKeys, oldOrdinals) = (keys, ordinals)
        capacityBits += 1
        keys = [UInt64](repeating: 0, count: 1 << capacityBits)
        ordinals = [UInt32](repeating: 0, count: 1 << capacityBits)
        let bits = capacityBits
        withSlots { keys, ordinals in
            for slot in oldKeys.indices where oldKeys[slot] != 0 { Self.place(oldKeys[slot], oldOrdinals[slot], in: keys, ordinals, bits: bits) }
        }
    }
}
