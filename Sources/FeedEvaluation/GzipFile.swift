import Foundation

/// Reads gzip files through `gzip -dc`: Foundation on Linux reads no gzip, and the evaluations read
/// each file once per run.
public enum GzipFile {
    public static func read(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw EvaluationError("\(path): no such file") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw EvaluationError("\(path): gzip could not read it") }
        return data
    }
}
