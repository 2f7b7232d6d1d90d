import FeedTestSupport
import Foundation
import Testing

/// The shipped unit, checked as an operator's systemd would: `systemd-analyze verify` clean and the
/// offline security exposure at most 1.5 ("OK"), with the built binary's path substituted.
@Suite struct SystemdUnitTests {
    static func unit(in directory: TemporaryDirectory) throws -> String {
        let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("systemd/feedwatch.service"), encoding: .utf8)
        return try directory.write("feedwatch.service", text.replacingOccurrences(of: "/usr/local/bin/feedwatch", with: CommandLineTests.binary.path))
    }

    static func analyze(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func verifyIsClean() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try Self.analyze(["verify", try Self.unit(in: directory)])
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }

    @Test func securityExposureIsAtMostOnePointFive() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try Self.analyze(["security", "--offline=true", try Self.unit(in: directory)])
        let line = try #require(result.output.split(separator: "\n").first { $0.contains("Overall exposure level") }, "\(result.output)")
        let exposure = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        #expect(exposure <= 1.5, "\(line)")
    }

    @Test func checkConfigValidatesWithoutStarting() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let good = try CommandLineTests.run(["check-config", "--config", try CommandLineTests.demoConfig(in: directory)])
        #expect(good.status == 0 && good.stdout.contains("OK: 3 feeds, story lavrov-myanmar (5 seeds, threshold 0.09, set in Myanmar)"), "\(good.stdout)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("demo.sqlite")), "the store is not touched")
        for (number, headline) in ["Volcano erupts near Arequipa", "Arequipa villagers flee the volcano"].enumerated() {
            try directory.write("headlines/\(number).txt", headline + "\n")
            try directory.write("teasers/\(number).txt", headline + "\nAsh closed the airport on Tuesday, officials said.\n")
        }
        let kinds = try directory.write(
            "kinds.yaml", "state: x.sqlite\nstories:\n  - name: heads\n    seeds: headlines\n  - name: teasers\n    seeds: teasers\n")
        let described = try CommandLineTests.run(["check-config", "--config", kinds])
        #expect(described.status == 0, "\(described.stderr)")
        #expect(described.stdout.contains("story heads (2 headline seeds, threshold 0.07, "), "\(described.stdout)")
        #expect(described.stdout.contains("story teasers (2 teaser seeds, threshold 0.06, "), "\(described.stdout)")
        try directory.write("empty/README", "no seeds here")
        let bad = try directory.write("bad.yaml", "state: x.sqlite\nstories:\n  - name: s\n    seeds: empty\n")
        let refused = try CommandLineTests.run(["check-config", "--config", bad])
        #expect(refused.status == 2 && refused.stderr.contains("has no .txt seed articles") && refused.stderr.split(separator: "\n").count == 1)
    }

    @Test func installScriptStagesBinaryUnitAndAWorkingConfigAndKeepsItOnUpgrade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        func install() throws -> CommandLineTests.Run {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [SharedData.packageRoot.appendingPathComponent("systemd/install.sh").path]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["DESTDIR": directory.path("stage"), "FEEDWATCH_BINARY": CommandLineTests.binary.path]) { $1 }
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
        }
        let first = try install()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("systemctl daemon-reload && systemctl enable --now feedwatch"))
        for file in ["usr/local/bin/feedwatch", "etc/systemd/system/feedwatch.service", "etc/feedwatch/feedwatch.yaml", "etc/feedwatch/feeds.opml"] {
            #expect(FileManager.default.fileExists(atPath: directory.path("stage/" + file)), "\(file)")
        }
        let config = directory.path("stage/etc/feedwatch/feedwatch.yaml")
        let seed = try #require(try SharedData.seedTexts().first)
        try directory.write("stage/etc/feedwatch/seeds/lavrov-myanmar/\(seed.name)", seed.text)
        let checked = try CommandLineTests.run(["check-config", "--config", config])
        #expect(checked.status == 0 && checked.stdout.contains("state /var/lib/feedwatch/feedwatch.sqlite"), "\(checked.stderr)")
        // Upgrading keeps the operator's config.
        try directory.write("stage/etc/feedwatch/feedwatch.yaml", try String(contentsOfFile: config, encoding: .utf8) + "# edited\n")
        #expect(try install().stdout.contains("kept the existing"))
        #expect(try String(contentsOfFile: config, encoding: .utf8).hasSuffix("# edited\n"))
    }
}
