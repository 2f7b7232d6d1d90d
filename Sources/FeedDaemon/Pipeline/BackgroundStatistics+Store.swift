import FeedAnalysis
import FeedStore

extension BackgroundStatistics {
    /// The background model as the store last persisted it.
    public init(loadingFrom store: Store) async throws {
        let stored = try await store.loadBackground()
        self.init(documentCount: stored.documents, storedFrequencies: stored.frequencies)
    }
}
