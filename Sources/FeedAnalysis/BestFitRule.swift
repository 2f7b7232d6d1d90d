import FeedCore

/// Decides which of the stories an item clears the threshold of keep it: those it fits at least
/// `share` as well as the story it fits best (`BetterFit`). The others see it as unrelated.
public struct BestFitRule: Sendable {
    /// 0 lets every story decide alone.
    public let share: Double

    public init(settings: AnalysisSettings) {
        share = settings.bestFitShare
    }

    /// `preliminary` (one item's assessments, by story) with `betterFit` set where a story is left
    /// behind, and cleared elsewhere (the assessments may come from another decision). Most items
    /// clear no threshold, and then nothing is copied: this runs for every item and proposed story.
    public func apply(_ preliminary: [String: PreliminaryAssessment]) -> [String: PreliminaryAssessment] {
        var decided = preliminary
        var best: (story: String, fit: Double)?
        for (story, assessment) in preliminary {
            if assessment.betterFit != nil { decided[story] = assessment.with(betterFit: nil) }
            // On equal fit the story named first is the best.
            let fit = assessment.fit
            if best.map({ fit > $0.fit || (fit == $0.fit && story < $0.story) }) ?? true { best = (story, fit) }
        }
        // A story left behind fits at least 1 and less than the share of the best fit.
        guard let best, share * best.fit > 1, let top = preliminary[best.story] else { return decided }
        let better = BetterFit(story: best.story, score: top.relatedness.score, threshold: top.relatedThreshold, share: share)
        for (story, assessment) in preliminary where assessment.fit >= 1 && assessment.fit < share * best.fit {
            decided[story] = assessment.with(betterFit: better)
        }
        return decided
    }
}
