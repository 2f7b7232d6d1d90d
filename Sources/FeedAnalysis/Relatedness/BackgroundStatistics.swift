import Foundation

/// How common each tracked term is among all items the daemon has seen: its document frequency.
///
/// Only terms that occur in some story's seeds are tracked, because only their rarity is ever asked;
/// that keeps the model a few thousand numbers however many feeds are watched.
public struct BackgroundStatistics: Sendable, Equatable {
    public private(set) var documentCount: Int
    public private(set) var documentFrequency: [String: Int]
    /// A story's own reports, which its rarities leave out (`excluding`).
    private var ownReports = OwnReports()

    /// Pseudo-documents assumed before any real one, each containing a tracked term with
    /// probability `priorShare(of:)`: the cold start, which gives every unseen term a moderate
    /// rarity (everyday news words a low one) until real counts outweigh it.
    static let priorDocuments = 50.0

    static func priorShare(of term: String) -> Double {
        let words = term.split(separator: " ")
        return words.allSatisfy({ CommonNewsWords.english.contains(String($0)) }) ? everydayTermShare : rareTermShare
    }

    /// The shares of items assumed to hold an everyday news word, and any other term, before counting.
    static let everydayTermShare = 0.3
    static let rareTermShare = 0.02

    public init(documentCount: Int = 0, documentFrequency: [String: Int] = [:]) {
        self.documentCount = documentCount
        self.documentFrequency = documentFrequency
    }

    /// The model as a store persisted it. A store written before terms were folded to their stems
    /// holds counts under plural spellings ("sanctions"), and one written before place names were
    /// folded under their other names ("burma"); each is added to its folded term's ("sanction",
    /// "myanmar"), at most the documents counted, so an upgraded daemon keeps what it has learnt.
    /// An old item that held both spellings counts twice: rarity errs towards common, the safe side.
    public init(documentCount: Int, storedFrequencies: [String: Int]) {
        var folded: [String: Int] = [:]
        for (term, count) in storedFrequencies {
            // Keyed counts (`observedTerms`) were first written with stems.
            folded[Self.isKeyed(term) ? term : PlaceNameFold.fold(term: term), default: 0] += count
        }
        self.init(documentCount: documentCount, documentFrequency: folded.mapValues { min($0, documentCount) })
    }

    /// Whether an item teaches the background anything: every item with a term does, headlines
    /// included. Most feeds carry a headline and a sentence, and a name that fills this month's
    /// headlines must stop looking rare. Everyday words do look rarer in headlines than in the
    /// full-text seeds; the seeds' term centrality keeps them light in the profile.
    public static func learns(from terms: TermSet) -> Bool { terms.count > 0 }

    /// Counts one item: its tracked terms each gain one document.
    public mutating func observe(terms: Set<String>, tracked: Set<String>) {
        observe(trackedTerms: terms.filter(tracked.contains))
    }

    /// Counts one item whose tracked terms are already picked out, each once.
    public mutating func observe<Terms: Sequence<String>>(trackedTerms: Terms) {
        documentCount += 1
        for term in trackedTerms { documentFrequency[term, default: 0] += 1 }
    }

    /// What an item teaches the background: its tracked terms (`terms`, each once), and for each
    /// when the item names a place, the term under `placedKey`, and under `settingKey` of every
    /// country in `settings` it names. The keyed counts say how often a term's items are set in a
    /// story's country (`SettingEvidence`); only stories' countries are counted, which keeps them
    /// a few per term.
    public static func observedTerms(_ terms: [String], places: PlaceMentions, settings: Set<Int>) -> [String] {
        guard !places.named.isEmpty else { return terms }
        let keyed = terms.map(placedKey) + places.countries(among: settings).sorted().flatMap { country in
            terms.map { settingKey($0, country: country) }
        }
        return terms + keyed
    }

    /// Items that hold `term` and name some place are counted under this key. No term holds ">".
    static func placedKey(_ term: String) -> String { "*>" + term }

    /// Whether a counted name is a keyed count (`placedKey`, `settingKey`) rather than a term.
    /// By its UTF-8 bytes: `String.contains` goes through Foundation's search, which was half the
    /// cost of counting a story's own reports (`feedwatch-bench restore`).
    static func isKeyed(_ counted: String) -> Bool { counted.utf8.contains(UInt8(ascii: ">")) }

    /// The same counts with `reports` left out of every rarity: what a story's profile is weighed
    /// by. Where terms are set (`settingEvidence`) still counts them.
    public func excluding(_ reports: OwnReports) -> BackgroundStatistics {
        var background = self
        background.ownReports = reports
        return background
    }

    /// Items that hold `term` and name `country` (a gazetteer index), by the country's name.
    static func settingKey(_ term: String, country: Int) -> String { Gazetteer.shared.places[country].name + ">" + term }

    /// What the background says about `term` and a story set in `countries`, shown as `spelling`.
    func settingEvidence(_ term: String, countries: [Int], spelling: String) -> SettingEvidence {
        let placed = documentFrequency[Self.placedKey(term)] ?? 0
        let inSetting = countries.reduce(0) { $0 + (documentFrequency[Self.settingKey(term, country: $1)] ?? 0) }
        // An item naming two of the story's countries counts under both.
        return SettingEvidence(term: spelling, placed: placed, inSetting: min(inSetting, placed))
    }

    /// Smoothed inverse document frequency, always positive.
    public func inverseDocumentFrequency(_ term: String) -> Double {
        inverseDocumentFrequency(term, priorShare: Self.priorShare(of: term))
    }

    /// The same, with the term's `priorShare(of:)` already known.
    func inverseDocumentFrequency(_ term: String, priorShare: Double) -> Double {
        let own = ownReports.frequency[term] ?? 0
        return inverseDocumentFrequency(counted: max(0, (documentFrequency[term] ?? 0) - own), priorShare: priorShare)
    }

    /// The idf of a term the background has not counted, whose prior share is `priorShare`.
    func inverseDocumentFrequency(of priorShare: Double) -> Double { inverseDocumentFrequency(counted: 0, priorShare: priorShare) }

    private func inverseDocumentFrequency(counted: Int, priorShare: Double) -> Double {
        let documents = Double(max(0, documentCount - ownReports.documents)) + Self.priorDocuments
        let frequency = Double(counted) + Self.priorDocuments * priorShare
        return log((documents + 1) / (frequency + 1))
    }
}
