import FeedTestSupport
@testable import FeedAnalysis
import FeedCore
import FeedEvaluation
import Testing

@Suite struct ShingleTests {
    private func set(_ text: String, size: Int = 4) -> ShingleSet { ShingleSet(tokens: Tokenizer.tokens(text), size: size) }

    @Test func tokenizerNormalisesCaseAndPunctuation() {
        #expect(Tokenizer.tokens("Myanmar’s JUNTA, “stabilise”—Russia-Myanmar 2,100 Naypyidaw!") ==
            ["myanmar", "s", "junta", "stabilise", "russia", "myanmar", "2", "100", "naypyidaw"])
        #expect(Tokenizer.tokens("Café Ünïcode") == ["café", "ünïcode"])
    }

    @Test func identicalTextsResembleFully() {
        let a = set("the quick brown fox jumps over the lazy dog")
        #expect(a.resemblance(a) == 1)
        #expect(a.containment(in: a) == 1)
        #expect(a.count == 6)
    }

    @Test func resemblanceAndContainmentMatchTheirDefinitions() {
        let long = set("one two three four five six seven eight nine ten")
        let short = set("three four five six seven")
        #expect(short.containment(in: long) == 1)
        #expect(long.containment(in: short) == 2.0 / 7.0)
        #expect(abs(short.resemblance(long) - 2.0 / 7.0) < 1e-12)
    }

    @Test func intersectionCountsAgreeWithSetsForEverySizeRatio() {
        var random = StreamOrder(seed: 7)
        for (smallCount, largeCount) in [(0, 10), (3, 3), (5, 2000), (60, 1000), (200, 250), (1, 5000)] {
            // Values drawn from a narrow range so the sets share a good part of their elements.
            let small = Set((0..<smallCount).map { _ in random.next() % 6000 })
            let large = Set((0..<largeCount).map { _ in random.next() % 6000 })
            let expected = small.intersection(large).count
            let a = ShingleSet(sortedUnique: small.sorted()), b = ShingleSet(sortedUnique: large.sorted())
            #expect(a.intersectionCount(b) == expected, "\(smallCount) vs \(largeCount)")
            #expect(b.intersectionCount(a) == expected, "\(largeCount) vs \(smallCount)")
        }
    }

    @Test func shortTextIsOneShingle() {
        #expect(set("Lavrov in Myanmar").count == 1)
        #expect(set("").isEmpty)
    }

    @Test func hashesAreStableAcrossRuns() {
        // Stored hashes must never change: this value is pinned.
        #expect(set("sergei lavrov visits myanmar").hashes == set("Sergei Lavrov visits Myanmar!").hashes)
        #expect(set("sergei lavrov visits myanmar").hashes.count == 1)
    }

    /// Word hashes straight from the bytes equal hashing the tokenizer's words, on every seed and
    /// on scripts and marks the seeds do not have.
    @Test func byteLevelWordHashesMatchTheTokenizer() throws {
        let samples = try FeedTestSupportSeeds.texts() + [
            "Мьянма: Лавров ВСТРЕТИЛСЯ с Мин Аун Хлайном", "Ünïcödé — naïve café’s «test» İstanbul", "東京 2020 ｆｕｌｌ-width", "e\u{301}te\u{301}",
        ]
        for text in samples {
            #expect(ShingleSet(text: text, size: 4) == set(text), "\(text.prefix(40))")
            #expect(Tokenizer.tokens(text) == ReferenceTokenizer.tokens(text), "\(text.prefix(40))")
        }
    }

    @Test func shingleHashesArePinned() {
        // Stored shingles are compared with new ones: a change here must come with a new AnalysisScheme.
        #expect(set("sergei lavrov visits myanmar").hashes == [set("Sergei Lavrov visits Myanmar!").hashes[0]])
        #expect(set("sergei lavrov visits myanmar").hashes == [4_664_412_645_165_691_393])
    }

    @Test func uniformHashSortSortsAndKeepsDuplicates() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 33, 1_000, 5_000] {
            var values = (0..<count).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
            values += values.prefix(count / 3)
            var sorted = values
            UniformHashSort.sort(&sorted)
            #expect(sorted == values.sorted())
        }
    }

    @Test func minHashEstimatesResemblance() throws {
        let seeds = try FeedTestSupportSeeds.texts()
        let hasher = MinHasher(numPermutations: 256)
        let a = set(seeds[0]), b = set(seeds[0] + " " + seeds[1])
        let exact = a.resemblance(b)
        let estimate = MinHasher.estimatedResemblance(hasher.signature(of: a), hasher.signature(of: b))
        #expect(abs(exact - estimate) < 0.1, "exact \(exact), estimate \(estimate)")
    }

    @Test func lshParametersFollowTheThreshold() {
        let strict = LSHParameters.forThreshold(0.8, numPermutations: 128)
        let loose = LSHParameters.forThreshold(0.3, numPermutations: 128)
        #expect(strict.bands * strict.rowsPerBand <= 128)
        #expect(strict.rowsPerBand > loose.rowsPerBand)
        let p = { (s: Double, l: LSHParameters) in LSHParameters.candidateProbability(s, bands: l.bands, rows: l.rowsPerBand) }
        #expect(p(0.9, strict) > 0.9)
        #expect(p(0.3, strict) < 0.1)
    }

    @Test func bandKeysAgreeExactlyForEqualSignatures() {
        let lsh = LSHParameters(bands: 4, rowsPerBand: 2)
        let signature: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]
        var changed = signature
        changed[7] = 99
        let a = lsh.bandKeys(of: signature), b = lsh.bandKeys(of: changed)
        #expect(a.count == 4)
        #expect(Array(a.prefix(3)) == Array(b.prefix(3)))
        #expect(a[3] != b[3])
    }
}

/// The seed articles' texts, via the shared corpus on disk.
enum FeedTestSupportSeeds {
    static func texts() throws -> [String] {
        try SharedData.seedTexts().map(\.text)
    }
}

@Suite struct DefaultLSHTests {
    /// The README states the banding the default settings produce; keep them in step.
    @Test func defaultBandingIsTheDocumentedOne() {
        let lsh = Fingerprinter(settings: AnalysisSettings()).lsh
        #expect(lsh == LSHParameters(bands: 25, rowsPerBand: 5))
    }
}

/// The scalar-by-scalar tokenizer `WordScanner` replaced, kept as the oracle it must agree with.
enum ReferenceTokenizer {
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(text.utf8.count / 5)
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    word.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    word.append(Unicode.Scalar(value + 0x20)!)
                } else {
                    flush(&word, into: &result)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush(&word, into: &result)
            }
        }
        flush(&word, into: &result)
        return result
    }

    private static func flush(_ word: inout String.UnicodeScalarView, into result: inout [String]) {
        guard !word.isEmpty else { return }
        result.append(String(word))
        word.removeAll(keepingCapacity: true)
    }
}
