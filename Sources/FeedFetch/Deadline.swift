/// Bounds a whole exchange, head and body: the HTTP client's own deadline covers only the wait
/// for the head, and a server that trickles its body a byte at a time would otherwise hold a
/// fetch slot for as long as it liked.
enum Deadline {
    /// `operation`'s result, or `timedOut` if it has not finished within `limit` (it is then
    /// cancelled, which cancels its request and closes the connection).
    static func run<T: Sendable>(within limit: Duration, _ operation: @escaping @Sendable () async -> T, timedOut: T) async -> T {
        await withTaskGroup(of: T?.self) { group in
            group.addTask { await operation() }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? timedOut
        }
    }
}
