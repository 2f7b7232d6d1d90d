/// XXH64, the 64-bit xxHash, written from its published specification.
///
/// Everything that is stored (shingles, signatures, item keys) is hashed with this fixed-seed
/// function, never with Swift's `Hasher`, whose seed changes with every process.
public enum XXH64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    public static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    public static func hash<Bytes: Sequence>(bytes: Bytes, seed: UInt64 = 0) -> UInt64 where Bytes.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBytes { hash($0, seed: seed) }
    }

    public static func hash(_ buffer: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let length = buffer.count
        var offset = 0
        var result: UInt64
        if length >= 32 {
            var v1 = seed &+ prime1 &+ prime2
            var v2 = seed &+ prime2
            var v3 = seed
            var v4 = seed &- prime1
            while offset + 32 <= length {
                v1 = round(v1, read64(buffer, offset))
                v2 = round(v2, read64(buffer, offset + 8))
                v3 = round(v3, read64(buffer, offset + 16))
                v4 = round(v4, read64(buffer, offset + 24))
                offset += 32
            }
            result = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            result = mergeRound(result, v1)
            result = mergeRound(result, v2)
            result = mergeRound(result, v3)
            result = mergeRound(result, v4)
        } else {
            result = seed &+ prime5
        }
        result = result &+ UInt64(length)
        while offset + 8 <= length {
            result ^= round(0, read64(buffer, offset))
            result = rotl(result, 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= length {
            result ^= UInt64(read32(buffer, offset)) &* prime1
            result = rotl(result, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < length {
            result ^= UInt64(buffer[offset]) &* prime5
            result = rotl(result, 11) &* prime1
            offset += 1
        }
        return avalanche(result)
    }

    /// XXH64's final mixing step, also a good 64-bit bijective mixer on its own.
    @inlinable
    public static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        h = h &* 0x1656_67B1_9E37_79F9
        h ^= h >> 32
        return h
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotl(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func mergeRound(_ accumulator: UInt64, _ value: UInt64) -> UInt64 {
        (accumulator ^ round(0, value)) &* prime1 &+ prime4
    }

    @inline(__always)
    private static func rotl(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    @inline(__always)
    private static func read64(_ buffer: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func read32(_ buffer: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
