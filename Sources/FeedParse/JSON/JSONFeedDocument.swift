/// JSON Feed 1.0/1.1 as written (https://www.jsonfeed.org/version/1.1/), only the fields we use.
struct JSONFeedDocument: Decodable {
    struct Author: Decodable {
        var name: String?
    }

    struct Item: Decodable {
        var id: LosslessID?
        var url: String?
        var external_url: String?
        var title: String?
        var content_html: String?
        var content_text: String?
        var summary: String?
        var date_published: String?
        var date_modified: String?
        var author: Author?
        var authors: [Author]?
        var tags: [String]?
    }

    var version: String?
    var title: String?
    var home_page_url: String?
    var feed_url: String?
    var items: [Item]
}

/// JSON Feed ids are strings by the spec, but numbers appear in the wild.
struct LosslessID: Decodable {
    var value: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let number = try? container.decode(Int64.self) {
            value = String(number)
        } else {
            value = String(try container.decode(Double.self))
        }
    }
}
