import Foundation

/// The test runner started again with one check of `LibXML2InAFreshProcess`.
enum FreshProcess {
    private static let marker = "FEEDWATCH_FRESH_PROCESS_CHECK"
    static var isChild: Bool { ProcessInfo.processInfo.environment[marker] != nil }

    struct Run {
        let status: Int32
        let output: String
        let check: String
        /// That the check ran and passed, not that a filter matching nothing passed vacuously.
        var passed: Bool { output.contains("Test \(check)() passed") }
    }

    static func run(check: String) throws -> Run {
        let runner = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let process = Process()
        process.executableURL = runner
        process.arguments = ["--testing-library", "swift-testing", "--filter", "LibXML2InAFreshProcess/\(check)"]
        var environment = ProcessInfo.processInfo.environment
        environment[marker] = "1"
        // Under AddressSanitizer freed blocks wait in a quarantine (256 MB by default) before reuse,
        // which a check of resident memory would read as growth. Other processes ignore the option.
        environment["ASAN_OPTIONS"] = [environment["ASAN_OPTIONS"], "quarantine_size_mb=0"].compactMap { $0 }.joined(separator: ":")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: text, check: check)
    }
}
