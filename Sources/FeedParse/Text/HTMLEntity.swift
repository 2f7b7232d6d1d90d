internal import CLibXML2

/// Character references as HTML reads them: named (libxml2's HTML 4 table) and numeric.
enum HTMLEntity {
    static func character(named name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
            return String(Character(scalar))
        }
    }

    /// A numeric reference's character. HTML maps NUL, surrogates and out-of-range values to U+FFFD
    /// and the C1 range to Windows-1252, which is what the publisher meant.
    static func character(code: UInt32) -> String {
        if (0x80...0x9F).contains(code) {
            let windows1252: [UInt32] = [
                0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
                0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
                0x0153, 0xFFFD, 0x017E, 0x0178,
            ]
            return String(Character(Unicode.Scalar(windows1252[Int(code - 0x80)])!))
        }
        guard code != 0, let scalar = Unicode.Scalar(code) else { return "\u{FFFD}" }
        return String(Character(scalar))
    }
}
