import FeedAnalysis
import Foundation

/// Reads a WikiRef folder (`../shared/corpus/wikiref/WikiRef220`): Windows-1252 text files named
/// `Topic (12).txt` or `topic.name.12.txt`.
public enum WikiRefCorpus {
    public static func load(folder: String) throws -> [WikiRefArticle] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.compactMap { name in
            guard let match = name.wholeMatch(of: /(.+?)(?: \((\d+)\)|\.(\d+))\.txt/), let number = Int(match.2 ?? match.3 ?? "")
            else { return nil }
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .windowsCP1252) else {
                throw EvaluationError("\(path): cannot read this article")
            }
            let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
            return WikiRefArticle(
                topic: String(match.1), number: number, file: name, title: SeedDocument(name: name, text: normalised).title,
                text: normalised)
        }
    }

    /// The articles as a stream evaluation reads them: the events' articles labelled with their
    /// event, the noise topics' as unlabelled non-targets.
    public static func labelled(_ articles: [WikiRefArticle]) -> [LabelledArticle] {
        let events = Set(events(in: articles))
        return articles.map { article in
            let body = article.body
            return LabelledArticle(
                id: article.file, event: events.contains(article.topic) ? article.topic : nil, topic: nil, order: article.number,
                title: article.title, lead: LabelledArticle.firstSentence(of: body), body: body)
        }
    }

    /// Topics with more articles than `minimum`: the corpus's events. The rest are its noise topics.
    public static func events(in articles: [WikiRefArticle], minimum: Int = 6) -> [String] {
        Dictionary(grouping: articles, by: \.topic).filter { $0.value.count >= minimum }.keys.sorted()
    }
}
