import FeedStore
import Foundation

/// A real SQLite store in a fresh temporary folder with one registered feed, for evaluations and
/// benchmarks that run the daemon's own storage; `remove()` deletes it.
public struct ScratchStore: Sendable {
    public let store: Store
    public let feed: FeedRecord
    public let path: String
    private let directory: URL

    public init(feedURL: String) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("feedwatch-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("scratch.sqlite").path
        store = try Store(path: path)
        guard let feed = try await store.registerFeeds([feedURL]).first else { throw EvaluationError("cannot register \(feedURL)") }
        self.feed = feed
    }

    public func remove() { try? FileManager.default.removeItem(at: directory) }
}
