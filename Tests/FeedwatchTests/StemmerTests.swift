@testable import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore
import FeedTestSupport
import Testing

/// Relatedness terms fold plurals to their singular; shingles and what people read keep the words as written.
@Suite struct StemmerTests {
    let fingerprinter = Fingerprinter(settings: AnalysisSettings())

    @Test func pluralsFoldToTheirSingular() {
        let folded = [
            "countries": "country", "allies": "ally", "forces": "force", "sanctions": "sanction", "talks": "talk",
            "ministers": "minister", "toes": "toe", "generals": "general", "ties": "tie", "lies": "lie",
        ]
        for (plural, singular) in folded { #expect(Stemmer.stem(plural) == singular, "\(plural)") }
        for kept in ["gas", "bus", "its", "process", "census", "myanmar", "lavrov", "junta", "country", "москва"] {
            #expect(Stemmer.stem(kept) == kept, "\(kept) is kept")
        }
        #expect(PlaceNameFold.fold(term: "foreign ministers") == "foreign minister")
    }

    /// A folded term may be folded again (a stored count, a profile term): it must not change.
    @Test func foldingTwiceChangesNothing() throws {
        let words = try FeedTestSupportSeeds.texts().flatMap(Tokenizer.tokens) + ["heroes", "glasses", "agencies", "eies", "bosses"]
        for word in Set(words) {
            let stem = Stemmer.stem(word)
            #expect(Stemmer.stem(stem) == stem, "\(word) → \(stem)")
        }
    }

    /// A headline that writes the seeds' words in the plural matches them, and the match is shown as the seeds write it.
    @Test func aPluralHeadlineMatchesSingularSeedsAndShowsTheSeedsSpelling() {
        let seed = SeedDocument(
            name: "seed.txt", text: "Junta extends sanction on rebel ally\nThe junta said the sanction on its ally stays.")
        let model = StoryModel(
            name: "s", seeds: [seed], relatedThreshold: 0.09, fingerprinter: fingerprinter, background: BackgroundStatistics())
        let score = model.profile.score(fingerprinter.fingerprint(title: "Juntas extend sanctions on rebel allies", body: ""))
        #expect(Set(score.matched.map(\.term)).isSuperset(of: ["junta", "sanction", "ally", "rebel ally"]))
        #expect(model.profile.weights["ally"] != nil && model.profile.shown("ally") == "ally")
        let plural = StoryModel(
            name: "p", seeds: [SeedDocument(name: "p.txt", text: "Sanctions on allies\nNew sanctions on the junta's allies.")],
            relatedThreshold: 0.09, fingerprinter: fingerprinter, background: BackgroundStatistics())
        #expect(plural.profile.weights["sanction"] != nil, "the profile holds the stem")
        #expect(plural.profile.shown("sanction") == "sanctions", "people read the seeds' spelling")
        let matched = plural.profile.score(fingerprinter.fingerprint(title: "A sanction on an ally", body: "")).matched.map(\.term)
        #expect(matched.contains("sanctions") && matched.contains("allies"))
    }

    @Test func shinglesKeepTheWordsAsWritten() {
        let singular = fingerprinter.fingerprint(title: "", body: "the junta extends the sanction on its rebel ally again today")
        let plural = fingerprinter.fingerprint(title: "", body: "the junta extends the sanctions on its rebel allies again today")
        #expect(singular.terms == plural.terms)
        #expect(singular.shingles != plural.shingles)
    }

    /// A store written before terms were folded counts plurals under their own spelling; loading adds them to the stem.
    @Test func aStoredBackgroundFoldsOldSpellingsIntoTheirStems() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try Store(path: directory.path("state.sqlite"))
        try await store.withTransaction {
            try $0.observeBackground(documents: 10, termCounts: ["sanctions": 6, "sanction": 3, "foreign ministers": 2, "lavrov": 1])
        }
        try await store.withTransaction { try $0.observeBackground(documents: 2, termCounts: ["sanction": 2, "foreign minister": 1]) }
        let background = try await BackgroundStatistics(loadingFrom: store)
        #expect(background.documentCount == 12)
        #expect(background.documentFrequency == ["sanction": 11, "foreign minister": 3, "lavrov": 1])
        let capped = BackgroundStatistics(documentCount: 4, storedFrequencies: ["allies": 3, "ally": 3])
        #expect(capped.documentFrequency == ["ally": 4], "never more documents than counted")
    }
}
