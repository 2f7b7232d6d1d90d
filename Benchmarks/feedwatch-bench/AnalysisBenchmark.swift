import FeedAnalysis
import FeedCore
import FeedEvaluation
import Foundation

/// Throughput of the analysis stages on the WikiRef articles: shingling, shingling + MinHash (the
/// figure compared with datasketch), the whole fingerprint, and relatedness scoring.
struct AnalysisBenchmark {
    let folder: String

    func run() throws {
        let articles = try WikiRefCorpus.load(folder: folder)
        let texts = articles.map(\.text)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let settings = AnalysisSettings()
        let fingerprinter = Fingerprinter(settings: settings)
        let minHasher = MinHasher(numPermutations: settings.permutations)
        print(String(format: "analysis: %d articles, %.2f MB per round", texts.count, Double(bytes) / 1e6))

        measure("word hashes", bytes: bytes, items: texts.count) {
            for text in texts { blackHole(ShingleSet.tokenHashes(text).count) }
        }
        let wordHashes = texts.map(ShingleSet.tokenHashes)
        measure("shingles from word hashes", bytes: bytes, items: texts.count) {
            for hashes in wordHashes { blackHole(ShingleSet(tokenHashes: hashes, size: settings.shingleSize).count) }
        }
        measure("tokenize + %d-word shingles".replacingOccurrences(of: "%d", with: String(settings.shingleSize)), bytes: bytes, items: texts.count) {
            for text in texts { blackHole(ShingleSet(text: text, size: settings.shingleSize).count) }
        }
        measure("tokenize + shingles + MinHash \(settings.permutations)", bytes: bytes, items: texts.count) {
            for text in texts {
                blackHole(minHasher.signature(of: ShingleSet(text: text, size: settings.shingleSize))[0])
            }
        }
        let shingleSets = texts.map { ShingleSet(text: $0, size: settings.shingleSize) }
        measure("MinHash \(settings.permutations) alone", bytes: bytes, items: texts.count) {
            for shingles in shingleSets { blackHole(minHasher.signature(of: shingles)[0]) }
        }
        measure("whole fingerprint (shingles, MinHash, bands, sample, terms)", bytes: bytes, items: texts.count) {
            for article in articles { blackHole(fingerprinter.fingerprint(title: article.title, body: article.text).terms.count) }
        }
        let fingerprints = articles.map { fingerprinter.fingerprint(title: $0.title, body: $0.text) }
        let seeds = articles.filter { $0.topic == "ParisAttacks2015" }.prefix(5).map { SeedDocument(name: $0.file, text: $0.text) }
        let story = StoryModel(name: "paris", seeds: Array(seeds), relatedThreshold: 0.09, fingerprinter: fingerprinter, background: BackgroundStatistics())
        measure("relatedness scoring (150-term profile)", bytes: bytes, items: texts.count) {
            for fingerprint in fingerprints { blackHole(Int(story.profile.score(fingerprint).score * 1000)) }
        }
        reportAccuracy(articles, settings: settings)
    }

    /// One-permutation hashing against 128 independent permutations (the textbook scheme, kept
    /// here only as the yardstick): the error of each estimate against the exact resemblance, on
    /// pairs of an article and each of its variants and on pairs of different same-event articles.
    private func reportAccuracy(_ articles: [WikiRefArticle], settings: AnalysisSettings) {
        let oph = MinHasher(numPermutations: settings.permutations)
        let reference = ReferenceMinHasher(numPermutations: settings.permutations)
        var pairs: [(ShingleSet, ShingleSet)] = []
        for article in articles {
            let original = ShingleSet(text: article.title + "\n" + article.text, size: settings.shingleSize)
            for kind in DuplicateVariant.allCases {
                let variant = kind.apply(title: article.title, text: article.text)
                pairs.append((original, ShingleSet(text: variant.title + "\n" + variant.text, size: settings.shingleSize)))
            }
        }
        let byTopic = Dictionary(grouping: articles, by: \.topic).values.filter { $0.count > 5 }
        for group in byTopic {
            for index in 1..<min(group.count, 20) {
                pairs.append((ShingleSet(text: group[0].text, size: settings.shingleSize), ShingleSet(text: group[index].text, size: settings.shingleSize)))
            }
        }
        for (name, signature) in [("one-permutation + densification", oph.signature(of:)), ("128 independent permutations", reference.signature(of:))] {
            var absolute = 0.0, squared = 0.0
            for (a, b) in pairs {
                let error = MinHasher.estimatedResemblance(signature(a), signature(b)) - a.resemblance(b)
                absolute += abs(error)
                squared += error * error
            }
            print(String(
                format: "analysis: resemblance estimate, %@: mean absolute error %.4f, RMSE %.4f over %d pairs",
                name as NSString, absolute / Double(pairs.count), (squared / Double(pairs.count)).squareRoot(), pairs.count))
        }
    }

    private func measure(_ label: String, bytes: Int, items: Int, _ body: () -> Void) {
        let clock = ContinuousClock()
        var rounds = 0
        var fastest = Duration.seconds(1000)
        let started = clock.now
        while rounds < 3 || clock.now - started < .seconds(2) {
            let round = clock.now
            body()
            fastest = min(fastest, clock.now - round)
            rounds += 1
        }
        let mean = (clock.now - started) / .seconds(1) / Double(rounds)
        let best = fastest / .seconds(1)
        print(String(
            format: "analysis: %@: %.1f MB/s (best round %.1f), %.0f items/s",
            label as NSString, Double(bytes) / 1e6 / mean, Double(bytes) / 1e6 / best, Double(items) / mean))
    }
}

/// Keeps a computed value alive so the optimiser cannot drop the work that produced it.
@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }
