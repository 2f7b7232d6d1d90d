import FeedAnalysis
import FeedCore
import FeedDaemon

/// `feedwatch explain` as text for a terminal.
enum ExplanationReport {
    static func render(_ explanation: Explanation) -> String {
        var lines = [
            "item \(explanation.id): \(explanation.title)",
            "  link \(explanation.link ?? "-")",
            "  feed \(explanation.feed), published \(TableRenderer.date(explanation.published)), first seen \(TableRenderer.date(explanation.firstSeen)), \(explanation.shingles) shingles",
        ]
        if let article = explanation.article {
            lines.append("  article: " + article + (explanation.articleURL == nil ? "" : "; its text was analysed in place of the feed's"))
        }
        for verdict in explanation.verdicts {
            let comparison = verdict.score >= verdict.threshold ? "≥" : "<"
            let now = verdict.scoreNow.map { score in
                ", now \(TableRenderer.score(score))" + (verdict.thresholdNow.map { " against \(TableRenderer.score($0))" } ?? "")
            } ?? ""
            lines.append("")
            lines.append("story \(verdict.story): \(verdict.verdict.rawValue.uppercased())")
            if let original = verdict.duplicateOf {
                lines.append("  duplicate of \(original.kind.rawValue) \(original.ref) (similarity \(TableRenderer.score(original.similarity)))")
            } else {
                lines.append("  score \(TableRenderer.score(verdict.score)) \(comparison) threshold \(TableRenderer.score(verdict.threshold))\(now)")
            }
            if let judged = verdict.judged {
                lines.append("  judged \(judged.rawValue.uppercased()) by you, \(TableRenderer.date(verdict.judgedAt)); listings follow your verdict")
            }
            if let judgments = verdict.judgments {
                lines.append(
                    "  the story has learnt \(judgments.related) judged related and \(judgments.unrelated) judged unrelated: "
                        + "without them this item would score \(TableRenderer.score(judgments.scoreWithout)) "
                        + "against \(TableRenderer.score(judgments.thresholdWithout))")
            }
            if let elsewhere = verdict.elsewhere {
                let story = elsewhere.story.joined(separator: ", ")
                lines.append(
                    (elsewhere.cited
                        ? "  happens in \(elsewhere.item), and the story in \(story), which the item does not name: "
                        : "  names \(elsewhere.item) and not the story's \(story): ")
                        + "its score now counts \(TableRenderer.score(elsewhere.share)) of its match" + vouching(elsewhere))
            }
            if let nearest = verdict.nearestSeed {
                lines.append(
                    "  fits seed \(nearest.seed) alone better than the story's whole profile: it scores \(TableRenderer.score(nearest.score)) "
                        + "against that seed, of which \(TableRenderer.score(nearest.share)) counts")
            }
            if let better = verdict.betterFit {
                let thisFit = BetterFit.fit(score: verdict.score, threshold: verdict.threshold)
                lines.append(
                    "  fitted story \(better.story) far better: \(fit(better.fit)) that story's threshold "
                        + "(\(TableRenderer.score(better.score)) against \(TableRenderer.score(better.threshold))), \(fit(thisFit)) this one's; "
                        + "a story keeps an item it fits at least \(TableRenderer.score(better.share)) as well as the best (analysis.best_fit_share)")
            }
            lines.append("  matched: " + terms(verdict.matched))
            lines.append("  missing: " + terms(verdict.missing))
            for known in verdict.comparisons {
                let title = known.title.isEmpty ? "" : " \"\(known.title)\""
                lines.append(
                    "  compared with \(known.kind.rawValue) \(known.ref)\(title): resemblance \(TableRenderer.score(known.resemblance)), "
                        + "containment \(TableRenderer.score(known.containment)), \(known.sharedShingles) shared shingles")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Why the share is what it is, once the background has counted the term that set it.
    private static func vouching(_ conflict: PlaceConflict) -> String {
        guard let evidence = conflict.evidence, evidence.placed > 0 else { return "" }
        let (items, names) = evidence.placed == 1 ? ("item", "names") : ("items", "name")
        return " (its best-placed term, \"\(evidence.term)\": \(evidence.inSetting) of the \(evidence.placed) \(items) seen holding it "
            + "that \(names) a place \(names) \(conflict.story.joined(separator: " or ")))"
    }

    private static func fit(_ times: Double) -> String { String(format: "%.1f×", times) }

    private static func terms(_ terms: [MatchedTerm]) -> String {
        terms.isEmpty ? "-" : terms.prefix(12).map { "\($0.term) \(String(format: "%.2f", $0.weight))" }.joined(separator: ", ")
    }
}
