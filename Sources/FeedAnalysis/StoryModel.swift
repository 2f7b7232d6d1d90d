/// What the analysis knows of one story: its seeds' fingerprints and the coverage of their terms.
public struct StoryModel: Sendable {
    public let name: String
    public let relatedThreshold: Double
    public let seeds: [(name: String, fingerprint: Fingerprint)]
    /// Adaptive tracking: its sure reports join the profile at `adaptiveWeight` each.
    public let adaptive: Bool
    public let adaptiveWeight: Double
    /// Each term's centrality averaged over the seed articles (and, when adaptive, weighted sure
    /// reports, which count their terms as 1): a seed's headline terms count 1, its other terms by
    /// how often it uses them (`Fingerprinter.termCentrality`). Counting only whether a seed uses a
    /// term made a one-seed profile of that article's rarest words, not its subject: tracked from
    /// one article, WikiRef's events were all missed (docs/EVALUATION.md).
    public private(set) var coverage: [String: Double] {
        didSet { coverageTerms = CoverageTerms(coverage, power: coveragePower) }
    }
    /// `coverage`, prepared for re-weighting.
    private var coverageTerms: CoverageTerms
    /// What the seeds are: articles, teasers or headlines.
    public let seedKind: SeedKind
    /// What the profile raises coverage to (`StoryProfile.coveragePower(for:)`).
    private let coveragePower: Double
    public private(set) var profile: StoryProfile
    /// Where the seeds, and the items judged related, say the story happens.
    public var setting: StorySetting { profile.setting }
    /// Per term, its centrality summed over the seeds and the items judged related that are not
    /// shorter than them (`Fingerprinter.termCentrality`), and how many those are.
    private var seedCounts: [String: Double]
    private var seedTotal: Double
    /// Each seed's term centrality, and the same as its own profile weighs it
    /// (`StoryProfile.seedProfiles`), less what judged false alarms take; empty for a story of one
    /// seed. The analyst's judged items and adapted reports join the whole profile only.
    private let seedCentralities: [[String: Double]]
    private var seedCoverages: [CoverageTerms]
    /// How the seeds write each term, first seed first (`StoryProfile.shown`).
    private let spellings: [String: String]
    /// Per term, its centrality summed over the items judged related that are shorter than the
    /// seeds (`learn`), and how many those are.
    private var shorterJudgedCounts: [String: Double] = [:]
    private var shorterJudgedTotal = 0.0
    /// Per term, how many items judged unrelated hold it.
    private var judgedAgainst: [String: Int] = [:]
    /// Items judged related and unrelated that the profile has learnt from.
    public private(set) var judgments = (related: 0, unrelated: 0)
    private var adaptedCounts: [String: Int] = [:]
    private var adaptedDocuments = 0
    /// The items the story is sure are its own reports, which its profile's rarities leave out.
    public private(set) var ownReports = OwnReports()
    /// Its seeds as the background counts them (`count(seeds:)`), left out of its rarities too.
    private var seedsCounted = OwnReports()

    /// How much of a term's coverage items judged unrelated take away: `judgedAgainstShare` ·
    /// n / (n + c + 1), n the judged false alarms holding it and c its centrality summed over the
    /// seeds and items judged related. A judged false alarm that shares the story's names but not
    /// its place makes the names count less against the place, and a term that is in every report
    /// of the story loses little. A larger share cut more false alarms but raised the misses on
    /// teasers and headlines more (chosen on ECB+: docs/EVALUATION.md).
    static let judgedAgainstShare = 0.25

