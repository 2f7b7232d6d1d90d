import FeedCore
@testable import FeedFetch
import FeedParse
import FeedTestSupport
import Foundation
import Testing

/// Fetching items' pages from real loopback servers: politeness, whose network, and bad pages.
@Suite(.serialized) struct PageFetcherTests {
    static func fetcher(allowPrivate: Bool = true, configure: (inout FetchSettings) -> Void = { _ in }) -> PageFetcher {
        var settings = FetchSettings()
        settings.allowPrivatePages = allowPrivate
        configure(&settings)
        return PageFetcher(settings: settings, budget: HostBudget(perHost: settings.perHost))
    }

    static let article = ArticlePageTemplate.page(
        layout: 0, site: "Loopback News", title: "Lavrov in Naypyidaw",
        paragraphs: [String](repeating: "Russian Foreign Minister Sergei Lavrov met the military government's leaders in Naypyidaw.", count: 4),
        related: ["Other news"])

    static func html(_ text: String, headers: [(String, String)] = []) -> TestResponse {
        TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")] + headers, body: Array(text.utf8))
    }

    @Test func aLoopbackPageIsRefusedUnlessPrivatePagesAreAllowed() async throws {
        let server = try await LoopbackHTTPServer.start { _ in Self.html(Self.article) }
        defer { Task { try? await server.stop() } }
        let guarded = Self.fetcher(allowPrivate: false)
        guard case .skipped(let first) = await guarded.fetch(server.url("/story/1")) else {
            Issue.record("a loopback page was fetched without fetch.allow_private_pages")
            return
        }
        #expect(first.kind == .refused)
        #expect(first.firstForHost)
        #expect(first.description.contains("127.0.0.1 (loopback), not a public address; set fetch.allow_private_pages: true"))
        guard case .skipped(let second) = await guarded.fetch(server.url("/story/2")) else { Issue.record("fetched"); return }
        #expect(second.kind == .refused && !second.firstForHost)
        // A name that resolves to loopback is refused the same way.
        guard case .skipped(let named) = await guarded.fetch("http://localhost:\(server.port)/story/3") else { Issue.record("fetched"); return }
        #expect(named.kind == .refused)
        #expect(server.requests.isEmpty)

        guard case .page(let page) = await Self.fetcher(allowPrivate: true).fetch(server.url("/story/1")) else {
            Issue.record("fetch.allow_private_pages did not allow a loopback page")
            return
        }
        #expect(page.url == server.url("/story/1"))
        #expect(page.charset == "utf-8")
    }

    /// Every hop is checked: a redirect from an allowed host to one that is not is refused there.
    /// (Only loopback exists here, so 127.0.0.2 plays the private network.)
    @Test func aRedirectToAForbiddenAddressIsRefusedAtThatHop() async throws {
        let inside = try await LoopbackHTTPServer.start(host: "127.0.0.2") { _ in Self.html(Self.article) }
        let outside = try await LoopbackHTTPServer.start { request in
            request.path == "/robots.txt" ? .status(404) : .status(302, headers: [("Location", inside.url("/admin"))])
        }
        defer { Task { try? await inside.stop(); try? await outside.stop() } }
        var settings = FetchSettings()
        settings.allowPrivatePages = false
        let fetcher = PageFetcher(
            settings: settings, budget: HostBudget(perHost: 2), now: { Date() }, refusal: { $0.description == "127.0.0.2" ? "private" : nil })
        guard case .skipped(let skip) = await fetcher.fetch(outside.url("/story")) else {
            Issue.record("a redirect into the forbidden address was followed")
            return
        }
        #expect(skip.kind == .refused)
        #expect(skip.description.contains("127.0.0.2 resolves to 127.0.0.2 (private)"), "\(skip)")
        #expect(outside.requests(to: "/story").count == 1)
        #expect(inside.requests.isEmpty)
    }

