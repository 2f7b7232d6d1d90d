import FeedCore
import FeedParse
import Foundation

// feedwatch's benchmarks. Run in release mode:
//   swift run -c release feedwatch-bench parse [FOLDER]     (default ../shared/corpus/big)
//   swift run -c release feedwatch-bench tracking [--sweep] [--adaptive] [--judging] [--background N] [--seeds 1,2,4] [--seeds-as-items] [--baseline-without-dates] [--tdt-only | --streams-only | --articles-only]
//       (TDT evaluation on ../shared/corpus/wikiref/WikiRef220 through the store: full text, headlines, and
//       headlines whose pages, served from loopback, are read as under `articles: auto`; then WikiRef and ECB+
//       tracked inside the rss-2023 stream, every text mode, 1, 2 and 4 seeds per event, beside a TF-IDF
//       centroid baseline (--baseline-without-dates: the baseline leaves numbers and dates out); --articles-only:
//       teasers whose pages are served from loopback, read with `articles: never` and `auto`; --tdt-only: the
//       TDT evaluation alone)
//   swift run -c release feedwatch-bench extraction [FOLDER] [--misses] (main text of ../shared/corpus/trafilatura-eval; see Benchmarks/extraction.sh)
//   swift run -c release feedwatch-bench analysis            (shingling, MinHash, scoring throughput)
//   swift run -c release feedwatch-bench stories [COUNTS…]   (scoring against 1, 10, 100 and 1,000 stories)
//   swift run -c release feedwatch-bench restore [COUNTS…]   (own reports counted again from a store of 1,000 and 10,000)
//   swift run -c release feedwatch-bench lsh [SIZES…]        (index insert/query at 10k, 100k, 1M signatures)
//   swift run -c release feedwatch-bench duplicates [--sweep] (near-duplicate variants of WikiRef articles)
//   feedwatch-bench floor FEEDS_FOLDER SEEDS_FOLDER          (parse + prepare CPU on one thread; see Benchmarks/versus.sh)
//   feedwatch-bench serve FEEDS HOSTS CONFIG STATE [CHARSETS]  (the feed server of scale.sh, idle.sh and soak.sh)
// Prints one line of figures per benchmark; BENCHMARKS.md keeps them with the commands.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let benchmark = arguments.first else {
    print("usage: feedwatch-bench parse [FOLDER] | tracking [--sweep] [--adaptive] [--judging] [--background N] [--seeds 1,2,4] [--seeds-as-items] [--baseline-without-dates] [--tdt-only | --streams-only | --articles-only] | extraction [FOLDER] [--misses] | duplicates [--sweep] | analysis | stories [COUNTS…] | restore [COUNTS…] | lsh [SIZES…] | floor FEEDS SEEDS | serve FEEDS HOSTS CONFIG STATE [CHARSETS]")
    exit(2)
}

switch benchmark {
case "parse":
    let folder = arguments.count > 1 ? arguments[1] : "../shared/corpus/big"
    ParseBenchmark(folder: folder).run()
case "tracking":
    let sweep = arguments.contains("--sweep") ? stride(from: 0.05, through: 0.121, by: 0.01).map { $0 } : []
    func value(after option: String) -> String? { arguments.firstIndex(of: option).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } }
    let seeds = value(after: "--seeds").map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1, 2, 4]
    do {
        if arguments.contains("--articles-only") {
            try await ArticleTrackingBenchmark(background: value(after: "--background").flatMap { Int($0) }, seedCounts: seeds).run()
            exit(0)
        }
        if !arguments.contains("--streams-only") {
            try await TrackingBenchmark(
                folder: "../shared/corpus/wikiref/WikiRef220", sweep: sweep, adaptive: arguments.contains("--adaptive")
            ).run()
            if arguments.contains("--tdt-only") { exit(0) }
        }
        try await StreamTrackingBenchmark(
            background: value(after: "--background").flatMap { Int($0) }, seedCounts: seeds, adaptive: arguments.contains("--adaptive"),
            judgingOnly: arguments.contains("--judging"), seedsAsItems: arguments.contains("--seeds-as-items"),
            baselineWithoutDates: arguments.contains("--baseline-without-dates")
        ).run()
    } catch {
        print("tracking: \(error)")
        exit(1)
    }
case "extraction":
    do {
        let folder = arguments.dropFirst().first { !$0.hasPrefix("--") } ?? "../shared/corpus/trafilatura-eval"
        try ExtractionBenchmark(folder: folder, listsMisses: arguments.contains("--misses")).run()
    } catch {
        print("extraction: \(error)")
        exit(1)
    }
case "analysis":
    try AnalysisBenchmark(folder: "../shared/corpus/wikiref/WikiRef220").run()
case "stories":
    let counts = arguments.dropFirst().compactMap { Int($0) }
    try ManyStoriesBenchmark(storyCounts: counts.isEmpty ? [1, 10, 100, 1_000] : counts, items: 5_000).run()
case "restore":
    let counts = arguments.dropFirst().compactMap { Int($0) }
    try await RestoreBenchmark(folder: "../shared/corpus/wikiref/WikiRef220", counts: counts.isEmpty ? [1_000, 10_000] : counts).run()
case "lsh":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    try await LSHBenchmark(sizes: sizes.isEmpty ? [10_000, 100_000, 1_000_000] : sizes).run()
case "duplicates":
    do {
        try await DuplicateBenchmark(folder: "../shared/corpus/wikiref/WikiRef220", sweep: arguments.contains("--sweep")).run()
    } catch {
        print("duplicates: \(error)")
        exit(1)
    }
case "floor":
    guard arguments.count == 3 else {
        print("usage: feedwatch-bench floor FEEDS_FOLDER SEEDS_FOLDER")
        exit(2)
    }
    try FloorBenchmark(folder: arguments[1], seeds: arguments[2]).run()
case "serve":
    guard arguments.count == 5 || arguments.count == 6, let count = Int(arguments[1]), let hosts = Int(arguments[2]), count > 0, hosts > 0 else {
        print("usage: feedwatch-bench serve FEEDS HOSTS CONFIG STATE [CHARSETS]  (CHARSETS: comma-separated, given to the feeds in turn; default utf-8)")
        exit(2)
    }
    let charsets = arguments.count == 6 ? arguments[5].split(separator: ",").map(String.init) : ["utf-8"]
    guard !charsets.isEmpty else {
        print("serve: CHARSETS names no charset; give a comma-separated list such as utf-8,windows-1252")
        exit(2)
    }
    let feeds = try SyntheticFeeds(count: count, corpus: "../shared/corpus/wikiref/WikiRef220", seeds: "../shared/seeds")
    try await FeedFarm(
        feeds: feeds, hosts: hosts, charsets: charsets, configPath: arguments[3], statePath: arguments[4],
        seeds: URL(fileURLWithPath: "../shared/seeds").standardizedFileURL.path
    ).run()
default:
    print("unknown benchmark '\(benchmark)'; available: parse, tracking, duplicates, analysis, lsh, floor, serve")
    exit(2)
}
