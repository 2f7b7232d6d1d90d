import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on a loopback address (127.0.0.1 unless told another 127.x one) and an
/// ephemeral port, answering with a handler the test gives it, and remembering every request. It
/// can misbehave on demand (see `TestResponse`) and counts how many requests it held at once.
public final class LoopbackHTTPServer: Sendable {
    public typealias Handler = @Sendable (TestRequest) -> TestResponse

    private let group: MultiThreadedEventLoopGroup
    private let channels: [Channel]
    private let log: NIOLockedValueBox<[TestRequest]>
    private let load: NIOLockedValueBox<RequestLoad>
    public let host: String
    public let port: Int

    private init(
        group: MultiThreadedEventLoopGroup, channels: [Channel], log: NIOLockedValueBox<[TestRequest]>,
        load: NIOLockedValueBox<RequestLoad>, host: String
    ) {
        self.group = group
        self.channels = channels
        self.log = log
        self.load = load
        self.host = host
        port = channels.first?.localAddress?.port ?? 0
    }

    /// - Parameter host: a loopback address; every 127.x.y.z answers on Linux, so tests can have
    ///   several "hosts" without leaving the machine.
    public static func start(host: String = "127.0.0.1", _ handler: @escaping Handler) async throws -> LoopbackHTTPServer {
        try await start(hosts: [host], handler)
    }

    /// One server listening on the same port of several loopback addresses (the benchmark's
    /// "outlets"), on `threads` event loops; `recordingRequests: false` keeps no request log.
    public static func start(
        hosts: [String], threads: Int = 1, recordingRequests: Bool = true, _ handler: @escaping Handler
    ) async throws -> LoopbackHTTPServer {
        precondition(!hosts.isEmpty && hosts.allSatisfy { $0.hasPrefix("127.") }, "tests stay on loopback")
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let log = NIOLockedValueBox<[TestRequest]>([])
        let load = NIOLockedValueBox(RequestLoad())
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(
                        RequestHandler(handler: handler, log: recordingRequests ? log : nil, load: load))
                }
            }
        var channels = [try await bootstrap.bind(host: hosts[0], port: 0).get()]
        let port = channels[0].localAddress?.port ?? 0
        for host in hosts.dropFirst() { channels.append(try await bootstrap.bind(host: host, port: port).get()) }
        return LoopbackHTTPServer(group: group, channels: channels, log: log, load: load, host: hosts[0])
    }

    public func url(_ path: String) -> String { "http://\(host):\(port)\(path)" }

    /// The most requests this server was answering at the same moment.
    public var maxConcurrentRequests: Int { load.withLockedValue { $0.peak } }

    /// Every request received so far, in order.
    public var requests: [TestRequest] { log.withLockedValue { $0 } }

    public func requests(to path: String) -> [TestRequest] { requests.filter { $0.path == path } }

    public func stop() async throws {
        for channel in channels { try await channel.close() }
        try await group.shutdownGracefully()
    }
}

private final class RequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: LoopbackHTTPServer.Handler
    private let log: NIOLockedValueBox<[TestRequest]>?
    private let load: NIOLockedValueBox<RequestLoad>
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(handler: @escaping LoopbackHTTPServer.Handler, log: NIOLockedValueBox<[TestRequest]>?, load: NIOLockedValueBox<RequestLoad>) {
        self.handler = handler
        self.log = log
        self.load = load
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(let chunk): body += chunk.readableBytesView
        case .end:
            guard let head else { return }
            let request = TestRequest(
                method: head.method.rawValue, path: head.uri, headers: head.headers.map { ($0.name, $0.value) }, body: body)
            log?.withLockedValue { $0.append(request) }
            load.withLockedValue { $0.begin() }
            let response = handler(request)
            // The handler and its context belong to the channel's event loop, where the task runs.
            let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .milliseconds(Int64(response.delay * 1000))) {
                bound.value.handler.respond(response, context: bound.value.context)
            }
        }
    }

    private func respond(_ response: TestResponse, context: ChannelHandlerContext) {
        if response.resetConnection {
            load.withLockedValue { $0.end() }
            context.close(promise: nil)
            return
        }
        var headers = HTTPHeaders(response.headers)
        if !headers.contains(name: "Content-Length") { headers.add(name: "Content-Length", value: String(response.body.count)) }
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(in: .milliseconds(Int64(response.bodyDelay * 1000))) {
            let (handler, context) = bound.value
            if response.trickleInterval > 0 {
                handler.trickle(response.body[...], every: response.trickleInterval, context: context)
                return
            }
            if !response.body.isEmpty {
                context.write(handler.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
            }
            context.writeAndFlush(handler.wrapOutboundOut(.end(nil)), promise: nil)
            handler.load.withLockedValue { $0.end() }
        }
    }
}

extension RequestHandler {
    /// Sends `rest` one byte per `interval`, then ends the response; stops when the client has gone.
    fileprivate func trickle(_ rest: ArraySlice<UInt8>, every interval: Double, context: ChannelHandlerContext) {
        guard context.channel.isActive, let byte = rest.first else {
            if context.channel.isActive { context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil) }
            load.withLockedValue { $0.end() }
            return
        }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: [byte])))), promise: nil)
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(in: .milliseconds(Int64(interval * 1000))) {
            bound.value.handler.trickle(rest.dropFirst(), every: interval, context: bound.value.context)
        }
    }
}

/// Requests being answered now, and the most there were.
struct RequestLoad {
    private(set) var current = 0
    private(set) var peak = 0

    mutating func begin() {
        current += 1
        peak = max(peak, current)
    }

    mutating func end() { current -= 1 }
}
