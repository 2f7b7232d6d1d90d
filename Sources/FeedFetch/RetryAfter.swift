import FeedCore
import Foundation
import NIOHTTP1

/// `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Kept as sent, so the scheduler
/// resolves a delay against its own clock.
public enum RetryAfter: Sendable, Equatable {
    case seconds(Double)
    case date(Date)

    /// What a 429 or 503 response asks; nil for other statuses, where the header means nothing to us.
    static func asked(status: Int, headers: HTTPHeaders) -> RetryAfter? {
        [429, 503].contains(status) ? parse(headers.first(name: "Retry-After")) : nil
    }

    static func parse(_ value: String?) -> RetryAfter? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value), seconds >= 0 { return .seconds(Double(seconds)) }
        return FeedDate.parse(value).map(RetryAfter.date)
    }

    /// When the server lets us back, for a response received at `now`.
    public func date(after now: Date) -> Date {
        switch self {
        case .seconds(let seconds): return now.addingTimeInterval(seconds)
        case .date(let date): return date
        }
    }
}
