/// Finds the words of a text in its UTF-8 bytes, normalised: lower case, letters and digits only,
/// nonspacing marks dropped (so "é" written as e + U+0301 is "e"). Apostrophes, hyphens and every
/// other character end a word. The one scanner behind both `Tokenizer` (words as strings, for
/// relatedness terms) and `TokenHasher` (word hashes, for shingles).
enum WordScanner {
    /// Calls `word` with each normalised word's UTF-8 bytes (valid only during the call).
    static func scan(_ text: String, _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { scan(utf8: $0, word) }
    }

    static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, _ word: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Lower-casing can lengthen a character (up to three scalars of four bytes each).
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * 3 + 16)
        defer { buffer.deallocate() }
        var length = 0
        func flush() {
            guard length > 0 else { return }
            word(UnsafeBufferPointer(start: buffer, count: length))
            length = 0
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                    buffer[length] = byte
                    length += 1
                } else if (0x41...0x5A).contains(byte) {
                    buffer[length] = byte + 0x20
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
                    buffer[length] = byte
                    length += 1
                }
            } else if scalar.properties.generalCategory != .nonspacingMark {
                flush()
            }
        }
        flush()
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
