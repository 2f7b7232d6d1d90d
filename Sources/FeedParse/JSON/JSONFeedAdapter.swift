import FeedCore
import Foundation

/// JSON Feed → `ParsedFeed`, through Foundation's decoder.
enum JSONFeedAdapter {
    static func parse(_ data: Data, url: String?) throws -> ParsedFeed {
        let document: JSONFeedDocument
        do {
            document = try JSONDecoder().decode(JSONFeedDocument.self, from: data)
        } catch {
            throw FeedParseError("not a valid JSON Feed: \(describe(error))")
        }
        let base = document.feed_url ?? url
        let entries = document.items.map { item -> FeedEntry in
            let link = (item.url ?? item.external_url).flatMap { LinkResolver.resolve($0, base: base) }
            let title = HTMLText.plainText(fromText: item.title ?? "")
            let content = item.content_html.map(HTMLText.plainText(fromHTML:)) ?? HTMLText.plainText(fromText: item.content_text ?? "")
            let summary = HTMLText.plainText(fromText: item.summary ?? "")
            let published = item.date_published.flatMap(FeedDate.parse)
            let authors = ((item.authors ?? []) + [item.author].compactMap { $0 }).compactMap(\.name)
            return FeedEntry(
                id: EntryIdentity.key(guid: item.id?.value, link: link, title: title, date: published, text: content + summary),
                title: title, link: link, published: published, updated: item.date_modified.flatMap(FeedDate.parse),
                summary: summary, content: content, authors: authors, categories: item.tags ?? [])
        }
        return ParsedFeed(
            format: .json, title: HTMLText.plainText(fromText: document.title ?? ""),
            link: document.home_page_url.flatMap { LinkResolver.resolve($0, base: base) }, entries: entries)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default: return String(describing: error)
        }
    }
}
