import FeedStore
import Synchronization

/// Fetched feeds whose new entries are prepared and wait to be stored. The tasks that prepare them
/// put them here; the poller takes whatever is waiting when one of them reports, and stores it in
/// one transaction. In a first cycle several feeds are usually waiting, and a transaction per feed
/// wrote the same index pages into the WAL again for each: side by side, with the stream's feeds on
/// 5 hosts (transactions of ~8 feeds), a quarter less system time, and 6 % less wall time in six
/// paired runs (BENCHMARKS.md).
final class ReadyFeeds: Sendable {
    /// Which of the poller's limits the feed counts against until it is taken.
    enum Slot: Sendable {
        /// Prepared in its own fetch task (a feed with nothing stored): it holds a fetch slot.
        case fetch
        /// Prepared after the store said which entries are new.
        case preparation
    }

    struct Feed: Sendable {
        let record: FeedRecord
        let fresh: FreshEntries
        let slot: Slot
    }

    /// A transaction takes whole feeds up to this many new entries (at least one feed), so a
    /// writer from the command line never waits long for the lock.
    static let entriesPerTransaction = 2_000

    private let waiting = Mutex<[Feed]>([])

    func add(_ feed: Feed) {
        waiting.withLock { $0.append(feed) }
    }

    /// The feeds waiting, oldest first, up to `entriesPerTransaction` entries; empty when an
    /// earlier call took them. Those left are taken on the next call: each feed added is followed by
    /// one (its task's event), so none is forgotten.
    func take() -> [Feed] {
        waiting.withLock { waiting in
            var count = 0, entries = 0
            for feed in waiting {
                if count > 0 && entries + feed.fresh.entries.count > Self.entriesPerTransaction { break }
                count += 1
                entries += feed.fresh.entries.count
            }
            let taken = Array(waiting.prefix(count))
            waiting.removeFirst(count)
            return taken
        }
    }
}
