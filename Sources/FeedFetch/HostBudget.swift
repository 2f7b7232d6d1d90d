/// The connections each host may have open at once (`fetch.per_host`), shared by its feeds and
/// the pages its items link to: a site is asked for no more at a time because it also publishes
/// the articles. Waiters are served in the order they came.
public actor HostBudget {
    private let perHost: Int
    private var open: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    public init(perHost: Int) {
        self.perHost = max(1, perHost)
    }

    /// Runs `exchange` once the URL's host has a free slot, and frees it after.
    public nonisolated func withSlot<T: Sendable>(for url: String, _ exchange: @Sendable () async -> T) async -> T {
        let host = HostKey.of(url)
        await acquire(host)
        let result = await exchange()
        await release(host)
        return result
    }

    private func acquire(_ host: String) async {
        if open[host, default: 0] < perHost {
            open[host, default: 0] += 1
            return
        }
        await withCheckedContinuation { waiting[host, default: []].append($0) }
    }

    /// A freed slot passes straight to the longest waiter, so nobody can overtake it.
    private func release(_ host: String) {
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            open[host, default: 1] -= 1
            if open[host] == 0 { open[host] = nil }
        }
    }
}