    @Test func robotsTxtIsHonouredAndReadOncePerHost() async throws {
        let server = try await LoopbackHTTPServer.start { request in
            switch request.path {
            case "/robots.txt": TestResponse(status: 200, headers: [("Content-Type", "text/plain")], body: Array("User-agent: *\nDisallow: /private/\n".utf8))
            default: Self.html(Self.article)
            }
        }
        defer { Task { try? await server.stop() } }
        let fetcher = Self.fetcher()
        async let memo = fetcher.fetch(server.url("/private/memo"))
        async let report = fetcher.fetch(server.url("/private/report"))
        guard case .skipped(let skip) = await memo, case .skipped = await report else { Issue.record("a disallowed page was fetched"); return }
        #expect(skip.kind == .robots)
        #expect(skip.description.contains("robots.txt does not allow /private/memo"))
        // Pages asked for at once wait for the one robots.txt request on the way.
        async let first = fetcher.fetch(server.url("/news/a"))
        async let second = fetcher.fetch(server.url("/news/b"))
        guard case .page = await first, case .page = await second else { Issue.record("an allowed page was not fetched"); return }
        #expect(server.requests(to: "/robots.txt").count == 1)
        #expect(server.requests(to: "/private/memo").isEmpty)
        #expect(server.requests.allSatisfy { $0.header("User-Agent")?.hasPrefix("feedwatch/") == true })
    }

    @Test func anUnreadableRobotsTxtHoldsTheHostsPagesAndAMissingOneAllowsThem() async throws {
        let failing = try await LoopbackHTTPServer.start { request in request.path == "/robots.txt" ? .status(503) : Self.html(Self.article) }
        let missing = try await LoopbackHTTPServer.start(host: "127.0.0.2") { request in request.path == "/robots.txt" ? .status(404) : Self.html(Self.article) }
        defer { Task { try? await failing.stop(); try? await missing.stop() } }
        let fetcher = Self.fetcher()
        guard case .skipped(let skip) = await fetcher.fetch(failing.url("/news/a")) else { Issue.record("fetched despite a 503 robots.txt"); return }
        #expect(skip.kind == .robots)
        #expect(failing.requests(to: "/news/a").isEmpty)
        guard case .page = await fetcher.fetch(missing.url("/news/a")) else { Issue.record("a 404 robots.txt did not allow the page"); return }
    }

    @Test func a429WithRetryAfterHoldsTheHostsPages() async throws {
        let server = try await LoopbackHTTPServer.start { request in
            request.path == "/robots.txt" ? .status(404) : .status(429, headers: [("Retry-After", "120")])
        }
        defer { Task { try? await server.stop() } }
        let fetcher = Self.fetcher()
        guard case .failed(let failure) = await fetcher.fetch(server.url("/news/1")) else { Issue.record("a 429 was not a failure"); return }
        #expect(failure.status == 429)
        #expect(failure.message.contains("holds its pages until"))
        guard case .skipped(let held) = await fetcher.fetch(server.url("/news/2")) else { Issue.record("a held host was asked again"); return }
        #expect(held.kind == .held)
        #expect(server.requests(to: "/news/2").isEmpty)
    }

    @Test func aPageIsAskedForOncePerCycle() async throws {
        let server = try await LoopbackHTTPServer.start { _ in Self.html(Self.article) }
        defer { Task { try? await server.stop() } }
        let fetcher = Self.fetcher()
        guard case .page = await fetcher.fetch(server.url("/news/a")) else { Issue.record("not fetched"); return }
        guard case .skipped(let again) = await fetcher.fetch(server.url("/news/a")) else { Issue.record("fetched twice"); return }
        #expect(again.kind == .repeated)
        #expect(server.requests(to: "/news/a").count == 1)
    }

