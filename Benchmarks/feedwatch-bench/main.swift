import FeedCore
import FeedParse
import Foundation

// feedwatch's benchmarks. Run in release mode:
//   swift run -c release feedwatch-bench parse [FOLDER]     (default ../shared/corpus/big)
// Prints one line of figures per benchmark; BENCHMARKS.md keeps them with the commands.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let benchmark = arguments.first else {
    print("usage: feedwatch-bench parse [FOLDER]")
    exit(2)
}

switch benchmark {
case "parse":
    let folder = arguments.count > 1 ? arguments[1] : "../shared/corpus/big"
    ParseBenchmark(folder: folder).run()
default:
    print("unknown benchmark '\(benchmark)'; available: parse")
    exit(2)
}
