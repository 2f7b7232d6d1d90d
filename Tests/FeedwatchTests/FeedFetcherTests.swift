import FeedCore
import FeedFetch
import FeedTestSupport
import Foundation
import Testing

@Suite struct FeedFetcherTests {
    static let feedXML = FeedBuilder(title: "T", items: [.init(title: "One", link: "https://x.test/1", description: "d")]).xml

    /// Runs `body` with a started server and a fetcher, and shuts both down.
    private func withServer(
        settings: FetchSettings = FetchSettings(), _ handler: @escaping LoopbackHTTPServer.Handler,
        _ body: (LoopbackHTTPServer, FeedFetcher) async throws -> Void
    ) async throws {
        let server = try await LoopbackHTTPServer.start(handler)
        let fetcher = FeedFetcher(settings: settings)
        do {
            try await body(server, fetcher)
        } catch {
            await fetcher.shutdown()
            try await server.stop()
            throw error
        }
        await fetcher.shutdown()
        try await server.stop()
    }

    private func failure(_ result: FetchResult) -> FetchFailure? {
        if case .failed(let failure) = result { return failure }
        return nil
    }

    @Test func conditionalGetWithETagAndLastModified() async throws {
        try await withServer({ request in
            if request.header("If-None-Match") == "\"v1\"" { return .status(304) }
            return .feed(Self.feedXML, headers: [("ETag", "\"v1\""), ("Last-Modified", "Wed, 03 Aug 2022 12:00:00 GMT")])
        }) { server, fetcher in
            guard case .document(let document) = await fetcher.fetch(server.url("/feed"), validators: Validators()) else {
                Issue.record("expected a document")
                return
            }
            #expect(document.validators == Validators(etag: "\"v1\"", lastModified: "Wed, 03 Aug 2022 12:00:00 GMT"))
            #expect(document.charset == "utf-8")
            #expect(String(decoding: document.body, as: UTF8.self) == Self.feedXML)
            guard case .notModified = await fetcher.fetch(server.url("/feed"), validators: document.validators) else {
                Issue.record("expected 304")
                return
            }
            let second = try #require(server.requests.last)
            #expect(second.header("If-Modified-Since") == "Wed, 03 Aug 2022 12:00:00 GMT")
            #expect(second.header("User-Agent")?.hasPrefix("feedwatch/") == true)
            #expect(second.header("Accept-Encoding")?.contains("gzip") == true)
        }
    }

    @Test func errorStatusesAreFailuresWithWhatTheServerAsked() async throws {
        try await withServer({ request in
            switch request.path {
            case "/gone": return .status(410)
            case "/busy": return .status(429, headers: [("Retry-After", "120")])
            case "/down": return .status(503, headers: [("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT")])
            default: return .status(500)
            }
        }) { server, fetcher in
            let gone = failure(await fetcher.fetch(server.url("/gone"), validators: Validators()))
            #expect(gone?.isGone == true)
            let busy = failure(await fetcher.fetch(server.url("/busy"), validators: Validators()))
            #expect(busy?.retryAfter == .seconds(120))
            let down = failure(await fetcher.fetch(server.url("/down"), validators: Validators()))
            #expect(down?.retryAfter == FeedDate.parse("Wed, 21 Oct 2099 07:28:00 GMT").map(RetryAfter.date))
            let broken = failure(await fetcher.fetch(server.url("/error"), validators: Validators()))
            #expect(broken?.status == 500)
            #expect(broken?.message == "HTTP 500 Internal Server Error")
        }
    }

    @Test func oversizedBodyIsRefused() async throws {
        var settings = FetchSettings()
        settings.maxBodyBytes = 64 * 1024
        try await withServer(settings: settings, { _ in
            TestResponse(status: 200, body: [UInt8](repeating: 0x41, count: 200 * 1024))
        }) { server, fetcher in
            let result = failure(await fetcher.fetch(server.url("/big"), validators: Validators()))
            #expect(result?.message.contains("limit") == true)
        }
    }

