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

    /// Its bounds as the statement parameters `?first` and `?first+1` of `condition(first:)`.
    var arguments: [SQLValue] { [SQLValue(since?.timeIntervalSince1970), SQLValue(until?.timeIntervalSince1970)] }

    /// The SQL test on `items i` that `arguments`, bound at `?first` and `?first+1`, fill in.
    static func condition(first: Int) -> String {
        "(?\(first) IS NULL OR i.first_seen >= ?\(first)) AND (?\(first + 1) IS NULL OR i.first_seen < ?\(first + 1))"
    }
}
