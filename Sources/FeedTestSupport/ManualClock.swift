import Foundation
import NIOConcurrencyHelpers

/// A clock a test moves by hand, for the scheduler's "now": what it does next is asserted against
/// exact times instead of waited for.
public final class ManualClock: Sendable {
    private let current: NIOLockedValueBox<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_659_528_000)) {  // 2022-08-03 12:00 GMT
        current = NIOLockedValueBox(start)
    }

    public var now: Date { current.withLockedValue { $0 } }

    public func advance(by seconds: Double) {
        current.withLockedValue { $0.addTimeInterval(seconds) }
    }

    public func set(_ date: Date) {
        current.withLockedValue { $0 = date }
    }
}
