import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Looks up a host's addresses with the system resolver, so that page fetching can check them
/// before connecting (`PageFetcher`).
enum HostResolver {
    /// The host's addresses, in the resolver's order; a literal IP address is returned as itself.
    /// `getaddrinfo` blocks, so it runs on a Dispatch worker rather than on one of the few threads
    /// that run tasks. (NIO's shared thread pool would do too, but it is never torn down, and the
    /// leak checker of the sanitizer run reports it.)
    static func addresses(of host: String) async throws -> [NetworkAddress] {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .utility).async { continuation.resume(with: Result { try lookUp(name) }) }
        }
    }

    private static func lookUp(_ name: String) throws -> [NetworkAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(name, nil, &hints, &list)
        guard status == 0, let first = list else {
            throw FetchFailure(message: "cannot resolve host \(name): \(text(gai_strerror(status)))")
        }
        defer { freeaddrinfo(first) }
        var addresses: [NetworkAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let address = entry.pointee.ai_addr, let converted = convert(address), !addresses.contains(converted) {
                addresses.append(converted)
            }
            cursor = entry.pointee.ai_next
        }
        guard !addresses.isEmpty else { throw FetchFailure(message: "host \(name) has no IP address") }
        return addresses
    }

    private static func text(_ characters: UnsafePointer<CChar>?) -> String {
        guard let characters else { return "unknown error" }
        return text(Array(UnsafeBufferPointer(start: characters, count: strlen(characters))))
    }

    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func convert(_ address: UnsafeMutablePointer<sockaddr>) -> NetworkAddress? {
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                withUnsafeBytes(of: v4.pointee.sin_addr) { networkAddress(family: AF_INET, $0) }
            }
        case AF_INET6:
            address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                withUnsafeBytes(of: v6.pointee.sin6_addr) { networkAddress(family: AF_INET6, $0) }
            }
        default: nil
        }
    }

    /// `raw`: the bytes of an `in_addr` or `in6_addr`, in network byte order.
    private static func networkAddress(family: Int32, _ raw: UnsafeRawBufferPointer) -> NetworkAddress {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        inet_ntop(family, raw.baseAddress, &buffer, socklen_t(buffer.count))
        return NetworkAddress(bytes: Array(raw), text: text(buffer))
    }
}
