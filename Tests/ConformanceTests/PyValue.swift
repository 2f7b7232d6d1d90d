/// The Python values feedparser's `Expect:` lines compare against, and the parts of our parse
/// exposed under feedparser's names (see `FeedparserView`).
indirect enum PyValue: Equatable {
    case string(String)
    case int(Int)
    case tuple([PyValue])
    case list([PyValue])
    case dict([String: PyValue])
    case bool(Bool)
    case none

    func lookup(_ key: PyKey) -> PyValue? {
        switch (self, key) {
        case (.dict(let fields), .name(let name)): return fields[name]
        case (.list(let items), .index(let index)), (.tuple(let items), .index(let index)):
            let position = index < 0 ? items.count + index : index
            return items.indices.contains(position) ? items[position] : nil
        default: return nil
        }
    }
}

/// One step of a path such as `entries[0]['title']`.
enum PyKey: Equatable {
    case name(String)
    case index(Int)
}
