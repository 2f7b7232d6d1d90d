/// An IP address as its bytes (4 or 16) and as text, with what kind of network it belongs to.
public struct NetworkAddress: Sendable, Equatable, CustomStringConvertible {
    public let bytes: [UInt8]
    public let description: String

    public init(bytes: [UInt8], text: String) {
        self.bytes = bytes
        description = text
    }

    /// What makes the address unfit for fetching a page a feed linked to, or nil when it is a
    /// public unicast address. Loopback, private (RFC 1918, `fc00::/7`), link-local (where cloud
    /// metadata services answer), CGNAT, unspecified, multicast, reserved and documentation ranges
    /// all count: none of them is a news site on the internet.
    public var nonPublicKind: String? {
        if bytes.count == 4 { return Self.kind(ipv4: bytes) }
        guard bytes.count == 16 else { return "not an IP address" }
        // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach an IPv4 host.
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { return Self.kind(ipv4: Array(bytes[12...])) }
        if bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return Self.kind(ipv4: Array(bytes[12...])) }
        if bytes.allSatisfy({ $0 == 0 }) { return "unspecified" }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return "loopback" }
        if bytes[0] & 0xFE == 0xFC { return "private (unique local)" }
        if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return "link-local" }
        if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0xC0 { return "private (site-local)" }
        if bytes[0] == 0xFF { return "multicast" }
        if bytes[0..<4] == [0x20, 0x01, 0x0D, 0xB8] { return "documentation" }
        if bytes[0..<12].allSatisfy({ $0 == 0 }) { return "reserved (IPv4-compatible)" }
        return nil
    }

    private static func kind(ipv4 b: [UInt8]) -> String? {
        switch (b[0], b[1]) {
        case (0, _): return "unspecified"
        case (127, _): return "loopback"
        case (10, _), (172, 16...31), (192, 168): return "private"
        case (169, 254): return "link-local"
        case (100, 64...127): return "shared (CGNAT)"
        case (192, 0) where b[2] == 0 || b[2] == 2: return b[2] == 0 ? "reserved (IETF)" : "documentation"
        case (198, 18...19): return "reserved (benchmarking)"
        case (198, 51) where b[2] == 100, (203, 0) where b[2] == 113: return "documentation"
        case (224...239, _): return "multicast"
        case (240...255, _): return "reserved"
        default: return nil
        }
    }
}
