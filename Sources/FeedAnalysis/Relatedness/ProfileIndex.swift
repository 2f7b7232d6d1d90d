/// Which stories an item can be related to, found through each story's heaviest terms, so that
/// scoring an item against many stories costs about the stories it could be related to, not all
/// the stories tracked (`feedwatch-bench stories`).
///
/// An item that carries none of a story's `heavyTerms` heaviest terms is not scored for it: only
/// its everyday words (a one-article profile's tail: "said", "people", "government") could match,
/// and they are what made every item touch a sixth of a thousand one-seed stories.
public struct ProfileIndex: Sendable {
    private let storiesByTerm: [UInt64: [Int]]
    private let profiles: [StoryProfile]

    static let heavyTerms = 40

    /// - Parameter profiles: by story index.
    public init(_ profiles: [StoryProfile]) {
        var storiesByTerm: [UInt64: [Int]] = [:]
        for (story, profile) in profiles.enumerated() {
            for key in profile.heaviestKeys(Self.heavyTerms) { storiesByTerm[key, default: []].append(story) }
        }
        self.storiesByTerm = storiesByTerm
        self.profiles = profiles
    }

    /// The item's relatedness to each story it carries a heavy term of, by story index (the same
    /// figures as `StoryProfile.score`); every other story counts as scoring 0.
    public func scores(_ fingerprint: Fingerprint) -> [Int: RelatednessScore] {
        var candidates = Set<Int>()
        for key in fingerprint.terms.keys { candidates.formUnion(storiesByTerm[key] ?? []) }
        return Dictionary(uniqueKeysWithValues: candidates.map { ($0, profiles[$0].score(fingerprint)) })
    }
}
