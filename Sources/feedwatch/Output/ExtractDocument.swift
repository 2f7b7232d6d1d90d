import FeedCore
import Foundation

/// `extract --format json`: one object per page, the fields users' scripts read.
struct ExtractDocument: Encodable {
    var source: String
    var url: String
    @NullEncoded var canonical: String?
    @NullEncoded var title: String?
    @NullEncoded var published: Date?
    var text: String
    var words: Int
    var warnings: [String]

    init(_ page: ExtractedPage, source: String, url: String) {
        self.source = source
        self.url = url
        canonical = page.canonical
        title = page.title
        published = page.published
        text = page.text
        words = page.words
        warnings = page.warnings
    }
}