    public init(name: String, seeds: [SeedDocument], relatedThreshold: Double, fingerprinter: Fingerprinter,
                background: BackgroundStatistics, adaptive: Bool = false, adaptiveWeight: Double = 0.5) {
        self.name = name
        self.relatedThreshold = relatedThreshold
        self.adaptive = adaptive
        self.adaptiveWeight = adaptiveWeight
        self.seeds = seeds.map { ($0.name, fingerprinter.fingerprint(title: $0.title, body: $0.text)) }
        var counts: [String: Double] = [:]
        var spellings: [String: String] = [:]
        var centralities: [[String: Double]] = []
        for seed in seeds {
            let terms = fingerprinter.seedTerms(title: seed.title, body: seed.text)
            for (term, centrality) in terms.centrality { counts[term, default: 0] += centrality }
            spellings.merge(terms.spellings) { first, _ in first }
            centralities.append(terms.centrality)
        }
        self.spellings = spellings
        seedCounts = counts
        seedTotal = Double(seeds.count)
        let total = max(seedTotal, 1)
        coverage = counts.mapValues { $0 / total }
        seedKind = SeedKind(seeds)
        coveragePower = StoryProfile.coveragePower(for: seedKind)
        coverageTerms = CoverageTerms(coverage, power: coveragePower)
        seedCentralities = seeds.count > 1 ? centralities : []
        seedCoverages = seedCentralities.map { [coveragePower] in CoverageTerms($0, power: coveragePower) }
        let setting = StorySetting(seeds: self.seeds.map(\.fingerprint.places))
        profile = Self.profile(
            coverageTerms, seeds: seedCoverages, background: background, setting: setting, spellings: spellings, kind: seedKind)
    }

    /// The profile of `coverage`, with each seed's own beside it, weighed by `background`.
    private static func profile(
        _ coverage: CoverageTerms, seeds: [CoverageTerms], background: BackgroundStatistics, setting: StorySetting,
        spellings: [String: String], kind: SeedKind
    ) -> StoryProfile {
        let seedProfiles = seeds.map { StoryProfile($0, background: background, setting: setting, spellings: spellings, seeds: kind) }
        return StoryProfile(coverage, background: background, setting: setting, spellings: spellings, seeds: kind, seedProfiles: seedProfiles)
    }

    /// The story's profile as it stands, weighed by the background without its own reports and seeds.
    private func weighedProfile(background: BackgroundStatistics, setting: StorySetting) -> StoryProfile {
        Self.profile(
            coverageTerms, seeds: seedCoverages, background: background.excluding(ownReports.adding(seedsCounted)), setting: setting,
            spellings: spellings, kind: seedKind)
    }

    /// Adds the terms of a report the story is sure of (`OwnReports.isSureReport`) to the profile
    /// (adaptive stories only), so tracking follows the story as it develops. An item nearer the
    /// threshold is left out: it is often the other event of the same kind (docs/EVALUATION.md).
    /// Each counts `adaptiveWeight` of a seed, and all of them together at most as much as the
    /// seeds, so the profile cannot drift away from what the user asked for.
    public mutating func adapt(to documents: [Set<String>], background: BackgroundStatistics) {
        guard adaptive, !documents.isEmpty else { return }
        addAdapted(documents)
        updateCoverage(background: background, setting: setting)
    }

    private mutating func addAdapted(_ documents: [Set<String>]) {
        for terms in documents {
            adaptedDocuments += 1
            for term in terms { adaptedCounts[term, default: 0] += 1 }
        }
    }

    /// Learns the analyst's judgments (`feedwatch judge`): an item judged related counts as a seed
    /// (by its terms' centrality) and sets the story in the countries it cites too, one judged
    /// unrelated takes coverage from the terms it holds.
    ///
    /// A judged item shorter than the seeds (a headline or teaser, for a story seeded with
    /// articles) can raise a term's coverage but lower none. Every word of a headline is central
    /// to it, so pooled with the seeds as one more, a judged headline's few words outweighed the
    /// seed articles' own, and later reports sharing the articles' other words were missed. An
    /// item of the seeds' kind is pooled with them: a second article washes out what the first
    /// alone digressed into (docs/EVALUATION.md, "Relevance feedback").
    public mutating func learn(
        judgedRelated: [JudgedReport], judgedUnrelated: [Set<String>],
        background: BackgroundStatistics
    ) {
        guard !judgedRelated.isEmpty || !judgedUnrelated.isEmpty else { return }
        for report in judgedRelated {
            if report.kind.isShorter(than: seedKind) {
                for (term, value) in report.centrality { shorterJudgedCounts[term, default: 0] += value }
                shorterJudgedTotal += 1
            } else {
                for (term, value) in report.centrality { seedCounts[term, default: 0] += value }
                seedTotal += 1
            }
        }
        for terms in judgedUnrelated {
            for term in terms { judgedAgainst[term, default: 0] += 1 }
        }
        judgments.related += judgedRelated.count
        judgments.unrelated += judgedUnrelated.count
        updateCoverage(background: background, setting: judgedRelated.reduce(setting) { $0.including($1.places) })
    }

