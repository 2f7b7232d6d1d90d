import FeedCore
import FeedParse
import Foundation

// The parser's fuzz target. Built with `-sanitize=fuzzer,address -DFUZZING` (see Fuzz/run.sh) it is
// a libFuzzer binary; built normally it replays the files named on the command line, so a crash
// input found by the fuzzer can be reproduced and debugged without sanitizers.

/// One input through everything that reads untrusted bytes: feed parsing (XML, JSON, recovery),
/// HTML to text, and date parsing.
func fuzzOne(_ data: Data) {
    if let feed = try? FeedParser.parse(data, url: "https://fuzz.test/feed") {
        for entry in feed.entries { precondition(!entry.id.isEmpty, "every entry has an identity") }
    }
    let text = String(decoding: data, as: UTF8.self)
    _ = HTMLText.plainText(fromHTML: text)
    _ = FeedDate.parse(String(text.prefix(64)))
}

#if FUZZING
/// libFuzzer's entry point; the linker needs it even though the driver is started by hand below.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    fuzzOne(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

// SwiftPM's generated main would win over libFuzzer's, so this program starts the driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { testOneInput($0, $1) })
#else
var replayed = 0
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        exit(1)
    }
    fuzzOne(data)
    replayed += 1
}
print("replayed \(replayed) inputs without a crash")
#endif
