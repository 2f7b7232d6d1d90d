import FeedCore
import NIOCore
import NIOHTTP1
import NIOPosix

/// Serves `GET /metrics` for Prometheus to scrape (`metrics.listen`). It answers nothing else and
/// reads no request body, so it can face a scraper without authentication on a trusted address.
public final class MetricsEndpoint: Sendable {
    private let channel: Channel
    public let port: Int

    private init(channel: Channel) {
        self.channel = channel
        port = channel.localAddress?.port ?? 0
    }

    public static func start(host: String, port: Int, metrics: FeedMetrics) async throws -> MetricsEndpoint {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(MetricsRequestHandler(metrics: metrics))
                }
            }
        do {
            return MetricsEndpoint(channel: try await bootstrap.bind(host: host, port: port).get())
        } catch {
            throw FeedwatchError(.usage, "metrics.listen \(host):\(port): cannot listen there (\(error)); pick a free port or another address")
        }
    }

    public func stop() async {
        try? await channel.close()
    }
}

private final class MetricsRequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let metrics: FeedMetrics
    private var head: HTTPRequestHead?

    init(metrics: FeedMetrics) { self.metrics = metrics }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
            switch (head.method, path) {
            case (.GET, "/metrics"), (.HEAD, "/metrics"):
                respond(.ok, body: metrics.exposition(), contentType: "text/plain; version=0.0.4; charset=utf-8",
                        includeBody: head.method == .GET, context: context)
            case (_, "/metrics"):
                respond(.methodNotAllowed, body: "only GET /metrics\n", contentType: "text/plain", includeBody: true, context: context)
            default:
                respond(.notFound, body: "feedwatch serves /metrics only\n", contentType: "text/plain", includeBody: true, context: context)
            }
        }
    }

    private func respond(_ status: HTTPResponseStatus, body: String, contentType: String, includeBody: Bool, context: ChannelHandlerContext) {
        let bytes = Array(body.utf8)
        let headers = HTTPHeaders([("Content-Type", contentType), ("Content-Length", String(bytes.count))])
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if includeBody {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: bytes)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
