import Foundation

/// Reads ECB+ (`../shared/corpus/ecbplus/ECB+`): 43 topics, each holding two different events of
/// the same kind, `<topic>_<n>ecb.xml` one and `<topic>_<n>ecbplus.xml` the other. Articles are
/// token XML (`<token t_id sentence number>word</token>`); an `ecbplus` file's sentence 0 is its
/// URL and sentence 1 its headline, an `ecb` file starts with its headline.
public enum ECBPlusCorpus {
    public static func load(folder: String) throws -> [LabelledArticle] {
        let topics = try FileManager.default.contentsOfDirectory(atPath: folder).filter { Int($0) != nil }.sorted { Int($0)! < Int($1)! }
        guard !topics.isEmpty else { throw EvaluationError("\(folder): no ECB+ topic folders (1, 2, …) here") }
        return try topics.flatMap { topic in
            let directory = (folder as NSString).appendingPathComponent(topic)
            return try FileManager.default.contentsOfDirectory(atPath: directory).sorted().compactMap { name in
                try article(path: (directory as NSString).appendingPathComponent(name), name: name, topic: topic)
            }
        }
    }

    private static func article(path: String, name: String, topic: String) throws -> LabelledArticle? {
        guard let match = name.wholeMatch(of: /(\d+)_(\d+)(ecb|ecbplus)\.xml/), let number = Int(match.2) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw EvaluationError("\(path): cannot read this article") }
        let plus = match.3 == "ecbplus"
        var sentences = Self.sentences(String(decoding: data, as: UTF8.self))
        if plus { sentences = Array(sentences.dropFirst()) }
        guard let title = sentences.first else { return nil }
        let body = sentences.dropFirst()
        return LabelledArticle(
            id: name, event: plus ? "\(topic)+" : topic, topic: topic, order: number, title: title, lead: body.first ?? "",
            body: body.joined(separator: "\n"))
    }

    /// The document's sentences, in order, with the tokens joined as running text.
    static func sentences(_ xml: String) -> [String] {
        var sentences: [(number: Int, tokens: [String])] = []
        for match in xml.matches(of: /<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/) {
            guard let number = Int(match.1) else { continue }
            let token = unescape(String(match.2))
            if sentences.last?.number == number { sentences[sentences.count - 1].tokens.append(token) } else { sentences.append((number, [token])) }
        }
        return sentences.map { detokenize($0.tokens) }
    }

    /// Tokens as text: no space before closing punctuation and clitics, none after opening brackets.
    static func detokenize(_ tokens: [String]) -> String {
        var text = ""
        for token in tokens {
            let attaches = [".", ",", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"].contains(token)
            if !text.isEmpty && !attaches && !text.hasSuffix("(") && !text.hasSuffix("[") && !text.hasSuffix("$") { text += " " }
            text += token
        }
        return text
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
