import Foundation

// The fuzz targets' shared entry. Built with `-sanitize=fuzzer,address -DFUZZING` (see Fuzz/run.sh)
// a target is a libFuzzer binary; built normally it replays the files named on the command line, so
// a crash input found by the fuzzer can be reproduced and debugged without sanitizers.

/// The target's function, set once by `runFuzzTarget` before libFuzzer starts calling.
nonisolated(unsafe) private var target: (Data) -> Void = { _ in }

/// Runs `fuzzOne` on every input libFuzzer makes (FUZZING builds) or on every file named on the
/// command line, then exits.
public func runFuzzTarget(_ fuzzOne: @escaping (Data) -> Void) -> Never {
    target = fuzzOne
    #if FUZZING
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
    exit(0)
    #endif
}

#if FUZZING
/// libFuzzer's entry point; the linker needs it even though the driver is started by hand.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    target(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

// SwiftPM's generated main would win over libFuzzer's, so the program starts the driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
