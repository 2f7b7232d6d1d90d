import AsyncHTTPClient
import FeedCore
import FeedFetch
import Foundation
import NIOCore
import NIOHTTP1

/// POSTs alerts to `alerts.webhook` as JSON. Connection errors, timeouts, 5xx, 408 and 429 are tried
/// again (after `Retry-After` when the server sends one, up to a minute); other answers are final.
final class WebhookSender: Sendable {
    private let client: HTTPClient

    init(timeoutSeconds: Double) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(timeoutSeconds * 1000)), read: .milliseconds(Int64(timeoutSeconds * 1000))))
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    func shutdown() async {
        try? await client.shutdown()
    }

    /// Returns how many attempts it took; throws the last failure once retries are used up.
    @discardableResult
    func post(_ body: Data, settings: AlertHookSettings) async throws -> Int {
        guard let url = settings.webhookURL else { return 0 }
        var delay = settings.webhookRetryDelaySeconds
        for attempt in 1...(settings.webhookRetries + 1) {
            do {
                try await send(body, to: url, settings: settings)
                return attempt
            } catch let failure as Failure {
                guard failure.retryable, attempt <= settings.webhookRetries else {
                    throw FeedwatchError(.runtime, "\(url): \(failure.message) (\(attempt) attempt\(attempt == 1 ? "" : "s"))")
                }
                try await Task.sleep(for: .milliseconds(Int64((failure.retryAfter.map { min($0, 60) } ?? delay) * 1000)))
                delay *= 2
            }
        }
        return settings.webhookRetries + 1
    }

    private struct Failure: Error {
        var message: String
        var retryable: Bool
        var retryAfter: Double? = nil
    }

    private func send(_ body: Data, to url: String, settings: AlertHookSettings) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "feedwatch alert hook")
        for (name, value) in settings.webhookHeaders { request.headers.replaceOrAdd(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .milliseconds(Int64(settings.webhookTimeoutSeconds * 1000)))
            // Read the answer so the connection can be reused; its content does not matter.
            _ = try await response.body.collect(upTo: 1 << 20)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            var limits = FetchSettings()
            limits.connectTimeoutSeconds = settings.webhookTimeoutSeconds
            limits.totalTimeoutSeconds = settings.webhookTimeoutSeconds
            throw Failure(message: FetchErrorDescription.describe(error, settings: limits), retryable: true)
        }
        let status = Int(response.status.code)
        guard !(200..<300).contains(status) else { return }
        throw Failure(
            message: "HTTP \(status) \(response.status.reasonPhrase)",
            retryable: status >= 500 || status == 408 || status == 429,
            retryAfter: response.headers.first(name: "Retry-After").flatMap { Double($0.trimmingCharacters(in: .whitespaces)) })
    }
}