    @Test func onlyWebPagesAreRead() async throws {
        let server = try await LoopbackHTTPServer.start { request in
            request.path == "/robots.txt" ? .status(404) : TestResponse(status: 200, headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.4".utf8))
        }
        defer { Task { try? await server.stop() } }
        guard case .failed(let failure) = await Self.fetcher().fetch(server.url("/report.pdf")) else { Issue.record("a PDF was read as a page"); return }
        #expect(failure.message == "not a web page (Content-Type application/pdf)")
    }

    /// Each bad page ends in one line that says what was wrong; nothing is read from it.
    @Test func badPagesEndWithAOneLineReason() async throws {
        let bomb = try Gzip.compress([UInt8](repeating: 0, count: 8 * 1024 * 1024))
        let large = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        let server = try await LoopbackHTTPServer.start { request in
            switch request.path {
            case "/robots.txt": return .status(404)
            case "/large": return TestResponse(status: 200, headers: [("Content-Type", "text/html")], body: large)
            case "/bomb": return TestResponse(status: 200, headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: bomb)
            case "/trickle": return Self.html(Self.article).trickling(every: 0.4)
            case let path where path.hasPrefix("/loop/"):
                return .status(302, headers: [("Location", "/loop/\((Int(path.dropFirst(6)) ?? 0) + 1)")])
            case "/cycle": return .status(301, headers: [("Location", "/cycle")])
            default: return .status(404)
            }
        }
        defer { Task { try? await server.stop() } }
        let fetcher = Self.fetcher { $0.totalTimeoutSeconds = 2 }
        func reason(_ path: String) async -> String {
            switch await fetcher.fetch(server.url(path)) {
            case .failed(let failure): failure.message
            case .skipped(let skip): "skipped: \(skip)"
            case .page: "read"
            }
        }
        #expect(await reason("/large") == "body larger than the 10 MB limit (fetch.max_body)")
        #expect(await reason("/bomb").contains("gzip bomb"))
        #expect(await reason("/trickle") == "no complete answer within 2 s")
        #expect(await reason("/loop/0") == "more than 5 redirects")
        #expect(await reason("/cycle") == "redirect loop")
        #expect(await reason("/gone") == "HTTP 404")
        for path in ["/large", "/bomb", "/trickle", "/loop/0", "/cycle", "/gone"] {
            #expect(!(await reason(path)).contains("\n"))
        }
    }

    /// Pages that arrive but cannot be read as an article: binary bodies, absurd nesting, a
    /// charset label nobody knows.
    @Test func unreadablePagesAreRefusedOrReadWithAWarning() async throws {
        let binary = (0..<4096).map { UInt8(truncatingIfNeeded: $0 * 7919 + 13) }
        let nested = String(repeating: "<div>", count: 1_000_000) + "<p>" + [String](repeating: "Lavrov met the junta in Naypyidaw.", count: 12).joined(separator: " ") + "</p>"
        let server = try await LoopbackHTTPServer.start { request in
            switch request.path {
            case "/robots.txt": .status(404)
            case "/binary": TestResponse(status: 200, headers: [("Content-Type", "text/html")], body: binary)
            case "/nested": Self.html(nested)
            default: TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-1")], body: Array(Self.article.utf8))
            }
        }
        defer { Task { try? await server.stop() } }
        let fetcher = Self.fetcher()
        func extract(_ path: String) async throws -> ExtractedPage {
            guard case .page(let page) = await fetcher.fetch(server.url(path)) else { throw FetchFailure(message: "\(path) not fetched") }
            return try PageExtractor.extract(page.body, url: page.url, httpCharset: page.charset)
        }
        do {
            _ = try await extract("/binary")
            Issue.record("a binary body was read as a page")
        } catch {
            #expect("\(error)".contains("binary"), "\(error)")
            #expect(!"\(error)".contains("\n"))
        }
        let nestedPage = try await extract("/nested")
        #expect(nestedPage.warnings.contains { $0.contains("nests elements more than") }, "\(nestedPage.warnings)")
        let mislabelled = try await extract("/mislabelled")
        #expect(mislabelled.text.contains("Sergei Lavrov met"))
        #expect(mislabelled.warnings.contains { $0.contains("utf-1") }, "\(mislabelled.warnings)")
    }
}
