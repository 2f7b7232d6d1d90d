import FeedCore
import FeedParse
import FeedTestSupport
import Foundation
import Testing

/// Agreement with gofeed's expected parses (`testdata/{parser,translator}/…/NAME.json`) on the
/// fields downstream code uses: entry count, titles and links.
@Suite struct GofeedAgreementTests {
    struct Expected {
        var titles: [String]
        var links: [String?]
    }

    static let folders = ["parser/rss", "parser/atom", "parser/json", "translator/rss", "translator/atom"]

    /// Reads gofeed's expectation: `items` (universal and RSS models) or `entries` (Atom model).
    static func expected(_ json: [String: Any]) -> Expected {
        let items = (json["items"] ?? json["entries"]) as? [[String: Any]] ?? []
        return Expected(
            titles: items.map { normalise($0["title"] as? String ?? "") },
            links: items.map { item in
                if let link = item["link"] as? String { return link }
                if let url = item["url"] as? String { return url }
                let links = item["links"] as? [[String: Any]] ?? []
                let alternate = links.first { ($0["rel"] as? String ?? "alternate") == "alternate" } ?? links.first
                return alternate?["href"] as? String
            })
    }

    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Returns nil when we agree, else what differs.
    static func disagreement(feed: ParsedFeed?, expected: Expected) -> String? {
        guard let feed else { return "not parsed" }
        if feed.entries.count != expected.titles.count { return "entries \(feed.entries.count) ≠ \(expected.titles.count)" }
        for (index, entry) in feed.entries.enumerated() {
            if normalise(entry.title) != expected.titles[index] {
                return "title \"\(entry.title)\" ≠ \"\(expected.titles[index])\""
            }
            if let link = expected.links[index], !link.isEmpty, entry.link != link.trimmingCharacters(in: .whitespacesAndNewlines) {
                return "link \(entry.link ?? "nil") ≠ \(link)"
            }
        }
        return nil
    }

    @Test func agreesWithGofeedOnTitlesLinksAndCounts() throws {
        let root = SharedData.corpus("gofeed/testdata")
        var compared = 0
        var unexplained: [String] = []
        var accepted = 0
        for folder in Self.folders {
            let directory = root.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
            var agreed = 0, total = 0
            for name in names {
                let source = directory.appendingPathComponent(String(name.dropLast(5)) + (folder.hasSuffix("json") ? ".json" : ".xml"))
                guard folder.hasSuffix("json") ? name.hasSuffix(".json") : FileManager.default.fileExists(atPath: source.path),
                    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(name))) as? [String: Any]
                else { continue }
                if folder.hasSuffix("json") { continue }
                total += 1
                let feed = try? FeedParser.parse(Data(contentsOf: source))
                guard let difference = Self.disagreement(feed: feed, expected: Self.expected(json)) else {
                    agreed += 1
                    continue
                }
                let key = "\(folder)/\(name.dropLast(5))"
                if AcceptedDisagreements.reasons[key] != nil { accepted += 1 } else { unexplained.append("\(key): \(difference)") }
            }
            compared += total
            print("conformance gofeed: \(folder): \(agreed)/\(total) files agree")
        }
        let agreement = Double(compared - accepted - unexplained.count) / Double(max(compared, 1))
        print("conformance gofeed: overall \(String(format: "%.1f", agreement * 100))% of \(compared) files agree; \(accepted) accepted disagreements")
        #expect(agreement >= 0.95)
        #expect(unexplained.isEmpty, "disagreements not listed in AcceptedDisagreements: \(unexplained.joined(separator: "\n"))")
    }
}
