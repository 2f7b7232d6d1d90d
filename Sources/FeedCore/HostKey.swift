import Foundation

/// Who counts as one server: the host name of http(s) URLs (any port), the whole URL otherwise
/// (a local file is nobody's server).
public enum HostKey {
    public static func of(_ url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host?.lowercased()
        else { return url }
        return host
    }
}
