import AsyncHTTPClient
import FeedCore
import Foundation
import NIOCore
import NIOHTTP1

/// One readable cause for a failed fetch, instead of a library's type name.
public enum FetchErrorDescription {
    public static func describe(_ error: Error, settings: FetchSettings) -> String {
        if error is NIOTooManyBytesError {
            let limit = settings.maxBodyBytes
            return "body larger than the " + (limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit >> 10) KB") + " limit (fetch.max_body)"
        }
        // NIOHTTPCompression's error type is not re-exported; its name is stable enough to match.
        if String(reflecting: type(of: error)).contains("DecompressionError") {
            return "compressed body expands more than \(FeedFetcher.maxDecompressionRatio)x; refused as a possible gzip bomb"
        }
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout: return "could not connect within \(Int(settings.connectTimeoutSeconds)) s"
            case .deadlineExceeded, .readTimeout: return "no complete answer within \(Int(settings.totalTimeoutSeconds)) s"
            case .redirectLimitReached: return "more than \(settings.maxRedirects) redirects"
            case .redirectCycleDetected: return "redirect loop"
            case .remoteConnectionClosed: return "the server closed the connection before answering"
            default: return "HTTP client error: \(client)"
            }
        }
        if let channel = error as? ChannelError, case .connectTimeout = channel {
            return "could not connect within \(Int(settings.connectTimeoutSeconds)) s"
        }
        let text = String(describing: error)
        // NIO reports a refused connect as "connection reset (error set): Connection refused".
        if text.contains("refused") { return "connection refused" }
        if text.contains("connection reset") || text.contains("Connection reset") { return "connection reset by the server" }
        if text.contains("NXDOMAIN") || text.contains("resolve") || text.contains("lookup") {
            return "cannot resolve the host name (no network or no such host)"
        }
        return text
    }
}
