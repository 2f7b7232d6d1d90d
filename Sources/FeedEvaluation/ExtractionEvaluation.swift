import Foundation

/// Main-text extraction scored the way trafilatura's evaluation scores it, on its own set
/// (`../shared/corpus/trafilatura-eval/`): each page lists snippets its main text must hold and
/// boilerplate snippets it must not. A kept `with` snippet is a true positive, a lost one a false
/// negative; a kept `without` snippet is a false positive, a dropped one a true negative.
public struct ExtractionEvaluation {
    public struct Page: Sendable {
        public let url: String
        public let file: String
        public let html: Data
        public let with: [String]
        public let without: [String]
    }

    public struct Score: Sendable {
        public var truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var accuracy: Double {
            ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives)
        }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

        mutating func add(_ page: Page, extracted: String) {
            for snippet in page.with {
                if extracted.contains(snippet) { truePositives += 1 } else { falseNegatives += 1 }
            }
            for snippet in page.without {
                if extracted.contains(snippet) { falsePositives += 1 } else { trueNegatives += 1 }
            }
        }
    }

    public let pages: [Page]

    /// Loads `evaldata.json` and every page it names from `html/<file>.gz`, in the file's order
    /// (sorted by URL), or only the pages `limit` allows.
    public init(folder: String, limit: Int? = nil) throws {
        let indexPath = "\(folder)/evaldata.json"
        guard let index = FileManager.default.contents(atPath: indexPath) else { throw EvaluationError("\(indexPath): cannot read it") }
        guard let entries = try JSONSerialization.jsonObject(with: index) as? [String: [String: Any]] else {
            throw EvaluationError("\(indexPath): not an object of pages")
        }
        var pages: [Page] = []
        for url in entries.keys.sorted().prefix(limit ?? entries.count) {
            guard let entry = entries[url], let file = entry["file"] as? String else {
                throw EvaluationError("\(indexPath): the page \(url) names no file")
            }
            pages.append(
                Page(
                    url: url, file: file, html: try GzipFile.read("\(folder)/html/\(file).gz"),
                    with: entry["with"] as? [String] ?? [], without: entry["without"] as? [String] ?? []))
        }
        self.pages = pages
    }

    public static func score(_ pages: [Page], extracted: (Page) -> String) -> Score {
        var score = Score()
        for page in pages { score.add(page, extracted: extracted(page)) }
        return score
    }
}
