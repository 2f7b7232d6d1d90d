import Foundation

/// How common each tracked term is among all items the daemon has seen: its document frequency.
///
/// Only terms that occur in some story's seeds are tracked, because only their rarity is ever asked;
/// that keeps the model a few thousand numbers however many feeds are watched.
public struct BackgroundStatistics: Sendable, Equatable {
    public private(set) var documentCount: Int
    public private(set) var documentFrequency: [String: Int]

    /// Pseudo-documents assumed before any real one, each containing a tracked term with
    /// probability `priorShare`: the cold start, which gives every unseen term the same moderate
    /// rarity until real counts outweigh it.
    static let priorDocuments = 50.0
    static let priorShare = 0.02

    public init(documentCount: Int = 0, documentFrequency: [String: Int] = [:]) {
        self.documentCount = documentCount
        self.documentFrequency = documentFrequency
    }

    /// Counts one item: its tracked terms each gain one document.
    public mutating func observe(terms: Set<String>, tracked: Set<String>) {
        documentCount += 1
        for term in terms where tracked.contains(term) { documentFrequency[term, default: 0] += 1 }
    }

    /// Smoothed inverse document frequency, always positive.
    public func inverseDocumentFrequency(_ term: String) -> Double {
        let documents = Double(documentCount) + Self.priorDocuments
        let frequency = Double(documentFrequency[term] ?? 0) + Self.priorDocuments * Self.priorShare
        return log((documents + 1) / (frequency + 1))
    }
}
