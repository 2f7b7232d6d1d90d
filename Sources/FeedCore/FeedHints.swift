import Foundation

/// What a feed says about how often it changes: RSS `ttl`, `skipHours`, `skipDays`, and the
/// syndication module's `updatePeriod` × `updateFrequency`. The scheduler may poll less often
/// because of them, never more often.
public struct FeedHints: Sendable, Equatable, Codable {
    /// Minutes a copy may be cached (`<ttl>`).
    public var ttlMinutes: Int?
    /// Hours (0–23, GMT) in which the feed asks not to be read.
    public var skipHours: Set<Int>
    /// Days (1 Monday … 7 Sunday, GMT) on which the feed asks not to be read.
    public var skipDays: Set<Int>
    /// Seconds between updates announced by `sy:updatePeriod` / `sy:updateFrequency`.
    public var updatePeriodSeconds: Double?

    public init(ttlMinutes: Int? = nil, skipHours: Set<Int> = [], skipDays: Set<Int> = [], updatePeriodSeconds: Double? = nil) {
        self.ttlMinutes = ttlMinutes
        self.skipHours = skipHours
        self.skipDays = skipDays
        self.updatePeriodSeconds = updatePeriodSeconds
    }

    public var isEmpty: Bool { self == FeedHints() }

    /// The longest interval the hints ask for, if any.
    public var minimumIntervalSeconds: Double? {
        [ttlMinutes.map { Double($0) * 60 }, updatePeriodSeconds].compactMap { $0 }.max()
    }

    static let dayNumbers = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let periodSeconds: [String: Double] = ["hourly": 3600, "daily": 86_400, "weekly": 604_800, "monthly": 2_592_000, "yearly": 31_536_000]

    /// `Monday` … `Sunday` (any case) → 1 … 7.
    public static func dayNumber(_ name: String) -> Int? { dayNumbers[name.trimmingWhitespace().lowercased()] }

    /// `hourly`, `daily`, … with a frequency (updates per period) → seconds between updates.
    public static func period(_ name: String, frequency: Int?) -> Double? {
        guard let seconds = periodSeconds[name.trimmingWhitespace().lowercased()] else { return nil }
        return seconds / Double(max(frequency ?? 1, 1))
    }
}
