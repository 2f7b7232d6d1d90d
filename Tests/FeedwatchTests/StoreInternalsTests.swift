import FeedCore
import FeedEvaluation
@testable import FeedStore
import Foundation
import Testing

/// The store's hand-written JSON and its filter over the duplicate index's keys.
@Suite struct StoreInternalsTests {
    @Test func handWrittenJSONDecodesToWhatWasWritten() throws {
        let awkward = ["plain", "quote \" and backslash \\", "line\nbreak\ttab\r", "\u{01}\u{1F} control", "ünïcödé — 東京 🚀", ""]
        let decoded = try JSONDecoder().decode([String].self, from: Data(JSONText.array(awkward).utf8))
        #expect(decoded == awkward)
        let terms = awkward.enumerated().map { (term: $0.element, weight: Double($0.offset) / 7) }
        let matched = try JSONDecoder().decode([MatchedTerm].self, from: Data(JSONText.matchedTerms(terms).utf8))
        #expect(matched == terms.map { MatchedTerm(term: $0.term, weight: $0.weight) })
        #expect(JSONText.array([]) == "[]")
    }

    @Test func theKeyFilterNeverMissesAKeyAndRarelyInventsOne() {
        var random = StreamOrder(seed: 11)
        let filter = IndexKeyFilter(capacity: 100_000)
        let keys = (0..<100_000).map { _ in Int64(bitPattern: random.next()) }
        keys.forEach(filter.insert)
        #expect(keys.allSatisfy(filter.mightContain), "no false negatives: no candidate is ever lost")
        let strangers = (0..<100_000).map { _ in Int64(bitPattern: random.next()) }
        let falsePositives = strangers.filter(filter.mightContain).count
        #expect(falsePositives < 3_000, "sized for about 1 %: \(falsePositives) of 100,000")
        #expect(!filter.isOverfull)
        filter.insert(42)
        #expect(filter.isOverfull, "one key past its capacity: the store builds a bigger one")
    }
}
