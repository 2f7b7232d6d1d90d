#if canImport(Glibc)
    import Glibc
#endif
@testable import FeedDaemon
import FeedTestSupport
import Foundation
import Testing

/// sd_notify against a real Unix datagram socket, as systemd listens on one.
@Suite struct SystemdNotifierTests {
    /// A bound datagram socket: at a path, or in the abstract namespace when `abstract`.
    final class Listener {
        let descriptor: Int32
        let name: String

        init(name: String, abstract: Bool) throws {
            let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            var path = Array(name.utf8)
            if abstract { path.insert(0, at: 0) }
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path) }
            let length = socklen_t(MemoryLayout<sa_family_t>.size + path.count + (abstract ? 0 : 1))
            let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
            guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            self.descriptor = descriptor
            self.name = abstract ? "@" + name : name
        }

        func receive() -> String? {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(descriptor, &buffer, buffer.count, 0)
            return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : nil
        }

        deinit { close(descriptor) }
    }

    @Test func datagramsReachAPathSocket() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try Listener(name: directory.path("notify.sock"), abstract: false)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.name])
        #expect(notifier.isActive)
        notifier.ready(status: "polling 3 feeds")
        #expect(listener.receive() == "READY=1\nSTATUS=polling 3 feeds")
        notifier.stopping()
        #expect(listener.receive() == "STOPPING=1")
    }

    @Test func datagramsReachAnAbstractSocket() throws {
        let listener = try Listener(name: "feedwatch-test-\(getpid())-\(UInt32.random(in: 0 ... .max))", abstract: true)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.name])
        notifier.watchdog()
        #expect(listener.receive() == "WATCHDOG=1")
    }

    @Test func withoutNotifySocketNothingIsSentAndWatchdogFollowsTheEnvironment() {
        let silent = SystemdNotifier(environment: [:])
        #expect(!silent.isActive)
        #expect(!silent.send(["READY=1"]))
        #expect(silent.watchdogInterval == nil)
        let watched = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": String(getpid())])
        #expect(watched.watchdogInterval == .seconds(15), "pings at half of WatchdogSec")
        let otherProcess = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"])
        #expect(otherProcess.watchdogInterval == nil)
    }

    @Test func theDaemonSaysReadyStatusAndStoppingOnTheSocket() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let listener = try Listener(name: directory.path("notify.sock"), abstract: false)
        let (process, _) = try CommandLineTests.startDaemon(
            config: try CommandLineTests.demoConfig(in: directory), environment: ["NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "4000000"])
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        var messages: [String] = []
        while messages.count < 3, let message = listener.receive() { messages.append(message) }
        #expect(messages.first == "READY=1\nSTATUS=polling 3 feeds")
        #expect(messages.contains("WATCHDOG=1"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("STATUS=3 feeds; last cycle ") && $0.hasSuffix("3 polled, 9 new items, 3 related") }, "\(messages)")
        process.terminate()
        var stopping = false
        while !stopping, let message = listener.receive() { stopping = message == "STOPPING=1" }
        #expect(stopping)
        #expect(try await CommandLineTests.eventually { !process.isRunning })
        #expect(process.terminationStatus == 0)
    }
}
