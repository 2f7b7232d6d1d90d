import Foundation

/// Reads `../shared/corpus/rss-2023/stream.jsonl.gz`: 58,633 real feed entries of March 2023, one
/// JSON object a line (`title`, `description`, `link`, …), sorted by time. The background that a
/// tracked story's few items arrive in: almost every entry is a negative for every story.
public enum BackgroundStream {
    private struct Line: Decodable {
        let title: String
        let description: String
        let link: String
    }

    /// - Parameters:
    ///   - excluding: links to leave out (entries about an evaluated corpus's topics).
    ///   - limit: at most this many entries, taken evenly across the month; nil for all.
    public static func load(path: String, excluding: Set<String> = [], limit: Int? = nil) throws -> [LabelledArticle] {
        let text = String(decoding: try GzipFile.read(path), as: UTF8.self)
        let decoder = JSONDecoder()
        var entries: [LabelledArticle] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            guard let entry = try? decoder.decode(Line.self, from: Data(line.utf8)) else {
                throw EvaluationError("\(path): line \(index + 1) is not a stream entry")
            }
            guard !excluding.contains(entry.link) else { continue }
            entries.append(LabelledArticle(
                id: "rss-2023:\(index)", event: nil, topic: nil, order: index, title: entry.title,
                lead: LabelledArticle.firstSentence(of: entry.description), body: entry.description))
        }
        guard let limit, limit < entries.count else { return entries }
        let step = Double(entries.count) / Double(limit)
        return (0..<limit).map { entries[Int(Double($0) * step)] }
    }

    /// The links `wikiref-topic-hits.tsv` lists: entries on WikiRef's topics, to leave out when
    /// WikiRef's events are tracked.
    public static func topicHits(path: String) throws -> Set<String> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw EvaluationError("\(path): cannot read it") }
        return Set(text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) })
    }
}
