import Foundation

/// The article a page describes in JSON-LD (schema.org `NewsArticle`, `Article`, `BlogPosting`…),
/// found at the top level, in a list or in an `@graph`.
struct LinkedDataArticle {
    var headline: String?
    var datePublished: String?
    var articleBody: String?

    /// The first article among the page's JSON-LD blocks; blocks that do not parse are skipped.
    static func first(in blocks: [String]) -> LinkedDataArticle? {
        for block in blocks {
            guard let data = block.data(using: .utf8),
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            if let article = find(in: value, depth: 0) { return article }
        }
        return nil
    }

    private static func find(in value: Any, depth: Int) -> LinkedDataArticle? {
        guard depth < 8 else { return nil }
        if let list = value as? [Any] {
            return list.lazy.compactMap { find(in: $0, depth: depth + 1) }.first
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object["@type"]) {
            return LinkedDataArticle(
                headline: string(object["headline"]) ?? string(object["name"]),
                datePublished: string(object["datePublished"]),
                articleBody: string(object["articleBody"]))
        }
        if let graph = object["@graph"] { return find(in: graph, depth: depth + 1) }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let names = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        return names.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
