import Foundation

/// The feeds of one poll cycle, handed out so that no host has more than `perHost` fetches in
/// flight and hosts take turns: a host with a thousand feeds, or a slow one, gets its share of the
/// global slots and no more, while the other hosts keep moving.
struct FairFetchQueue<Item> {
    private var hosts: [String] = []
    private var pending: [String: ArraySlice<Item>] = [:]
    private var inFlight: [String: Int] = [:]
    private var cursor = 0
    private let perHost: Int
    private let hostOf: (Item) -> String

    init(_ items: [Item], perHost: Int, host: @escaping (Item) -> String) {
        self.perHost = max(1, perHost)
        hostOf = host
        var grouped: [String: [Item]] = [:]
        for item in items {
            let key = host(item)
            if grouped[key] == nil { hosts.append(key) }
            grouped[key, default: []].append(item)
        }
        pending = grouped.mapValues { $0[...] }
    }

    var isEmpty: Bool { pending.values.allSatisfy(\.isEmpty) }

    /// The next item whose host has a free slot, taking hosts in turn; nil when every host with work
    /// left is at its limit (or nothing is left).
    mutating func next() -> Item? {
        guard !hosts.isEmpty else { return nil }
        for step in 0..<hosts.count {
            let index = (cursor + step) % hosts.count
            let host = hosts[index]
            guard inFlight[host, default: 0] < perHost, let item = pending[host]?.popFirst() else { continue }
            inFlight[host, default: 0] += 1
            cursor = index + 1
            return item
        }
        return nil
    }

    /// An item handed out by `next()` is done; its host may start another.
    mutating func finished(_ item: Item) {
        inFlight[hostOf(item), default: 1] -= 1
    }

    /// Takes out the waiting items that match, e.g. those a server just asked to wait.
    mutating func remove(where shouldRemove: (Item) -> Bool) -> [Item] {
        var removed: [Item] = []
        for host in hosts {
            guard let items = pending[host], items.contains(where: shouldRemove) else { continue }
            removed += items.filter(shouldRemove)
            pending[host] = items.filter { !shouldRemove($0) }[...]
        }
        return removed
    }
}
