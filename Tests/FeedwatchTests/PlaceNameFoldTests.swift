@testable import FeedAnalysis
import FeedCore
import FeedTestSupport
import Testing

/// Relatedness terms fold a place's other names into its name, on every path terms take.
@Suite struct PlaceNameFoldTests {
    let fingerprinter = Fingerprinter(settings: AnalysisSettings())

    @Test func aPlacesOtherNamesFoldIntoItsName() {
        let folded = ["burma": "myanmar", "rangoon": "yangon", "kiev": "kyiv", "peking": "beijing", "bombay": "mumbai", "britain": "uk"]
        for (word, name) in folded { #expect(PlaceNameFold.fold(word) == name, "\(word)") }
        for kept in ["myanmar", "burmese", "russian", "lavrov", "junta", "america"] { #expect(PlaceNameFold.fold(kept) == kept, "\(kept) is kept") }
        #expect(PlaceNameFold.fold(term: "burma ministers") == "myanmar minister", "a stored term is stemmed, then folded")
    }

    @Test func aNameTwoPlacesClaimOrAnotherPlacesOwnNameIsLeftAlone() {
        let gazetteer = Gazetteer("""
            Aland, Alandia, Shared ; Alandish | Capitalia, Oldcap
            Beland, Shared, Cland ; Belandish
            Cland
            United Dland, Dland, Dlands ; Dlandish
            Eland, Wideland
            - South Wideland, Widelands
            """)
        let folds = PlaceNameFold.folds(in: gazetteer)
        #expect(folds == ["alandia": "aland", "oldcap": "capitalia"], "demonyms, plurals of the name, names of several words and words of a wide area's name stay")
        #expect(gazetteer.wideAreaNames == ["South Wideland", "Widelands"])
    }

    /// An item's keys and a seed's strings must fold alike, or a seed's "Myanmar" never meets a headline's "Burma".
    @Test func aHeadlineThatNamesTheCountryOtherwiseMatchesTheSeeds() throws {
        let headline = "UN facilitated transport of Burma junta officials"
        let item = fingerprinter.fingerprint(title: headline, body: "")
        #expect(item.terms.contains("myanmar") && item.terms.contains("myanmar junta") && !item.terms.contains("burma"))
        #expect(TermExtractor.terms(of: Tokenizer.tokens(headline)).isSuperset(of: ["myanmar", "myanmar junta"]))
        let myanmar = try #require(Gazetteer.shared.places.firstIndex { $0.name == "Myanmar" })
        #expect(item.places.named == [myanmar], "place mentions read the words as written")

        let seeds = try ShippedStoryStore.seeds()
        let model = StoryModel(
            name: "visit", seeds: seeds, relatedThreshold: 0.09, fingerprinter: fingerprinter, background: BackgroundStatistics())
        let score = model.profile.score(item)
        #expect(score.matched.map(\.term).contains("myanmar"), "\(score.matched)")
        #expect(score.score >= 0.09)
    }

    /// A store written before place names were folded counts "burma" apart; loading adds it to "myanmar".
    @Test func aStoredBackgroundFoldsOldPlaceNames() {
        let background = BackgroundStatistics(
            documentCount: 10, storedFrequencies: ["burma": 2, "myanmar": 3, "burma junta": 1, "Myanmar>lavrov": 1])
        #expect(background.documentFrequency == ["myanmar": 5, "myanmar junta": 1, "Myanmar>lavrov": 1])
    }
}
