import Foundation

/// Which items a listing covers, by when feedwatch first saw them (`first_seen`): what was new in a
/// period, whatever dates the feeds claim.
public struct SeenWindow: Sendable, Equatable {
    public var since: Date?
    public var until: Date?

    public init(since: Date? = nil, until: Date? = nil) {
        self.since = since
        self.until = until
    }

    public static let always = SeenWindow()

    var arguments: [SQLValue] { [SQLValue(since?.timeIntervalSince1970), SQLValue(until?.timeIntervalSince1970)] }
}
