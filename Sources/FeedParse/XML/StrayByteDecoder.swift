import Foundation

/// Reads a document that is UTF-8 except for a few bytes that are not: each valid UTF-8 sequence
/// as UTF-8 and each other byte as Windows-1252, the way browsers and robust feed readers recover
/// text that a CMS assembled from UTF-8 templates and Latin-1 database fields. Reading the whole
/// document in either encoding would garble the other part ("BrÃ¸ndby", or "Br�ndby").
enum StrayByteDecoder {
    struct Census {
        /// Valid UTF-8 sequences of two to four bytes.
        var multibyteSequences = 0
        /// Bytes that are not part of a valid UTF-8 sequence.
        var strayBytes = 0
    }

    static func census(_ data: Data) -> Census {
        data.withUnsafeBytes { raw in
            var census = Census()
            var index = 0
            while index < raw.count {
                // Most of a feed is ASCII: eight bytes at a time while none has its high bit set.
                if index + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                if raw[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(raw, at: index)
                if length == 0 {
                    census.strayBytes += 1
                    index += 1
                } else {
                    census.multibyteSequences += 1
                    index += length
                }
            }
            return census
        }
    }

    /// The document in UTF-8, each stray byte replaced by its Windows-1252 character.
    static func decode(_ data: Data) -> Data {
        data.withUnsafeBytes { raw in
            var output = [UInt8]()
            output.reserveCapacity(raw.count + raw.count / 16)
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                if byte < 0x80 {
                    output.append(byte)
                    index += 1
                    continue
                }
                let length = sequenceLength(raw, at: index)
                if length == 0 {
                    appendUTF8(windows1252(byte), to: &output)
                    index += 1
                } else {
                    output.append(contentsOf: raw[index..<index + length])
                    index += length
                }
            }
            return Data(output)
        }
    }

    /// The length of the valid UTF-8 sequence of two to four bytes at `index`, or 0 (RFC 3629 §4:
    /// no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func sequenceLength(_ raw: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = raw[index]
        let (length, secondLow, secondHigh): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
        case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
        case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
        case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
        case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= raw.count, (secondLow...secondHigh).contains(raw[index + 1]) else { return 0 }
        for offset in 2..<length where raw[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// Windows-1252 as the WHATWG Encoding Standard defines it: 0x80–0x9F are punctuation and
    /// letters (five unassigned bytes stay the C1 controls of the same number), the rest Latin-1.
    private static func windows1252(_ byte: UInt8) -> UInt32 {
        guard byte >= 0x80 && byte < 0xA0 else { return UInt32(byte) }
        return c1Row[Int(byte - 0x80)]
    }

    private static let c1Row: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        if scalar < 0x800 {
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
