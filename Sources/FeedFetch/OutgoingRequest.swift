import AsyncHTTPClient
import FeedCore

extension HTTPClientRequest {
    /// A GET as feedwatch sends every one, to feeds and pages alike: its user agent (which
    /// robots.txt groups and server logs name), what it accepts, and the compressions it reads.
    init(url: String, accept: String, settings: FetchSettings) {
        self.init(url: url)
        headers.add(name: "User-Agent", value: settings.userAgent)
        headers.add(name: "Accept", value: accept)
        headers.add(name: "Accept-Encoding", value: "gzip, deflate")
    }
}
