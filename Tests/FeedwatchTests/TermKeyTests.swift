@testable import FeedAnalysis
import FeedCore
import FeedTestSupport
import Testing

/// Items are scored on term keys, stories are built from term strings: the two must name the same
/// terms, or a profile term would never be found in an item. Every path to an item's terms gives the same.
@Suite struct TermKeyTests {
    let fingerprinter = Fingerprinter(settings: AnalysisSettings())

    @Test func keysNameExactlyTheTermsTheWordsDo() throws {
        let articles = try SharedData.wikirefNames().prefix(40).map { try SharedData.wikiref($0) }
        let texts = try FeedTestSupportSeeds.texts() + articles + [
            "Мьянма: Лавров ВСТРЕТИЛСЯ с Мин Аун Хлайном 2022", "Ünïcödé — naïve café’s «test» İstanbul", "東京 2020 ｆｕｌｌ-width",
            "The 2,100 of the a an 12 x y zz", "",
        ]
        for text in texts {
            let title = String(text.prefix { $0 != "\n" })
            for (title, body) in [(title, text), ("A headline of its own about Myanmar", text), (title, "")] {
                let fingerprint = fingerprinter.fingerprint(title: title, body: body)
                let words = fingerprinter.termStrings(title: title, body: body)
                #expect(fingerprint.terms == TermSet(words.map(TermKey.of)), "\(title.prefix(40))")
                #expect(fingerprint.terms.count == words.count, "no two terms share a key")
                #expect(fingerprint.titleTerms == TermSet(fingerprinter.termStrings(title: title, body: "").map(TermKey.of)))
                #expect(words.allSatisfy(fingerprint.terms.contains))
                // A restart counts stored reports from their terms and places alone: the same as in full.
                let entry = FeedEntry(
                    id: "", title: title, link: nil, published: nil, updated: nil, summary: "", content: body, authors: [], categories: [])
                let alone = fingerprinter.termsAndPlaces(entry)
                let full = fingerprinter.fingerprint(entry)
                #expect(alone.terms == full.terms && alone.places == full.places)
            }
        }
    }

    @Test func aPairIsNotItsWordsNorTheReversedPair() {
        let fingerprint = fingerprinter.fingerprint(title: "", body: "Aung San")
        #expect(fingerprint.terms.contains("aung san"))
        #expect(fingerprint.terms.contains("aung") && fingerprint.terms.contains("san"))
        #expect(!fingerprint.terms.contains("san aung"))
        #expect(fingerprint.terms.count == 3)
        #expect(!fingerprint.terms.contains("the"), "stopwords are no terms")
    }

    /// The profile finds an item's terms by key and reports them by name, weighed by rarity, headline terms counting twice.
    @Test func theProfileScoresKeysAndReportsWords() throws {
        let background = BackgroundStatistics(documentCount: 10_000, documentFrequency: ["lavrov": 40, "myanmar": 90])
        let profile = StoryProfile(coverage: ["lavrov": 1, "myanmar": 1, "aung san": 0.5], background: background)
        let score = profile.score(fingerprinter.fingerprint(title: "Lavrov arrives", body: "Lavrov arrives in Myanmar to meet Aung San"))
        #expect(Set(score.matched.map(\.term)) == ["lavrov", "myanmar", "aung san"])
        let lavrov = try #require(score.matched.first { $0.term == "lavrov" })
        let myanmar = try #require(score.matched.first { $0.term == "myanmar" })
        // A matched term contributes its profile weight times its weight in the item's vector:
        // its item weight, twice that in the headline.
        #expect(abs(lavrov.weight - 2 * profile.itemWeights["lavrov"]! * profile.weights["lavrov"]!) < 1e-12, "a headline term counts twice")
        #expect(abs(myanmar.weight - profile.itemWeights["myanmar"]! * profile.weights["myanmar"]!) < 1e-12)
        #expect(profile.itemWeights["lavrov"]! > profile.itemWeights["myanmar"]!, "the rarer term counts more in the item")
        #expect(score.score > 0 && score.score <= 1)
    }
}
