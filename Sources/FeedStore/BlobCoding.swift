/// Stored hash arrays: little-endian 64-bit words, back to back, no header.
enum BlobCoding {
    static func encode(_ values: [UInt64]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 8)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> [UInt64] {
        bytes.withUnsafeBytes { raw in
            (0..<(raw.count / 8)).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
    }

    /// Index keys (signed in SQL and in the analysis), stored the same way.
    static func encode(_ keys: [Int64]) -> [UInt8] { encode(keys.map { UInt64(bitPattern: $0) }) }

    static func decodeKeys(_ bytes: [UInt8]) -> [Int64] { decode(bytes).map { Int64(bitPattern: $0) } }
}
