import FeedCore

/// Every story's profile terms by term, so that scoring an item against many stories walks the
/// item's terms once and touches only the stories that share one of them: the cost grows with the
/// stories an item resembles, not with all the stories tracked (`feedwatch-bench stories`).
public struct ProfileIndex: Sendable {
    private let postings: [UInt64: [(story: Int, term: MatchedTerm)]]
    private let norms: [Double]

    /// - Parameter profiles: by story index.
    public init(_ profiles: [StoryProfile]) {
        var postings: [UInt64: [(story: Int, term: MatchedTerm)]] = [:]
        for (story, profile) in profiles.enumerated() {
            for (key, term) in profile.byKey { postings[key, default: []].append((story, term)) }
        }
        self.postings = postings
        norms = profiles.map(\.norm)
    }

    /// The item's relatedness to each story it shares a term with, by story index; every other
    /// story scores 0. The same figures as `StoryProfile.score`.
    public func scores(_ fingerprint: Fingerprint, titleWeight: Double = StoryProfile.titleWeight) -> [Int: RelatednessScore] {
        var dots: [Int: (dot: Double, matched: [MatchedTerm])] = [:]
        var itemNormSquared = 0.0
        fingerprint.forEachTerm { key, inTitle in
            let value = inTitle ? titleWeight : 1
            itemNormSquared += value * value
            for posting in postings[key] ?? [] {
                dots[posting.story, default: (0, [])].dot += value * posting.term.weight
                dots[posting.story, default: (0, [])].matched.append(MatchedTerm(term: posting.term.term, weight: value * posting.term.weight))
            }
        }
        return Dictionary(uniqueKeysWithValues: dots.map { story, sum in
            (story, StoryProfile.score(dot: sum.dot, norm: norms[story], itemNormSquared: itemNormSquared, matched: sum.matched))
        })
    }
}
