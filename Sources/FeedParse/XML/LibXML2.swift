internal import CLibXML2

/// The way into libxml2's process-wide state. Every use of libxml2 that can touch its globals goes
/// through here, so `xmlInitParser` has run before any of them.
///
/// libxml2 otherwise builds its encoding-handler table on first use, without a lock. Feeds are
/// parsed on several threads at once, and two first uses at once both built the table: one thread
/// then read a slot the other had not filled yet. That crashed the daemon under AddressSanitizer in
/// CI, on the first poll cycle. libxml2's documentation asks multi-threaded programs to call
/// `xmlInitParser` once before anything else. A Swift static is initialised exactly once, whichever
/// thread gets there first, and the others wait for it.
enum LibXML2 {
    private static let initialised: Void = xmlInitParser()

    static func prepare() { _ = initialised }

    /// The converter from `label` to UTF-8, or nil when libxml2 does not know the encoding. The
    /// caller owns it: hand it to a parser context, which closes it, or close it with
    /// `xmlCharEncCloseFunc`.
    static func decoder(for label: String) -> xmlCharEncodingHandlerPtr? {
        prepare()
        return xmlFindCharEncodingHandler(label)
    }

    /// Whether libxml2 can read `label`. Closes the converter it opened to answer: for encodings
    /// it converts through iconv (windows-1252, KOI8-R…) each is ~9 KB, and left open it leaked on
    /// every poll of every feed whose server names such a charset.
    static func canDecode(_ label: String) -> Bool {
        guard let decoder = decoder(for: label) else { return false }
        xmlCharEncCloseFunc(decoder)
        return true
    }
}
