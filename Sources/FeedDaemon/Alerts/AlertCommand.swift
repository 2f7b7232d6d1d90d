import FeedCore
import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#endif

/// Runs the `alerts.command` hook once: `/bin/sh -c COMMAND`, the alert's JSON on stdin, its fields
/// in `FEEDWATCH_*` variables, stdout discarded, the start of stderr kept for the failure message.
///
/// Spawned by hand rather than with Foundation's `Process` for two reasons: the command must start
/// with default signal handling (the daemon ignores SIGPIPE, and SIGTERM while it traps it, and
/// ignored signals survive exec: a `sleep` would not die on SIGTERM), and in a process group of its
/// own, so a timeout ends the whole pipeline the shell started, not only the shell.
enum AlertCommand {
    /// Writing the JSON to a command that exits without reading it must not kill the daemon.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()
    /// After SIGTERM, how long the command's process group has before SIGKILL.
    static let killGraceSeconds = 2.0

    static func run(_ command: String, input: Data, environment: [String: String], timeoutSeconds: Double) async throws {
        _ = ignoreBrokenPipes
        let child = try spawn(command, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        let errorOutput = NIOLockedValueBox(Data())
        DispatchQueue.global().async { feed(input, to: child.stdin) }
        DispatchQueue.global().async { collect(child.stderr, into: errorOutput) }
        let timedOut = NIOLockedValueBox(false)
        let exited = NIOLockedValueBox(false)
        @Sendable func end(after seconds: Double, markingTimeout: Bool) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                guard !exited.withLockedValue({ $0 }) else { return }
                if markingTimeout { timedOut.withLockedValue { $0 = true } }
                kill(-child.pid, SIGTERM)
                DispatchQueue.global().asyncAfter(deadline: .now() + killGraceSeconds) {
                    if !exited.withLockedValue({ $0 }) { kill(-child.pid, SIGKILL) }
                }
            }
        }
        end(after: timeoutSeconds, markingTimeout: true)
        let status = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    var status: Int32 = 0
                    while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
                    exited.withLockedValue { $0 = true }
                    continuation.resume(returning: status)
                }
            }
        } onCancel: {
            end(after: 0, markingTimeout: false)
        }
        if timedOut.withLockedValue({ $0 }) {
            throw FeedwatchError(.runtime, "still running after \(Int(timeoutSeconds)) s (alerts.command_timeout); terminated")
        }
        // Exit status in bits 8–15, or the signal that ended it in bits 0–6 (wait(2)).
        let signalNumber = status & 0x7f, exitCode = (status >> 8) & 0xff
        guard signalNumber != 0 || exitCode != 0 else { return }
        // The last of stderr may still be on its way.
        try? await Task.sleep(for: .milliseconds(50))
        let said = String(decoding: errorOutput.withLockedValue { $0 }, as: UTF8.self)
            .split(whereSeparator: \.isNewline).first.map { ": \($0.prefix(200))" } ?? ""
        throw FeedwatchError(.runtime, (signalNumber != 0 ? "killed by signal \(signalNumber)" : "exited with status \(exitCode)") + said)
    }

    private struct Child {
        var pid: pid_t
        var stdin: Int32
        var stderr: Int32
    }

    private static func spawn(_ command: String, environment: [String: String]) throws -> Child {
        var input: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard pipe(&input) == 0 else { throw failure("cannot make a pipe") }
        guard pipe(&errors) == 0 else {
            close(input[0]); close(input[1])
            throw failure("cannot make a pipe")
        }
        // Our ends must not leak into other children (dup2 clears the flag on the child's copies).
        for descriptor in input + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let arguments: [UnsafeMutablePointer<CChar>?] = (["/bin/sh", "-c", command] as [String]).map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, variables)
        close(input[0])
        close(errors[1])
        guard result == 0 else {
            close(input[1]); close(errors[0])
            throw failure("cannot start /bin/sh: \(String(cString: strerror(result)))")
        }
        return Child(pid: pid, stdin: input[1], stderr: errors[0])
    }

    private static func failure(_ message: String) -> FeedwatchError { FeedwatchError(.runtime, message) }

    /// Writes all of `data`, or as much as the command reads before it exits, then closes.
    private static func feed(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
        }
        close(descriptor)
    }

    /// Keeps the first 2 KB of stderr and drains the rest, so a chatty command never blocks on it.
    private static func collect(_ descriptor: Int32, into output: NIOLockedValueBox<Data>) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output.withLockedValue { if $0.count < 2048 { $0.append(contentsOf: buffer[0..<count]) } }
        }
        close(descriptor)
    }
}
