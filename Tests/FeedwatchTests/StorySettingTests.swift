@testable import FeedAnalysis
import FeedCore
import FeedTestSupport
import Testing

@Suite struct StorySettingTests {
    private let fingerprinter = Fingerprinter(settings: AnalysisSettings())

    private func places(_ text: String) -> PlaceMentions { fingerprinter.fingerprint(title: "", body: text).places }

    private func names(_ indexes: some Sequence<Int>) -> [String] { indexes.map { Gazetteer.shared.places[$0].name }.sorted() }

    /// Names of several words, after "the", split at apostrophes and hyphens, are found; a
    /// demonym names its country without saying that anything happens there.
    @Test func aTextSaysWhereThingsHappen() {
        let mentions = places("Burmese officials met in Nay Pyi Taw before talks in the United States, Cote d'Ivoire and São Paulo")
        #expect(names(mentions.named) == ["Ivory Coast", "Myanmar", "Naypyitaw", "Sao Paulo", "United States"])
        #expect(names(mentions.locative.keys) == ["Naypyitaw", "United States"])
        #expect(places("Lavrov praised the junta's stability").named.isEmpty)
        // "New Mexico" is read whole, not as Mexico.
        #expect(names(places("A fire broke out in New Mexico").locative.keys) == ["New Mexico"])
        // A wide area holding a place's name names no place: Latin America is not the United States.
        #expect(places("Protests spread in Latin America and across South American capitals").named.isEmpty)
        #expect(names(places("Protests spread in America").locative.keys) == ["United States"])
    }

    /// The shipped seeds report a visit to Myanmar by Russia's foreign minister: the story is set
    /// in Myanmar, which every seed cites more than any other place, and not in Russia, which they
    /// name as often but as the visitor's country.
    @Test func theShippedSeedsAreSetInMyanmar() throws {
        let seeds = try SharedData.seedTexts().map { places($0.text) }
        let setting = StorySetting(seeds: seeds)
        #expect(names(setting.places) == ["Myanmar"])
    }

    /// A story is set in countries: its seed cites Myanmar three times (once by its capital) and
    /// Cambodia once. An item that says it happens elsewhere and never names the story's place
    /// conflicts with it, and so, more mildly, does one that only names other countries; one in a
    /// city of the story's country, one that also names the story's country, and one that names
    /// no place do not.
    @Test func anItemSetElsewhereConflictsWithTheStory() throws {
        let setting = StorySetting(seeds: [places("Lavrov arrived in Myanmar. In Myanmar he met the junta in Naypyitaw, then flew to Cambodia.")])
        #expect(names(setting.places) == ["Myanmar"])
        let elsewhere = try #require(setting.conflict(with: places("Lavrov arrives in Phnom Penh for regional talks")))
        #expect(elsewhere == PlaceConflict(item: "Phnom Penh", story: ["Myanmar"], cited: true))
        let named = try #require(setting.conflict(with: places("Lavrov says Russia will answer the new sanctions")))
        #expect(named == PlaceConflict(item: "Russia", story: ["Myanmar"], cited: false))
        #expect(named.share > elsewhere.share && elsewhere.share == PlaceConflict.keptWhenCited)
        #expect(setting.conflict(with: places("Protests in Yangon after the junta's executions")) == nil)
        #expect(setting.conflict(with: places("In Cambodia, Lavrov defended his visit to the Burmese generals")) == nil)
        #expect(setting.conflict(with: places("Russia's Lavrov praises ties with Myanmar's generals")) == nil)
        #expect(setting.conflict(with: places("Junta executes four democracy activists")) == nil)
        #expect(StorySetting.nowhere.conflict(with: places("Lavrov arrives in Phnom Penh")) == nil)
    }

    /// Seeds that say things happen in three countries are not about a place: the story is set
    /// nowhere, and nothing counts against its reports. Two countries still set it.
    @Test func seedsCitingManyCountriesSetTheStoryNowhere() {
        let launch = StorySetting(seeds: [
            places("The phone was shown in Germany."), places("It goes on sale in South Korea."), places("Queues formed in the United Kingdom."),
        ])
        #expect(launch == .nowhere)
        #expect(launch.conflict(with: places("The phone sells out in Spain")) == nil)
        let crash = StorySetting(seeds: [places("The flight took off in Kuala Lumpur."), places("Relatives waited in Beijing.")])
        #expect(names(crash.places) == ["China", "Malaysia"])
    }

    /// The story's score of an item set elsewhere is the conflict's share of its cosine, and says why.
    @Test func anItemSetElsewhereScoresLess() {
        let setting = StorySetting(seeds: [places("Lavrov arrived in Myanmar to meet the junta")])
        let coverage = ["lavrov": 1.0, "junta": 1.0, "myanmar": 1.0]
        let background = BackgroundStatistics(documentCount: 10_000)
        let placed = StoryProfile(coverage: coverage, background: background, setting: setting)
        let unplaced = StoryProfile(coverage: coverage, background: background)
        for (headline, share) in [
            ("Lavrov meets the junta's allies in Phnom Penh", PlaceConflict.keptWhenCited), ("Russia's Lavrov praises the junta", PlaceConflict.keptWhenNamed),
        ] {
            let item = fingerprinter.fingerprint(title: headline, body: "")
            let (score, unplacedScore) = (placed.score(item), unplaced.score(item))
            #expect(unplacedScore.elsewhere == nil && score.elsewhere?.share == share)
            #expect(unplacedScore.score > 0)
            #expect(abs(score.score - unplacedScore.score * share) < 1e-12)
        }
    }
}
