import Foundation

/// Makes links absolute against the base in force (xml:base, else the feed's own URL).
enum LinkResolver {
    static func resolve(_ raw: String, base: String?) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let url = URL(string: trimmed), url.scheme != nil { return url.absoluteString }
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL) else {
            return trimmed
        }
        return resolved.absoluteURL.absoluteString
    }
}
