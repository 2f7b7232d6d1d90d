import ArgumentParser
import FeedAnalysis
import FeedCore
import FeedDaemon
import FeedStore

struct SeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seeds",
        abstract: "List each story's seed articles: size, headline and the profile terms each one carries.",
        discussion: """
            The terms are the story profile's (weighted as the daemon weighs them: against the background it has learned, \
            without the story's own reports, with the analyst's judgments; or against the built-in prior before the first \
            run), heaviest first.
            Example: feedwatch seeds --story lavrov-myanmar
            """)

    @OptionGroup var list: ListOptions
    @Option(help: "How many terms to show per seed.") var terms: Int = 10

    func run() async throws {
        let configuration = try list.config.load()
        if let story = list.story { try configuration.requireStory(story) }
        // Seeds are read the way the daemon reads them; without a store yet, the prior background.
        var background = BackgroundStatistics()
        let store = try? list.config.openStoreForReading()
        if let store, let learned = try? await BackgroundStatistics(loadingFrom: store) { background = learned }
        var engine = try AnalysisEngine(configuration: configuration, background: background)
        // What the daemon's profiles learnt beyond the background: judgments, own reports.
        if let store { try? await engine.restore(from: store) }
        var rows: [SeedRow] = []
        for (spec, model) in zip(configuration.stories, engine.stories) where list.story == nil || list.story == spec.name {
            let documents = try SeedLoader.load(spec)
            for (document, seed) in zip(documents, model.seeds) {
                let carried = model.profile.weights.filter { seed.fingerprint.terms.contains($0.key) }
                    .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                rows.append(SeedRow(
                    story: spec.name, file: document.name, title: document.title, bytes: document.text.utf8.count,
                    words: Tokenizer.tokens(document.text).count,
                    topTerms: carried.prefix(max(0, terms)).map { model.profile.shown($0.key) }))
            }
        }
        try list.emit(Array(rows.prefix(list.limit)), headers: ["STORY", "FILE", "BYTES", "WORDS", "TOP TERMS", "TITLE"], flexibleColumn: 5) {
            [$0.story, $0.file, String($0.bytes), String($0.words), $0.topTerms.joined(separator: ", "), $0.title]
        }
    }
}
