import Foundation
import Synchronization

/// Releases its threads together: those on a core see the release within nanoseconds, where a
/// sleeping barrier wakes them one by one.
final class SpinBarrier: Sendable {
    private let parties: Int
    private let arrived = Atomic<Int>(0)
    init(parties: Int) { self.parties = parties }
    func wait() {
        arrived.add(1, ordering: .acquiringAndReleasing)
        while arrived.load(ordering: .acquiring) < parties { sched_yield() }
    }
}
