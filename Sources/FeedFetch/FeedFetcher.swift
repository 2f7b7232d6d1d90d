import AsyncHTTPClient
import FeedCore
import Foundation
import NIOCore
import NIOHTTP1

/// Fetches feeds over HTTP(S) with conditional GET and hard limits, and from `file://` URLs.
public final class FeedFetcher: Sendable {
    private let client: HTTPClient
    private let settings: FetchSettings

    /// Compressed bodies may expand at most this many times (a gzip bomb expands a thousandfold).
    static let maxDecompressionRatio = 50

    public init(settings: FetchSettings) {
        self.settings = settings
        client = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: Self.clientConfiguration(settings, redirects: .follow(max: settings.maxRedirects, allowCycles: false)))
    }

    /// The client settings every fetch uses, feeds and pages: timeouts, the decompression cap,
    /// HTTP/1.1.
    static func clientConfiguration(
        _ settings: FetchSettings, redirects: HTTPClient.Configuration.RedirectConfiguration
    ) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: redirects,
            timeout: .init(connect: .milliseconds(Int64(settings.connectTimeoutSeconds * 1000)), read: .init(settings.totalTimeout)),
            decompression: .enabled(limit: .ratio(maxDecompressionRatio)))
        configuration.httpVersion = .http1Only
        // A refused or unreachable server fails the fetch at once (a feed backs off) instead of
        // holding a fetch slot while the client retries for the whole connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }

    /// Closes pooled connections; call once before the process ends.
    public func shutdown() async {
        try? await client.shutdown()
    }

    public func fetch(_ urlString: String, validators: Validators) async -> FetchResult {
        guard let url = URL(string: urlString), let scheme = url.scheme?.lowercased() else {
            return .failed(FetchFailure(message: "not a URL"))
        }
        switch scheme {
        case "file": return FileFeedReader.read(url, validators: validators, maxBytes: settings.maxBodyBytes)
        case "http", "https": return await fetchHTTP(urlString, validators: validators)
        default: return .failed(FetchFailure(message: "unsupported URL scheme '\(scheme)' (use http, https or file)"))
        }
    }

    /// `fetch.timeout` bounds the whole exchange (`Deadline`).
    private func fetchHTTP(_ url: String, validators: Validators) async -> FetchResult {
        await Deadline.run(
            within: settings.totalTimeout, { await self.exchange(url, validators: validators) },
            timedOut: .failed(FetchFailure(message: FetchErrorDescription.describe(HTTPClientError.deadlineExceeded, settings: settings))))
    }

    private func exchange(_ url: String, validators: Validators) async -> FetchResult {
        var request = HTTPClientRequest(
            url: url, accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
            settings: settings)
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(request, timeout: .init(settings.totalTimeout))
            let status = Int(response.status.code)
            if status == 304 { return .notModified(status: status) }
            guard (200..<300).contains(status) else {
                return .failed(FetchFailure(
                    status: status, message: "HTTP \(status) \(response.status.reasonPhrase)",
                    retryAfter: RetryAfter.asked(status: status, headers: response.headers)))
            }
            let buffer = try await response.body.collect(upTo: settings.maxBodyBytes)
            return .document(FetchedDocument(
                body: Data(buffer.readableBytesView), status: status,
                validators: Validators(etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified")),
                charset: FeedCharset.label(inContentType: response.headers.first(name: "Content-Type")),
                permanentURL: Self.permanentURL(response), freshSeconds: Self.freshness(response.headers)))
        } catch {
            return .failed(FetchFailure(message: FetchErrorDescription.describe(error, settings: settings)))
        }
    }

    /// `Cache-Control: max-age=N` (unless `no-cache`/`no-store`), else `Expires` minus `Date`.
    static func freshness(_ headers: HTTPHeaders) -> Double? {
        let directives = headers[canonicalForm: "Cache-Control"].map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        if directives.contains("no-cache") || directives.contains("no-store") { return nil }
        if let maxAge = directives.lazy.compactMap({ $0.hasPrefix("max-age=") ? Double($0.dropFirst(8)) : nil }).first {
            return maxAge > 0 ? maxAge : nil
        }
        guard let expires = headers.first(name: "Expires").flatMap(FeedDate.parse) else { return nil }
        let now = headers.first(name: "Date").flatMap(FeedDate.parse) ?? Date()
        let seconds = expires.timeIntervalSince(now)
        return seconds > 0 ? seconds : nil
    }

    /// The final URL, if every hop that led there was a permanent redirect.
    private static func permanentURL(_ response: HTTPClientResponse) -> String? {
        let hops = response.history.dropLast()
        guard !hops.isEmpty, hops.allSatisfy({ [301, 308].contains($0.responseHead.status.code) }) else { return nil }
        return response.url?.absoluteString
    }
}
