import ArgumentParser
import FeedCore
import FeedDaemon
import FeedStore

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why an item was flagged or missed: score, threshold, terms, duplicate comparisons.",
        discussion: "ITEM is an item id (from stories/items/duplicates) or a link.\nExample: feedwatch explain 42")

    @OptionGroup var config: ConfigOption
    @Argument(help: "An item id or link.") var item: String
    @Option(help: "table, json, or csv (one row per story: verdict, score, threshold, matched and missing terms, closest comparison).")
    var format: OutputFormat = .table

    func run() async throws {
        let configuration = try config.load()
        let store = try Store(path: configuration.statePath, readOnly: true)
        let explainer = try await Explainer(configuration: configuration, store: store)
        guard let explanation = try await explainer.explain(item, store: store) else {
            throw FeedwatchError(.usage, "no stored item has the id or link '\(item)'; list them with 'feedwatch items'")
        }
        switch format {
        case .json: try JSONOutput.print(explanation)
        case .csv: CSVOutput.print(explanation.verdicts.map { ExplanationLine(id: explanation.id, verdict: $0) })
        case .table: print(ExplanationReport.render(explanation))
        }
    }
}

/// `feedwatch explain --format csv`: a story's verdict on the item and what it rested on, one row.
struct ExplanationLine: CSVRow {
    let id: Int64
    let verdict: Explanation.StoryVerdict

    static let csvHeader = [
        "id", "story", "verdict", "score", "threshold", "score_now", "matched", "missing", "closest_kind", "closest_ref", "closest_resemblance",
        "closest_containment",
    ]
    var csvFields: [String] {
        let closest = verdict.comparisons.max { max($0.resemblance, $0.containment) < max($1.resemblance, $1.containment) }
        return [
            String(id), verdict.story, verdict.verdict.rawValue, String(verdict.score), String(verdict.threshold), verdict.scoreNow.map { String($0) } ?? "",
            verdict.matched.map(\.term).joined(separator: "; "), verdict.missing.map(\.term).joined(separator: "; "),
            closest?.kind.rawValue ?? "", closest?.ref ?? "", closest.map { String($0.resemblance) } ?? "", closest.map { String($0.containment) } ?? "",
        ]
    }
}
