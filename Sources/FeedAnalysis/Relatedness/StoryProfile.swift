import FeedCore
import Foundation

/// A story's distinctive terms with their weights.
///
/// weight(t) = coverage(t)^p · idf(t): coverage is how central the term is to the seed articles,
/// averaged over them (`StoryModel`: what the story is about, not what one article digressed
/// into), idf its rarity in the background (what distinguishes the story from everything else in
/// the feeds). Squaring the coverage favours what every seed is about; a story seeded with
/// headlines alone keeps it unsquared (`coveragePower(for:)`). The profile keeps the `size`
/// heaviest terms. A story of several seeds also keeps each seed's own profile (`seedProfiles`).
public struct StoryProfile: Sendable, Equatable {
    public let weights: [String: Double]
    /// What each profile term counts in an item's body (`score`).
    public let itemWeights: [String: Double]
    /// Euclidean norm of the weight vector.
    public let norm: Double
    /// Where the story happens: an item set elsewhere keeps a share of its cosine, as much as its
    /// best-placed term vouches for (`PlaceConflict.weighed(by:carryingOnly:)`).
    public let setting: StorySetting
    /// The weighted terms, and each seed profile's, by `TermKey`, which is how an item's terms are
    /// looked up: one lookup per item term scores it against the profile and every seed
    /// (`cosine`). Scoring a story of five seeds one seed profile at a time took twice as long
    /// (BENCHMARKS.md).
    private let byKey: [UInt64: KeyedTerms]
    /// The keys of the terms, heaviest first.
    private let keysByWeight: [UInt64]
    /// Whether only the terms that carry an item's match vouch for its place
    /// (`PlaceConflict.weighed(by:carryingOnly:)`): for stories seeded with articles. Teaser
    /// seeds lost reports that name another place and whose heaviest term makes news everywhere
    /// (docs/EVALUATION.md).
    private let placeFromCarryingTerms: Bool
    /// What an item's terms outside the profile count in its body (`score`).
    private let everydayItemWeight: Double
    private let otherItemWeight: Double
    /// Each seed's own profile, for a story of two seeds or more: a story is also each of its
    /// reports, and a new report often follows one of them more closely than what they share
    /// (`score`).
    public let seedProfiles: [StoryProfile]

    private struct ProfileTerm: Equatable {
        let term: String
        /// The term as the seeds write it, where people read it (`shown`).
        let spelling: String
        let weight: Double
        /// What the term counts in an item's body.
        let itemWeight: Double
        /// What it would count there if the profile lacked it (`TermMix`).
        let itemWeightOutside: Double
        /// How often the background's items holding it are set in the story's setting.
        let setting: SettingEvidence
    }

    /// What one key is in the profile (nil when only seeds' profiles weigh it) and in each seed's.
    private struct KeyedTerms: Equatable {
        var term: ProfileTerm?
        var seeds: [SeedTerm] = []
    }

    /// A term of one seed's own profile.
    private struct SeedTerm: Equatable {
        let seed: Int
        let weight: Double
        let itemWeight: Double
        let itemWeightOutside: Double
    }

    public static let defaultSize = 150

    public init(coverage: [String: Double], background: BackgroundStatistics, size: Int = defaultSize, setting: StorySetting = .nowhere) {
        self.init(CoverageTerms(coverage), background: background, size: size, setting: setting)
    }