    /// `fetch.timeout` bounds head and body together: a body sent a byte at a time (here it would
    /// take a minute, and no read ever waits a second) fails with the timeout's own message.
    @Test func aTricklingBodyIsCutOffAtTheTimeout() async throws {
        var settings = FetchSettings()
        settings.totalTimeoutSeconds = 1
        try await withServer(settings: settings, { _ in TestResponse.feed(Self.feedXML).trickling(every: 0.2) }) { server, fetcher in
            let result = failure(await fetcher.fetch(server.url("/slow"), validators: Validators()))
            #expect(result?.message == "no complete answer within 1 s")
        }
    }

    @Test func gzipIsDecodedAndAGzipBombRefused() async throws {
        let compressedFeed = try Gzip.compress(Array(Self.feedXML.utf8))
        let bomb = try Gzip.compress([UInt8](repeating: 0, count: 8 * 1024 * 1024))
        try await withServer({ request in
            let body = request.path == "/bomb" ? bomb : compressedFeed
            return TestResponse(status: 200, headers: [("Content-Encoding", "gzip")], body: body)
        }) { server, fetcher in
            guard case .document(let document) = await fetcher.fetch(server.url("/feed"), validators: Validators()) else {
                Issue.record("expected a document")
                return
            }
            #expect(String(decoding: document.body, as: UTF8.self) == Self.feedXML)
            let refused = failure(await fetcher.fetch(server.url("/bomb"), validators: Validators()))
            #expect(refused?.message.contains("gzip bomb") == true, "\(String(describing: refused))")
        }
    }

    @Test func redirectsPermanentTemporaryAndLoops() async throws {
        try await withServer({ request in
            switch request.path {
            case "/moved": return .status(301, headers: [("Location", "/feed")])
            case "/elsewhere": return .status(302, headers: [("Location", "/feed")])
            case "/loop-a": return .status(302, headers: [("Location", "/loop-b")])
            case "/loop-b": return .status(302, headers: [("Location", "/loop-a")])
            default: return .feed(Self.feedXML)
            }
        }) { server, fetcher in
            guard case .document(let moved) = await fetcher.fetch(server.url("/moved"), validators: Validators()) else {
                Issue.record("expected a document after 301")
                return
            }
            #expect(moved.permanentURL == server.url("/feed"))
            guard case .document(let temporary) = await fetcher.fetch(server.url("/elsewhere"), validators: Validators()) else {
                Issue.record("expected a document after 302")
                return
            }
            #expect(temporary.permanentURL == nil)
            let loop = failure(await fetcher.fetch(server.url("/loop-a"), validators: Validators()))
            #expect(loop?.message == "redirect loop")
        }
    }

    @Test func aResetConnectionIsAFailureNotACrash() async throws {
        try await withServer({ _ in .reset }) { server, fetcher in
            let result = failure(await fetcher.fetch(server.url("/feed"), validators: Validators()))
            #expect(result != nil)
            #expect(result?.message.isEmpty == false)
        }
    }

    @Test func fileFeedsUseTheirModificationTime() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("feed.xml", Self.feedXML)
        let fetcher = FeedFetcher(settings: FetchSettings())
        let url = URL(fileURLWithPath: path).absoluteString
        guard case .document(let document) = await fetcher.fetch(url, validators: Validators()) else {
            Issue.record("expected a document")
            await fetcher.shutdown()
            return
        }
        guard case .notModified = await fetcher.fetch(url, validators: document.validators) else {
            Issue.record("expected not modified")
            await fetcher.shutdown()
            return
        }
        let missing = failure(await fetcher.fetch(URL(fileURLWithPath: directory.path("nope.xml")).absoluteString, validators: Validators()))
        #expect(missing?.message.contains("nope.xml") == true)
        await fetcher.shutdown()
    }
}

/// gzip through the system's gzip, so tests serve bytes a real server would.
enum Gzip {
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-9"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(result)
    }
}
