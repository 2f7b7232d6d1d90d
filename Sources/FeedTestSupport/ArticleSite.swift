/// Articles served as news web pages (`ArticlePageTemplate`) from a few loopback "outlets", each
/// at `/article/N` of its outlet: where feed items' links lead in tests and in the tracking
/// benchmark. robots.txt is missing (404), which allows everything.
public final class ArticleSite: Sendable {
    public struct Article: Sendable {
        public let title: String
        public let paragraphs: [String]

        public init(title: String, paragraphs: [String]) {
            self.title = title
            self.paragraphs = paragraphs
        }

        /// An article whose body holds one paragraph per line (the corpora's plain-text form).
        public init(title: String, body: String) {
            self.init(title: title, paragraphs: body.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) })
        }
    }

    public let server: LoopbackHTTPServer
    private let outlets: [String]

    private init(server: LoopbackHTTPServer, outlets: [String]) {
        self.server = server
        self.outlets = outlets
    }

    /// Serves `articles` from `outlets` loopback addresses (127.0.0.1, 127.0.0.2, …).
    public static func start(_ articles: [Article], outlets count: Int = 4) async throws -> ArticleSite {
        let outlets = (1...max(1, count)).map { "127.0.0.\($0)" }
        let server = try await LoopbackHTTPServer.start(hosts: outlets, threads: 2, recordingRequests: false) { request in
            guard request.path.hasPrefix("/article/"), let index = Int(request.path.dropFirst(9)), articles.indices.contains(index) else {
                return .status(404)
            }
            let article = articles[index]
            let related = (1...6).map { articles[(index + $0 * 37) % articles.count].title }
            let page = ArticlePageTemplate.page(
                layout: index, site: "Outlet \(index % outlets.count + 1)", title: article.title, paragraphs: article.paragraphs, related: related)
            return TestResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(page.utf8))
        }
        return ArticleSite(server: server, outlets: outlets)
    }

    /// Where article `index` is served.
    public func url(of index: Int) -> String {
        "http://\(outlets[index % outlets.count]):\(server.port)/article/\(index)"
    }

    public func stop() async throws {
        try await server.stop()
    }
}