    /// The `size` heaviest terms, heavier first and equal weights by term.
    /// - Parameter spellings: how the seeds write each term (`TermExtractor.spellings(of:)`); a
    ///   term without one is shown as its stem.
    public init(
        _ coverage: CoverageTerms, background: BackgroundStatistics, size: Int = defaultSize, setting: StorySetting = .nowhere,
        spellings: [String: String] = [:], seeds: SeedKind = .articles, seedProfiles: [StoryProfile] = []
    ) {
        self.setting = setting
        self.seedProfiles = seedProfiles
        placeFromCarryingTerms = seeds == .articles
        let terms = coverage.terms
        let rarity = terms.indices.map { background.inverseDocumentFrequency(terms[$0], priorShare: coverage.priorShares[$0]) }
        let weight = terms.indices.map { coverage.coverageWeights[$0] * rarity[$0] }
        // Only the terms at or above the size-th weight can make the cut: sort those, not thousands.
        var chosen = Array(terms.indices)
        if chosen.count > size {
            let cutoff = weight.sorted(by: >)[size - 1]
            chosen.removeAll { weight[$0] < cutoff }
        }
        chosen.sort { weight[$0] != weight[$1] ? weight[$0] > weight[$1] : terms[$0] < terms[$1] }
        let trust = min(1, Double(background.documentCount) / Self.backgroundToTrust)
        let everyday = pow(-log(BackgroundStatistics.everydayTermShare), trust)
        let other = pow(Self.untrackedShare * background.inverseDocumentFrequency(of: BackgroundStatistics.rareTermShare), trust)
        let kept = Array(chosen.prefix(size))
        keysByWeight = kept.map { TermKey.of(terms[$0]) }
        let top = zip(kept, keysByWeight).map { index, key in
            let spelling = spellings[terms[index]] ?? terms[index]
            return ProfileTerm(
                term: terms[index], spelling: spelling, weight: weight[index],
                itemWeight: pow(rarity[index], trust),
                itemWeightOutside: TermMix.everydayKeys.contains(key) ? everyday : other,
                setting: background.settingEvidence(terms[index], countries: setting.places, spelling: spelling))
        }
        weights = Dictionary(uniqueKeysWithValues: top.map { ($0.term, $0.weight) })
        itemWeights = Dictionary(uniqueKeysWithValues: top.map { ($0.term, $0.itemWeight) })
        var byKey = Dictionary(zip(keysByWeight, top.map { KeyedTerms(term: $0) })) { first, _ in first }
        norm = top.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        everydayItemWeight = everyday
        otherItemWeight = other
        for (index, seed) in seedProfiles.enumerated() {
            for (key, keyed) in seed.byKey {
                guard let term = keyed.term else { continue }
                byKey[key, default: KeyedTerms(term: nil)].seeds.append(
                    SeedTerm(seed: index, weight: term.weight, itemWeight: term.itemWeight, itemWeightOutside: term.itemWeightOutside))
            }
        }
        self.byKey = byKey
    }

    /// How well the item fits the story: its cosine against the profile, or against one seed's own
    /// profile (`seedProfiles`) times `nearestSeedShare`, whichever is higher; an item set
    /// elsewhere than the story (`StorySetting`) gets the whole profile's alone.
    ///
    /// The whole profile weighs what every seed is about, so a report that follows one seed's side
    /// of the story (a football league's TV deal that one of its TV-rights seeds reports) shares
    /// little of it. Against its nearest seed such a report scores high. The share keeps a
    /// single seed from counting as much as all of them: a near miss that shares one seed's
    /// passing words must still fall short (docs/EVALUATION.md, "A story is also each of its seeds").
    public func score(_ fingerprint: Fingerprint, titleWeight: Double = titleWeight) -> RelatednessScore {
        let (whole, alone) = cosine(fingerprint, titleWeight: titleWeight)
        // An item set elsewhere that matches one seed closely is most often the story's near miss:
        // its minister or its kind of event in another country. The seeds share the story's
        // setting, so an item that passes the place test here passes it against each of them.
        guard whole.elsewhere == nil, let nearest = alone.indices.max(by: { alone[$0] < alone[$1] }),
              alone[nearest] * Self.nearestSeedShare > whole.score else { return whole }
        // The pass above counts each seed's cosine alone; the nearest seed's matched terms are gathered here.
        return RelatednessScore(
            score: alone[nearest] * Self.nearestSeedShare,
            matched: seedProfiles[nearest].cosine(fingerprint, titleWeight: titleWeight).whole.matched,
            nearestSeed: NearestSeed(index: nearest, cosine: alone[nearest]))
    }

