import Foundation

/// Checks on a page's raw bytes before it is parsed.
enum PageBytes {
    /// Why the bytes cannot be an HTML page, or nil when they can. Servers send images, PDFs and
    /// compressed archives as `text/html`; NUL and other control bytes in the first kilobyte give
    /// them away (text in UTF-16, which has NULs, starts with a byte order mark).
    static func reasonNotText(_ data: Data) -> String? {
        if data.isEmpty { return "the page is empty" }
        if EncodingChoice.byteOrderMark(data)?.hasPrefix("UTF-16") == true { return nil }
        guard DocumentBytes.isASCIICompatible(data) else { return "the page is binary, not HTML (it has NUL bytes)" }
        let head = data.prefix(1_024)
        let controls = head.reduce(0) { count, byte in count + (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C ? 1 : 0) }
        if controls * 20 > head.count { return "the page is binary, not HTML (\(controls) control bytes in its first \(head.count))" }
        return nil
    }

    /// The bytes without NULs, which browsers skip in HTML text and which end libxml2's parse
    /// wherever they appear. Only for ASCII-compatible encodings, where a zero byte is a NUL.
    static func withoutNULs(_ data: Data) -> Data {
        guard DocumentBytes.isASCIICompatible(data), data.contains(0) else { return data }
        return data.filter { $0 != 0 }
    }
}
