import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port, answering with a handler the test
/// gives it, and remembering every request. It can misbehave on demand (see `TestResponse`).
public final class LoopbackHTTPServer: Sendable {
    public typealias Handler = @Sendable (TestRequest) -> TestResponse

    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel
    private let log: NIOLockedValueBox<[TestRequest]>
    public let port: Int

    private init(group: MultiThreadedEventLoopGroup, channel: Channel, log: NIOLockedValueBox<[TestRequest]>) {
        self.group = group
        self.channel = channel
        self.log = log
        port = channel.localAddress?.port ?? 0
    }

    public static func start(_ handler: @escaping Handler) async throws -> LoopbackHTTPServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let log = NIOLockedValueBox<[TestRequest]>([])
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RequestHandler(handler: handler, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return LoopbackHTTPServer(group: group, channel: channel, log: log)
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request received so far, in order.
    public var requests: [TestRequest] { log.withLockedValue { $0 } }

    public func requests(to path: String) -> [TestRequest] { requests.filter { $0.path == path } }

    public func stop() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }
}

private final class RequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: LoopbackHTTPServer.Handler
    private let log: NIOLockedValueBox<[TestRequest]>
    private var head: HTTPRequestHead?

    init(handler: @escaping LoopbackHTTPServer.Handler, log: NIOLockedValueBox<[TestRequest]>) {
        self.handler = handler
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            let request = TestRequest(method: head.method.rawValue, path: head.uri, headers: head.headers.map { ($0.name, $0.value) })
            log.withLockedValue { $0.append(request) }
            respond(handler(request), context: context)
        }
    }

    private func respond(_ response: TestResponse, context: ChannelHandlerContext) {
        if response.resetConnection {
            context.close(promise: nil)
            return
        }
        var headers = HTTPHeaders(response.headers)
        if !headers.contains(name: "Content-Length") { headers.add(name: "Content-Length", value: String(response.body.count)) }
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !response.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