    /// Cosine between the item's term vector and the profile.
    ///
    /// The item's vector weighs each term by its rarity, times `titleWeight` in the headline: a
    /// profile term by its idf; an everyday word (`CommonNewsWords`) by the idf of a word in 30 %
    /// of items; any other word by `untrackedShare` of a never-seen rare term's idf. The cosine
    /// normalises an item's length away: a headline that names the story's key people and places
    /// scores as high as an article that does, and a long article that mentions them once in
    /// passing scores low. Weighing by rarity keeps an item's everyday words from diluting its
    /// names, as they did when every term counted 1 (docs/EVALUATION.md). Rarity counted from a few
    /// items is noise, so a young background's rarities count less: each is raised to the power
    /// documents / `backgroundToTrust`, up to 1 (with no background every term counts 1).
    ///
    /// `seeds`: the item's cosine against each seed's own profile, from the same pass.
    private func cosine(_ fingerprint: Fingerprint, titleWeight: Double) -> (whole: RelatednessScore, seeds: [Double]) {
        var dot = 0.0
        var itemNormSquared = itemNormSquaredOutside(fingerprint.termMix, titleWeight: titleWeight)
        var seedDots = [Double](repeating: 0, count: seedProfiles.count)
        var seedItemNormsSquared = [Double](repeating: itemNormSquared, count: seedProfiles.count)
        var matched: [MatchedTerm] = []
        // Most items happen nowhere else: only those that do gather what their terms vouch for.
        let conflict = setting.conflict(with: fingerprint.places)
        var evidence: [(setting: SettingEvidence, adds: Double)] = []
        fingerprint.forEachTerm { key, inTitle in
            guard let keyed = byKey[key] else { return }
            let emphasis = inTitle ? titleWeight : 1
            for seed in keyed.seeds {
                let (adds, lengthens) = Self.contribution(emphasis: emphasis, itemWeight: seed.itemWeight, outside: seed.itemWeightOutside, weight: seed.weight)
                seedDots[seed.seed] += adds
                seedItemNormsSquared[seed.seed] += lengthens
            }
            guard let term = keyed.term else { return }
            let (adds, lengthens) = Self.contribution(emphasis: emphasis, itemWeight: term.itemWeight, outside: term.itemWeightOutside, weight: term.weight)
            if conflict != nil { evidence.append((term.setting, adds)) }
            itemNormSquared += lengthens
            dot += adds
            matched.append(MatchedTerm(term: term.spelling, weight: adds))
        }
        let seeds = seedProfiles.indices.map { Self.cosine(dot: seedDots[$0], norm: seedProfiles[$0].norm, itemNormSquared: seedItemNormsSquared[$0]) }
        guard norm > 0, itemNormSquared > 0 else { return (RelatednessScore(score: 0, matched: []), seeds) }
        let elsewhere = conflict?.weighed(by: evidence, carryingOnly: placeFromCarryingTerms)
        let whole = RelatednessScore(
            score: Self.cosine(dot: dot, norm: norm, itemNormSquared: itemNormSquared) * (elsewhere?.share ?? 1),
            matched: matched.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term },
            elsewhere: elsewhere)
        return (whole, seeds)
    }

    /// The item vector's squared length as if the profile had none of its terms; each one the
    /// profile has is corrected by `contribution`.
    private func itemNormSquaredOutside(_ mix: TermMix, titleWeight: Double) -> Double {
        let (everyday, other, title) = (everydayItemWeight * everydayItemWeight, otherItemWeight * otherItemWeight, titleWeight * titleWeight)
        return everyday * (Double(mix.everydayInBody) + title * Double(mix.everydayInTitle))
            + other * (Double(mix.otherInBody) + title * Double(mix.otherInTitle))
    }

    /// What a profile term the item carries adds to the dot product, and to the item vector's squared
    /// length in place of what it counted outside the profile.
    private static func contribution(emphasis: Double, itemWeight: Double, outside: Double, weight: Double) -> (adds: Double, lengthens: Double) {
        let value = emphasis * itemWeight
        let outsideValue = emphasis * outside
        return (value * weight, value * value - outsideValue * outsideValue)
    }

    private static func cosine(dot: Double, norm: Double, itemNormSquared: Double) -> Double {
        guard norm > 0, itemNormSquared > 0 else { return 0 }
        return min(1, dot / (norm * itemNormSquared.squareRoot()))
    }

    /// A profile term (a key of `weights`) as the seeds write it: "sanctions" for "sanction". What
    /// `score` puts in its matched terms, which alerts and `explain` show.
    public func shown(_ term: String) -> String { byKey[TermKey.of(term)]?.term?.spelling ?? term }

    /// The keys of the `count` heaviest terms, of the profile and of each seed's own.
    func heaviestKeys(_ count: Int) -> Set<UInt64> {
        seedProfiles.reduce(into: Set(keysByWeight.prefix(count))) { $0.formUnion($1.keysByWeight.prefix(count)) }
    }

    /// The power coverage is raised to in a story's weights: 2 for seed articles and teasers, so
    /// that what every seed is about outweighs what one of them strays into; 1 for headlines
    /// alone. A headline does not stray: each of a story's headlines names one side of it, and
    /// squared, a word that one headline in four uses counted a sixteenth of a word all four use,
    /// so new headlines that shared one seed headline's side were missed. Unsquared, the mean cost
    /// of headline-seeded stories fell on both development corpora; teaser seeds unsquared gained
    /// on ECB+ and lost on WikiRef, so they stay squared (docs/EVALUATION.md).
    public static func coveragePower(for seeds: SeedKind) -> Double {
        seeds == .headlines ? headlineCoveragePower : articleCoveragePower
    }

    public static let articleCoveragePower = 2.0
    public static let headlineCoveragePower = 1.0

    /// What an item's cosine against one seed alone counts (`score`). Chosen on ECB+ among 0.6,
    /// 0.75 and 0.9 (docs/EVALUATION.md).
    public static let nearestSeedShare = 0.75

    /// How much more a headline term counts in an item's vector than a term of its body.
    public static let titleWeight = 2.0

    /// An item's word outside the profile counts this share of a never-seen rare term's idf. A
    /// higher share lowers every score of a long item, whose words are mostly outside the profile;
    /// chosen on ECB+ (docs/EVALUATION.md).
    static let untrackedShare = 0.6

    /// The background size from which an item's vector trusts rarity fully.
    static let backgroundToTrust = 5_000.0
}
