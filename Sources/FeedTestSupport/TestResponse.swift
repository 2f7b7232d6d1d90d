/// What the loopback server answers.
public struct TestResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Close the connection without answering.
    public var resetConnection = false
    /// Seconds to wait before answering at all.
    public var delay: Double = 0
    /// Seconds to wait between the head and the body (a server that stalls mid-response).
    public var bodyDelay: Double = 0
    /// Seconds between the body's bytes, sent one at a time (a server that trickles); 0 sends it whole.
    public var trickleInterval: Double = 0

    public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static func feed(_ xml: String, headers: [(String, String)] = []) -> TestResponse {
        TestResponse(status: 200, headers: [("Content-Type", "application/rss+xml; charset=utf-8")] + headers, body: Array(xml.utf8))
    }

    public static func status(_ code: Int, headers: [(String, String)] = []) -> TestResponse {
        TestResponse(status: code, headers: headers)
    }

    public func delayed(_ seconds: Double) -> TestResponse {
        var response = self
        response.delay = seconds
        return response
    }

    public func stallingBody(_ seconds: Double) -> TestResponse {
        var response = self
        response.bodyDelay = seconds
        return response
    }

    public func trickling(every seconds: Double) -> TestResponse {
        var response = self
        response.trickleInterval = seconds
        return response
    }

    public static var reset: TestResponse {
        var response = TestResponse()
        response.resetConnection = true
        return response
    }
}
