import FeedCore

/// The connections feedwatch may have open: at most `perHost` to one host (`fetch.per_host`) and
/// `total` in all (`fetch.concurrency`), shared by feeds and the pages their items link to. A site
/// is asked for no more at a time because it also publishes the articles, and the bodies in memory
/// at once stay bounded however many feeds want pages. Waiters are served in the order they came,
/// each as soon as its host and the total have room.
public actor HostBudget {
    private let perHost: Int
    private let total: Int
    private var open: [String: Int] = [:]
    private var openTotal = 0
    private var waiting: [(host: String, resume: CheckedContinuation<Void, Never>)] = []

    public init(perHost: Int, total: Int = .max) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
    }

    /// Runs `exchange` once the URL's host and the total have a free slot, and frees it after.
    public nonisolated func withSlot<T: Sendable>(for url: String, _ exchange: @Sendable () async -> T) async -> T {
        let host = HostKey.of(url)
        await acquire(host)
        let result = await exchange()
        await release(host)
        return result
    }

    private func hasRoom(_ host: String) -> Bool {
        openTotal < total && open[host, default: 0] < perHost
    }

    private func take(_ host: String) {
        open[host, default: 0] += 1
        openTotal += 1
    }

    private func acquire(_ host: String) async {
        // Nobody overtakes an earlier waiter of the same host.
        if hasRoom(host) && !waiting.contains(where: { $0.host == host }) {
            take(host)
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    /// Frees a slot, then hands slots to the earliest waiters that now have room.
    private func release(_ host: String) {
        open[host, default: 1] -= 1
        if open[host] == 0 { open[host] = nil }
        openTotal -= 1
        var index = 0
        var blocked: Set<String> = []
        while index < waiting.count, openTotal < total {
            let next = waiting[index]
            guard !blocked.contains(next.host), hasRoom(next.host) else {
                blocked.insert(next.host)
                index += 1
                continue
            }
            waiting.remove(at: index)
            take(next.host)
            next.resume.resume()
        }
    }
}
