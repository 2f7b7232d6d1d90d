import Foundation

/// A request the loopback server received.
public struct TestRequest: Sendable {
    public let method: String
    public let path: String
    public let headers: [(String, String)]
    public var body: [UInt8] = []
    /// Wall-clock time of arrival, for tests about order across servers.
    public var receivedAt = Date()

    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}
