import FeedCore

/// The XXH64 hashes of `Tokenizer.tokens(text)`, computed on the UTF-8 bytes without making a
/// `String` per word: shingling's hot path. Same words, same normalisation, same hashes as
/// hashing the tokenizer's strings (a test holds the two to each other), so stored shingles stay
/// comparable.
enum TokenHasher {
    static func hashes(_ text: String, seed: UInt64) -> [UInt64] {
        var copy = text
        return copy.withUTF8 { hashes(utf8: $0, seed: seed) }
    }

    static func hashes(utf8 bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(bytes.count / 5)
        // Lower-casing can lengthen a character (up to three scalars of four bytes each).
        let word = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * 3 + 16)
        defer { word.deallocate() }
        var length = 0
        func flush() {
            guard length > 0 else { return }
            result.append(XXH64.hash(UnsafeRawBufferPointer(start: word, count: length), seed: seed))
            length = 0
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                    word[length] = byte
                    length += 1
                } else if (0x41...0x5A).contains(byte) {
                    word[length] = byte + 0x20
                    length += 1
                } else {
                    flush()
                }
                index += 1
                continue
            }
            let (scalar, encodedLength) = decode(bytes, at: index)
            index += encodedLength
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in scalar.properties.lowercaseMapping.utf8 {
                    word[length] = byte
                    length += 1
                }
            } else if scalar.properties.generalCategory != .nonspacingMark {
                flush()
            }
        }
        flush()
        return result
    }

    /// The scalar starting at `index` in valid UTF-8 (a Swift string's bytes always are).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
