import Foundation

/// Threads started for a check and joined before it goes on: when `run` returns each has ended and
/// released what its work captured. Foundation's `Thread` cannot be joined; a check that ends its
/// process right after one could leave LeakSanitizer looking at captures not yet released.
final class JoinedThreads: Sendable {
    private let work: @Sendable () -> Void

    private init(_ work: @escaping @Sendable () -> Void) { self.work = work }

    /// Runs `work(0)` … `work(count - 1)`, each on a thread of its own, and waits for them all.
    static func run(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
        var threads: [pthread_t] = []
        for index in 0..<count {
            let context = Unmanaged.passRetained(JoinedThreads { work(index) }).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(&thread, nil, { context in
                Unmanaged<JoinedThreads>.fromOpaque(context!).takeRetainedValue().work()
                return nil
            }, context)
            precondition(started == 0, "pthread_create failed: \(started)")
            threads.append(thread)
        }
        for thread in threads { pthread_join(thread, nil) }
    }
}
