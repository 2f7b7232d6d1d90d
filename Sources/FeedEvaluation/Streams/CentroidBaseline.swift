import FeedAnalysis
import Foundation

/// The baseline an analyst could write in an afternoon, scored on the same stream as feedwatch:
/// each story is the TF-IDF centroid of its seeds, and an item's score is its cosine to it.
///
/// Words are `Tokenizer`'s (lower case, letters and digits) without English stopwords, counted by
/// raw frequency, unstemmed; idf = ln((1 + N) / (1 + df)) + 1 over the seeds and the whole stream.
/// A daemon cannot know the whole stream in advance, and the figures beside feedwatch's also take
/// the baseline's best threshold for each run alone: an optimistic baseline.
public enum CentroidBaseline {
    /// The same events, seeds and stream as `StreamTracking.run`, scored by the baseline.
    /// - Parameter withoutDates: whether numbers, month and weekday names and dateline words
    ///   ("updated", "GMT") are left out. ECB+'s first sentence is often a dateline, and the
    ///   reports of one event carry the same date, which a feed item's text seldom does.
    public static func run(
        corpus: String, articles: [LabelledArticle], background: [LabelledArticle], mode: TextMode, seedsPerEvent: Int, seedsAsItems: Bool,
        withoutDates: Bool = false
    ) -> StreamTracking.Report {
        let setUp = StreamTracking.setUp(
            articles: articles, background: background, mode: mode, seedsPerEvent: seedsPerEvent, seedsAsItems: seedsAsItems)
        var vocabulary = Vocabulary(leftOut: withoutDates ? Stopwords.english.union(dateWords) : Stopwords.english, numbers: !withoutDates)
        let seedCounts = setUp.seeds.map { story in story.seeds.map { vocabulary.counts($0.text) } }
        let itemCounts = setUp.stream.map { article in
            let entry = mode.entry(for: article)
            return vocabulary.counts(entry.title + "\n" + entry.summary)
        }
        let idf = vocabulary.inverseDocumentFrequencies()

        // Term → the stories whose centroid holds it, with its weight there.
        var postings = [[(story: Int, weight: Double)]](repeating: [], count: idf.count)
        for (story, seeds) in seedCounts.enumerated() {
            var centroid: [Int: Double] = [:]
            for counts in seeds {
                for (term, weight) in unitVector(counts, idf: idf) { centroid[term, default: 0] += weight }
            }
            let norm = centroid.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            for (term, weight) in centroid { postings[term].append((story, weight / norm)) }
        }

        var scores = setUp.seeds.map { StreamTracking.Scores(event: $0.event) }
        let topics = scores.map { setUp.topicOf[$0.event] ?? nil }
        var dots = [Double](repeating: 0, count: scores.count)
        for (article, counts) in zip(setUp.stream, itemCounts) {
            for index in dots.indices { dots[index] = 0 }
            for (term, weight) in unitVector(counts, idf: idf) {
                for posting in postings[term] { dots[posting.story] += weight * posting.weight }
            }
            for index in scores.indices {
                scores[index].record(dots[index], for: article, topic: topics[index])
            }
        }
        return StreamTracking.Report(
            corpus: corpus, mode: mode, seedsPerEvent: seedsPerEvent, streamItems: setUp.stream.count,
            events: scores.sorted { $0.event.localizedStandardCompare($1.event) == .orderedAscending })
    }

    /// Thresholds to choose the baseline's best from: its cosines spread wider than feedwatch's scores.
    public static let thresholds = stride(from: 0.01, through: 0.601, by: 0.01).map { $0 }

    /// The baseline's one threshold of least mean C_norm over ECB+'s runs, every mode and 1, 2 and
    /// 4 seed articles (`feedwatch-bench tracking --streams-only`, docs/EVALUATION.md): what the
    /// baseline would ship with, chosen as feedwatch's thresholds were.
    public static let chosenOnECBPlus = 0.09

    private static func unitVector(_ counts: [Int: Int], idf: [Double]) -> [(term: Int, weight: Double)] {
        let weighted = counts.map { (term: $0.key, weight: Double($0.value) * idf[$0.key]) }
        let norm = weighted.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        return norm > 0 ? weighted.map { ($0.term, $0.weight / norm) } : []
    }

    private static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "updated", "posted", "published", "gmt", "et", "est", "pm", "am",
    ]

    /// Words numbered as they are first seen, and in how many texts each occurs.
    private struct Vocabulary {
        let leftOut: Set<String>
        /// Whether words of digits alone count.
        let numbers: Bool
        private var numbering: [String: Int] = [:]
        private var documentFrequency: [Int] = []
        private var documents = 0

        init(leftOut: Set<String>, numbers: Bool) {
            self.leftOut = leftOut
            self.numbers = numbers
        }

        mutating func counts(_ text: String) -> [Int: Int] {
            var counts: [Int: Int] = [:]
            for word in Tokenizer.tokens(text) where !leftOut.contains(word) && (numbers || !word.allSatisfy(\.isNumber)) {
                let number = numbering[word] ?? {
                    numbering[word] = documentFrequency.count
                    documentFrequency.append(0)
                    return documentFrequency.count - 1
                }()
                counts[number, default: 0] += 1
            }
            for number in counts.keys { documentFrequency[number] += 1 }
            documents += 1
            return counts
        }

        func inverseDocumentFrequencies() -> [Double] {
            documentFrequency.map { log(Double(1 + documents) / Double(1 + $0)) + 1 }
        }
    }
}