    /// Coverage from the seeds and items judged related, the adapted items, and the judged false alarms.
    private mutating func updateCoverage(background: BackgroundStatistics, setting: StorySetting) {
        let seeds = max(seedTotal, 1)
        let weight = adaptedDocuments == 0 ? 0 : min(adaptiveWeight, seeds / Double(adaptedDocuments))
        let total = seeds + weight * Double(adaptedDocuments)
        var merged = seedCounts
        // A term of the shorter judged items keeps the greater of its coverage from the seeds alone
        // and pooled with those items.
        for (term, count) in shorterJudgedCounts {
            let pooled = ((seedCounts[term] ?? 0) + count) / (seeds + shorterJudgedTotal)
            merged[term] = max(seedCounts[term] ?? 0, pooled * seeds)
        }
        for (term, count) in adaptedCounts { merged[term, default: 0] += weight * Double(count) }
        coverage = Dictionary(uniqueKeysWithValues: merged.map { term, count in (term, count / total * keptShare(term)) })
        if !judgedAgainst.isEmpty {
            seedCoverages = seedCentralities.map { centrality in
                CoverageTerms(Dictionary(uniqueKeysWithValues: centrality.map { ($0, $1 * keptShare($0)) }), power: coveragePower)
            }
        }
        profile = weighedProfile(background: background, setting: setting)
    }

    /// The share of a term's coverage that the judged false alarms holding it leave (`judgedAgainstShare`).
    private func keptShare(_ term: String) -> Double {
        let against = Double(judgedAgainst[term] ?? 0)
        let vouched = (seedCounts[term] ?? 0) + (shorterJudgedCounts[term] ?? 0)
        return 1 - Self.judgedAgainstShare * against / (against + vouched + 1)
    }

    /// Counts an item as one of the story's own reports (`OwnReports.counts`) by what it taught the
    /// background; the profile leaves it out from its next re-weighting.
    public mutating func count(ownReport observed: [String]) {
        ownReports.count(observed: observed)
    }

    /// Counts the story's seeds by the terms the background counted for them: its rarities leave
    /// them out as they leave out its own reports (`AnalysisEngine`).
    public mutating func count(seeds observed: [[String]]) {
        for terms in observed { seedsCounted.count(observed: terms) }
    }

    /// Whether the story has counted own reports or learnt from sure reports (`recount`).
    public var hasReports: Bool { ownReports.documents > 0 || adaptedDocuments > 0 }

    /// Forgets the own reports and adapted items counted so far and counts these instead, each by
    /// what it taught the background (`count(ownReport:)`) and, for an adaptive story, its terms
    /// (`adapt`): what the store holds as the story's reports, at a start and after a cycle that
    /// withdrew alerts made them fewer than the running story counted.
    public mutating func recount(ownReports observed: [[String]], sureReports documents: [Set<String>], background: BackgroundStatistics) {
        ownReports = OwnReports()
        for terms in observed { ownReports.count(observed: terms) }
        (adaptedCounts, adaptedDocuments) = ([:], 0)
        if adaptive { addAdapted(documents) }
        updateCoverage(background: background, setting: setting)
    }

    /// The terms whose background frequency matters to this story.
    public var vocabulary: Set<String> { Set(coverage.keys) }

    /// Re-weights the profile after the background has learned more.
    public mutating func refreshProfile(background: BackgroundStatistics) {
        profile = weighedProfile(background: background, setting: setting)
    }
}
