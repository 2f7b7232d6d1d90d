/// The charset an HTTP `Content-Type` names, as feeds' servers write it.
public enum FeedCharset {
    /// `application/rss+xml; charset="utf-8"` → `utf-8`; nil when there is no usable charset
    /// parameter (absent, empty, or malformed such as `charset:iso-8859-1`).
    public static func label(inContentType contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard parts.count == 2, parts[0].lowercased() == "charset" else { continue }
            let value = parts[1].trimmingWhitespace().filter { $0 != "\"" && $0 != "'" }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
