import FeedCore
import FeedParse
import Foundation

/// Our parse under feedparser's names, for the fields feedwatch models. A key feedwatch does not
/// model is absent, so comparisons on it are skipped rather than counted as disagreements.
struct FeedparserView {
    enum Resolution: Equatable {
        case value(PyValue)
        /// The expectation is about something feedwatch does not keep.
        case unmodelled
        /// Modelled, but not there (e.g. a second entry we did not find).
        case missing
    }

    let root: PyValue

    init(_ feed: ParsedFeed) {
        let feedFields: [String: PyValue] = [
            "title": .string(feed.title), "title_detail": .dict(["value": .string(feed.title)]),
            "link": feed.link.map(PyValue.string) ?? .none,
        ]
        root = .dict(["feed": .dict(feedFields), "entries": .list(feed.entries.map(Self.entry))])
    }

    func resolve(_ path: [PyKey]) -> Resolution {
        guard case .name(let first) = path.first, first == "feed" || first == "entries" else { return .unmodelled }
        var current = root
        for key in path {
            if case .dict(let fields) = current, case .name(let name) = key, fields[name] == nil { return .unmodelled }
            guard let next = current.lookup(key) else { return .missing }
            current = next
        }
        return .value(current)
    }

    private static func entry(_ entry: FeedEntry) -> PyValue {
        let text = PyValue.string
        // feedparser's summary falls back to the content when an entry has only content.
        let summary = entry.summary.isEmpty ? entry.content : entry.summary
        var fields: [String: PyValue] = [
            "title": text(entry.title), "title_detail": .dict(["value": text(entry.title)]),
            "link": entry.link.map(text) ?? .none, "id": text(entry.id),
            "summary": text(summary), "description": text(summary), "summary_detail": .dict(["value": text(summary)]),
            "author": entry.authors.first.map(text) ?? .none,
            "authors": .list(entry.authors.map { .dict(["name": text($0)]) }),
            "author_detail": .dict(["name": entry.authors.first.map(text) ?? .none]),
            "tags": .list(entry.categories.map { .dict(["term": text($0)]) }),
            "category": entry.categories.first.map(text) ?? .none,
            "enclosures": .list(entry.enclosures.map { enclosure in
                .dict([
                    "href": text(enclosure.url), "type": enclosure.type.map(text) ?? .none,
                    "length": enclosure.length.map { text(String($0)) } ?? .none,
                ])
            }),
            "image": .dict(["href": entry.image.map(text) ?? .none]),
            "media_thumbnail": .list(entry.image.map { [.dict(["url": text($0)])] } ?? []),
            "published_parsed": timeTuple(entry.published), "updated_parsed": timeTuple(entry.updated ?? entry.published),
        ]
        if !entry.content.isEmpty { fields["content"] = .list([.dict(["value": text(entry.content)])]) }
        return .dict(fields)
    }

    /// feedparser's UTC `time.struct_time`; only the first six fields are compared.
    private static func timeTuple(_ date: Date?) -> PyValue {
        guard let date else { return .none }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return .tuple([parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map { .int($0 ?? 0) })
    }
}
