import FeedCore
import Foundation

/// The stable key of an entry: its guid/id, else its link, else a hash of what it says.
enum EntryIdentity {
    static func key(guid: String?, link: String?, title: String, date: Date?, text: String) -> String {
        if let guid = guid?.trimmingWhitespace(), !guid.isEmpty { return guid }
        if let link, !link.isEmpty { return link }
        let dateText = date.map { String(Int($0.timeIntervalSince1970)) } ?? ""
        let digest = XXH64.hash("\(title)\u{1F}\(dateText)\u{1F}\(text)")
        return "xxh64:" + String(digest, radix: 16)
    }
}
