import AsyncHTTPClient
import FeedCore
import Foundation
import NIOCore
import NIOPosix

/// Fetches the web pages that feed items link to, politely and without becoming a way into the
/// operator's network.
///
/// - Politeness: every request waits for a slot of its host in the `HostBudget` that the feeds
///   use too; `robots.txt` is read first and kept a day per host (RFC 9309); a 429 or 503, to a
///   page or to one of the host's feeds, holds the host's pages until its `Retry-After`.
/// - Whose network: each hop's host is resolved here and its addresses checked
///   (`NetworkAddress.nonPublicKind`); the connection goes to the checked address (the client's
///   DNS override), so a second lookup cannot swap it, and redirects are followed here, one
///   checked hop at a time.
public actor PageFetcher {
    private let settings: FetchSettings
    private let budget: HostBudget
    private let now: @Sendable () -> Date
    private let agentToken: String
    private var robots: [String: (reading: Task<(RobotsRules, TimeInterval), Never>, until: Date)] = [:]
    private var holds: [String: Date] = [:]
    private var refusedHosts: Set<String> = []
    /// Pages asked for in this cycle: the store knows those of earlier cycles (`Store.pageAttempts`).
    private var requested: Set<String> = []

    /// How long a host's robots.txt is trusted.
    static let robotsLifetime: TimeInterval = 86_400
    /// How long an unreadable robots.txt (5xx, no answer) keeps a host's pages waiting.
    static let robotsRetry: TimeInterval = 3_600
    /// How long a 429 or 503 without `Retry-After` holds a host's pages.
    static let defaultHold: TimeInterval = 600

    /// Why an address may not be fetched from, or nil: `NetworkAddress.nonPublicKind`, unless
    /// `fetch.allow_private_pages`.
    private let refusal: @Sendable (NetworkAddress) -> String?

    public init(settings: FetchSettings, budget: HostBudget, now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(settings: settings, budget: budget, now: now, refusal: { settings.allowPrivatePages ? nil : $0.nonPublicKind })
    }

    /// With another rule for addresses: tests, which have only loopback, refuse some of it.
    init(settings: FetchSettings, budget: HostBudget, now: @escaping @Sendable () -> Date, refusal: @escaping @Sendable (NetworkAddress) -> String?) {
        self.settings = settings
        self.budget = budget
        self.now = now
        self.refusal = refusal
        // The product token is the user agent's first word without its version: "feedwatch".
        agentToken = String(settings.userAgent.prefix { $0 != "/" && $0 != " " }).lowercased()
    }

    /// A 429 or 503 holds the host's pages until the answer's `Retry-After`, or `defaultHold`
    /// without one. Returns the end of the hold, or nil for any other answer.
    @discardableResult
    public func holdPages(of host: String, after status: Int?, retryAfter: RetryAfter?) -> Date? {
        guard let status, [429, 503].contains(status) else { return nil }
        let until = retryAfter?.date(after: now()) ?? now().addingTimeInterval(Self.defaultHold)
        holds[host] = max(holds[host] ?? .distantPast, until)
        return until
    }

    /// A new poll cycle: what the last one fetched is in the store now.
    public func newCycle() {
        requested = []
    }

    public func fetch(_ url: String) async -> PageFetchResult {
        guard requested.insert(url).inserted else {
            return .skipped(PageSkip(kind: .repeated, description: "already asked for in this cycle, for another item"))
        }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = components.host?.lowercased(), !host.isEmpty
        else { return .skipped(PageSkip(kind: .unsupported, description: "not an http or https URL")) }
        let time = now()
        if let until = holds[host], until > time {
            return .skipped(PageSkip(kind: .held, description: "\(host) asked to wait until \(until.formatted(.iso8601))"))
        }
        // Whose network first: a host we may not reach has no robots.txt we may read either.
        let address: NetworkAddress
        switch await checkedAddress(of: host) {
        case .success(let checked): address = checked
        case .failure(let refusal): return .skipped(refusal)
        }
        let rules = await robotsRules(for: components, host: host, at: address)
        let path = (components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath)
            + (components.percentEncodedQuery.map { "?\($0)" } ?? "")
        guard rules.allows(path) else {
            return .skipped(PageSkip(kind: .robots, description: "\(host)/robots.txt does not allow \(path)"))
        }
        switch await follow(url, at: address, accept: "text/html, application/xhtml+xml;q=0.9") {
        case .answered(let response, let finalURL):
            return page(response, url: finalURL)
        case .ended(let outcome):
            return outcome
        }
    }

    private func page(_ response: Response, url: String) -> PageFetchResult {
        let type = response.contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard type == "text/html" || type == "application/xhtml+xml" else {
            return .failed(FetchFailure(status: response.status, message: "not a web page (Content-Type \(type.isEmpty ? "missing" : type))"))
        }
        return .page(FetchedPage(body: response.body, url: url, charset: FeedCharset.label(inContentType: response.contentType)))
    }

    /// The host's robots.txt rules for us, fetched when not known or older than a day. Pages of a
    /// host asked for while its robots.txt is on the way wait for that one request.
    private func robotsRules(for page: URLComponents, host: String, at address: NetworkAddress) async -> RobotsRules {
        if let known = robots[host], known.until > now() { return await known.reading.value.0 }
        let reading = Task { await self.readRobots(for: page, at: address) }
        robots[host] = (reading, .distantFuture)
        let (rules, lifetime) = await reading.value
        robots[host] = (reading, now().addingTimeInterval(lifetime))
        return rules
    }

    /// What the host's robots.txt says, and how long that holds.
    private func readRobots(for page: URLComponents, at address: NetworkAddress) async -> (RobotsRules, TimeInterval) {
        var robotsURL = URLComponents()
        (robotsURL.scheme, robotsURL.host, robotsURL.port, robotsURL.path) = (page.scheme, page.host, page.port, "/robots.txt")
        switch await follow(robotsURL.string ?? "", at: address, accept: "text/plain") {
        case .answered(let response, _):
            return (RobotsRules(parsing: String(decoding: response.body, as: UTF8.self), agent: agentToken), Self.robotsLifetime)
        case .ended(.failed(let failure)) where (400..<500).contains(failure.status ?? 0) && failure.status != 429:
            return (.allowAll, Self.robotsLifetime)
        case .ended:
            return (.disallowAll, Self.robotsRetry)
        }
    }

    private struct Response {
        var status: Int
        var contentType: String?
        var body: Data
    }

    /// Where following a URL ended: a 2xx answer at its final address, or another outcome.
    private enum Followed {
        case answered(Response, url: String)
        case ended(PageFetchResult)
    }

    /// GETs `url`, whose host the caller checked and found at `firstAddress`, following up to
    /// `fetch.max_redirects` redirects, each further hop checked; fails on anything but a 2xx in
    /// the end.
    private func follow(_ url: String, at firstAddress: NetworkAddress, accept: String) async -> Followed {
        var current = url
        var visited: Set<String> = []
        for hop in 0...settings.maxRedirects {
            guard visited.insert(current).inserted else { return .ended(.failed(FetchFailure(message: "redirect loop"))) }
            guard let components = URLComponents(string: current), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
                let host = components.host?.lowercased()
            else { return .ended(.failed(FetchFailure(message: "redirected to \(current), which is not an http or https URL"))) }
            let address: NetworkAddress
            switch hop == 0 ? .success(firstAddress) : await checkedAddress(of: host) {
            case .success(let checked): address = checked
            case .failure(let refusal): return .ended(.skipped(refusal))
            }
            let hopURL = current
            let hop = await budget.withSlot(for: hopURL) { [settings] in
                await Self.exchange(hopURL, host: host, address: address, accept: accept, settings: settings)
            }
            let answer: Answer
            switch hop {
            case .failure(let failure): return .ended(.failed(failure))
            case .success(let answered): answer = answered
            }
            let status = answer.response.status
            if let location = answer.location, (300..<400).contains(status) {
                guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString else {
                    return .ended(.failed(FetchFailure(status: status, message: "redirect to an unreadable Location '\(location)'")))
                }
                current = next
                continue
            }
            guard (200..<300).contains(status) else {
                var failure = FetchFailure(status: status, message: "HTTP \(status)")
                if let until = holdPages(of: host, after: status, retryAfter: answer.retryAfter) {
                    failure.message += "; \(host) holds its pages until \(until.formatted(.iso8601))"
                }
                return .ended(.failed(failure))
            }
            return .answered(answer.response, url: current)
        }
        return .ended(.failed(FetchFailure(message: "more than \(settings.maxRedirects) redirects")))
    }

    /// The first of the host's addresses that may be fetched, or why none may.
    private func checkedAddress(of host: String) async -> Result<NetworkAddress, PageSkip> {
        let addresses: [NetworkAddress]
        do {
            addresses = try await HostResolver.addresses(of: host)
        } catch {
            return .failure(PageSkip(kind: .unresolved, description: "\(error)"))
        }
        if let allowed = addresses.first(where: { refusal($0) == nil }) { return .success(allowed) }
        let first = refusedHosts.insert(host).inserted
        let kinds = addresses.map { "\($0) (\(refusal($0) ?? ""))" }.joined(separator: ", ")
        return .failure(PageSkip(
            kind: .refused, description: "\(host) resolves to \(kinds), not a public address; set fetch.allow_private_pages: true to allow it",
            firstForHost: first))
    }

    private struct Answer: Sendable {
        var response: Response
        var location: String?
        var retryAfter: RetryAfter?
    }

    /// One request to the checked address, the whole exchange within `fetch.timeout`.
    private static func exchange(
        _ url: String, host: String, address: NetworkAddress, accept: String, settings: FetchSettings
    ) async -> Result<Answer, FetchFailure> {
        var configuration = FeedFetcher.clientConfiguration(settings, redirects: .disallow)
        configuration.dnsOverride = [host: address.description]
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        let result = await Deadline.run(within: settings.totalTimeout, {
            await request(url, accept: accept, client: client, settings: settings)
        }, timedOut: .failure(FetchFailure(message: FetchErrorDescription.describe(HTTPClientError.deadlineExceeded, settings: settings))))
        try? await client.shutdown()
        return result
    }

    private static func request(_ url: String, accept: String, client: HTTPClient, settings: FetchSettings) async -> Result<Answer, FetchFailure> {
        let request = HTTPClientRequest(url: url, accept: accept, settings: settings)
        do {
            let response = try await client.execute(request, timeout: .init(settings.totalTimeout))
            let status = Int(response.status.code)
            let headers = response.headers
            let body = (200..<300).contains(status) ? try await response.body.collect(upTo: settings.maxBodyBytes) : ByteBuffer()
            return .success(Answer(
                response: Response(status: status, contentType: headers.first(name: "Content-Type"), body: Data(body.readableBytesView)),
                location: headers.first(name: "Location"),
                retryAfter: RetryAfter.asked(status: status, headers: headers)))
        } catch {
            return .failure(FetchFailure(message: FetchErrorDescription.describe(error, settings: settings)))
        }
    }
}
