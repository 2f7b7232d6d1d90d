/// A text's relatedness terms as sorted, unique `TermKey`s.
public struct TermSet: Sendable, Equatable {
    public let keys: [UInt64]

    /// - Parameter keys: in any order, repeats allowed.
    public init(_ keys: [UInt64]) {
        var keys = keys
        keys.sort()
        var unique = 0
        for index in keys.indices where index == 0 || keys[index] != keys[unique - 1] {
            keys[unique] = keys[index]
            unique += 1
        }
        keys.removeLast(keys.count - unique)
        self.keys = keys
    }

    public var count: Int { keys.count }

    public func contains(_ key: UInt64) -> Bool {
        var (low, high) = (0, keys.count)
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    public func contains(_ term: String) -> Bool { contains(TermKey.of(term)) }
}
