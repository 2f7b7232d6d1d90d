import FeedEvaluation
import Foundation

/// Feeds for the scale benchmark: `count` outlets, each an RSS 2.0 feed of 20–100 items, made of
/// words drawn with their frequencies in the WikiRef news articles (so shingles repeat as much as
/// news prose does), with titles, links, GUIDs and dates. Deterministic per (feed, edition): each
/// edition adds `newPerEdition` items to every feed and drops as many old ones.
///
/// About 1 item in 10 is a wire story several outlets carry word for word (near-duplicates), and
/// 1 in 200 mixes sentences of a seed article with others (the tracked story), so every verdict
/// path runs.
struct SyntheticFeeds: Sendable {
    let count: Int
    let newPerEdition = 5
    /// Words as UTF-8, without `&`, `<` or undecodable bytes, so they need no escaping.
    private let words: [[UInt8]]
    /// 65,536 word indices, each word as often as its share of the corpus: one lookup per word.
    private let sampling: [UInt32]
    private let seedSentences: [[UInt8]]

    init(count: Int, corpus: String, seeds: String) throws {
        self.count = count
        var frequency: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus) where name.hasSuffix(".txt") {
            // A few WikiRef files are not valid UTF-8; their words are left out.
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name)), as: UTF8.self)
            for word in text.split(whereSeparator: { $0.isWhitespace }) {
                let clean = word.trimmingCharacters(in: .punctuationCharacters)
                if !clean.isEmpty, clean.count < 20, !clean.contains(where: { "&<\u{FFFD}".contains($0) }) { frequency[clean, default: 0] += 1 }
            }
        }
        let ranked = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        words = ranked.map { Array($0.key.utf8) }
        let total = ranked.reduce(0) { $0 + $1.value }
        var table: [UInt32] = []
        table.reserveCapacity(1 << 16)
        var cumulative = 0
        for (index, entry) in ranked.enumerated() {
            cumulative += entry.value
            let end = max(table.count + 1, cumulative * (1 << 16) / total)
            while table.count < min(end, 1 << 16) { table.append(UInt32(index)) }
        }
        while table.count < 1 << 16 { table.append(UInt32(ranked.count - 1)) }
        sampling = table
        seedSentences = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted().flatMap {
            try String(contentsOfFile: seeds + "/" + $0, encoding: .utf8).split(separator: ".").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { $0.split(separator: " ").count >= 8 }
                .map { Array($0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").utf8) }
        }
    }

    /// How many items feed `feed` lists.
    func itemCount(feed: Int) -> Int { 20 + Int(Self.mix(UInt64(feed), 7) % 81) }

    func document(feed: Int, edition: Int) -> [UInt8] {
        let newest = edition * newPerEdition + itemCount(feed: feed)
        var xml: [UInt8] = []
        xml.reserveCapacity(itemCount(feed: feed) * 700)
        xml += Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Outlet \(feed)</title>".utf8)
        xml += Array("<link>https://outlet-\(feed).test/</link><description>News from outlet \(feed)</description>\n".utf8)
        for number in stride(from: newest - 1, through: newest - itemCount(feed: feed), by: -1) {
            appendItem(feed: feed, number: number, to: &xml)
        }
        xml += Array("</channel></rss>\n".utf8)
        return xml
    }

    private func appendItem(feed: Int, number: Int, to xml: inout [UInt8]) {
        let key = Self.mix(UInt64(feed), UInt64(number))
        // Wire stories are keyed by their number and a syndicate shared by a few dozen outlets.
        let isWire = key % 10 == 0
        var random = StreamOrder(seed: isWire ? Self.mix(UInt64(number), UInt64(feed % 37) &+ 1_000_003) : key)
        xml += Array("<item><title>".utf8)
        appendSentence(words: 6 + Int(random.next() % 7), to: &xml, &random)
        xml += Array("</title><link>https://outlet-\(feed).test/story/\(number)</link><guid isPermaLink=\"false\">outlet-\(feed)-\(number)</guid>".utf8)
        xml += Array("<pubDate>\(Self.rfc822(minutesAfterStart: number * 10))</pubDate><description>".utf8)
        let sentences = 2 + Int(random.next() % 4)
        let storyItem = !isWire && key % 200 == 1 && !seedSentences.isEmpty
        for index in 0..<sentences {
            if index > 0 { xml.append(0x20) }
            if storyItem && index < 2 {
                xml += seedSentences[Int(random.next() % UInt64(seedSentences.count))]
            } else {
                appendSentence(words: 8 + Int(random.next() % 18), to: &xml, &random)
            }
            xml.append(UInt8(ascii: "."))
        }
        xml += Array("</description></item>\n".utf8)
    }

    private func appendSentence(words count: Int, to xml: inout [UInt8], _ random: inout StreamOrder) {
        let start = xml.count
        for index in 0..<count {
            if index > 0 { xml.append(0x20) }
            xml += words[Int(sampling[Int(random.next() & 0xFFFF)])]
        }
        if (0x61...0x7A).contains(xml[start]) { xml[start] -= 0x20 }
    }

    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var order = StreamOrder(seed: a &* 0x9E37_79B9_7F4A_7C15 ^ b)
        return order.next()
    }

    /// RFC 822 date `minutes` after Wed, 03 Aug 2022 00:00 GMT (dates only need to be valid and ordered).
    private static func rfc822(minutesAfterStart minutes: Int) -> String {
        let days = minutes / 1440
        let weekday = ["Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue"][days % 7]
        let hour = minutes % 1440 / 60, minute = minutes % 60
        // August has 31 days; later items move into September, October… approximately, which is enough.
        let month = ["Aug", "Sep", "Oct", "Nov", "Dec"][min(days / 30, 4)]
        return "\(weekday), \(String(format: "%02d", 3 + days % 28)) \(month) 2022 \(String(format: "%02d:%02d", hour, minute)):00 GMT"
    }
}
