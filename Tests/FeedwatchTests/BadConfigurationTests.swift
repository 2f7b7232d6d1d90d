import FeedTestSupport
import Foundation
import Testing

/// Broken configurations and seed folders, as `check-config` and `run` meet them: exit 2, one line
/// on stderr naming the file (and line and key, or seed file) and what to do; no store created.
@Suite struct BadConfigurationTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// Files to write (path → bytes) beside `feedwatch.yaml`; `SEEDS` in the config is `seeds/`.
        let files: [String: [UInt8]]
        let config: String
        /// Every fragment must be in the message.
        let expected: [String]
    }

    static let story = "stories:\n  - name: s\n    seeds: seeds\n"
    static let seed = Array("Lavrov visits Myanmar\n\nThe Russian foreign minister arrived in Naypyidaw.".utf8)

    static let cases: [Case] = [
        Case(description: "empty seed folder", files: ["seeds/.keep": []], config: "state: s.sqlite\n" + story,
             expected: ["seeds: story 's' has no .txt seed articles; add at least one"]),
        Case(description: "binary seed", files: ["seeds/photo.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]],
             config: "state: s.sqlite\n" + story, expected: ["seeds/photo.txt: a binary file, not a text article"]),
        Case(description: "Latin-1 seed", files: ["seeds/one.txt": seed, "seeds/latin.txt": Array("Caf\u{E9}".utf8.dropLast(2)) + [0xE9]],
             config: "state: s.sqlite\n" + story, expected: ["seeds/latin.txt: seed files must be UTF-8 text; convert it (e.g. iconv -t UTF-8)"]),
        Case(description: "empty seed file", files: ["seeds/blank.txt": Array("  \n\n".utf8)], config: "state: s.sqlite\n" + story,
             expected: ["seeds/blank.txt: the seed file holds no text"]),
        Case(description: "missing seed folder", files: [:], config: "state: s.sqlite\n" + story,
             expected: ["feedwatch.yaml:4: stories[0].seeds: folder", "does not exist"]),
        Case(description: "duplicate story names", files: ["seeds/one.txt": seed],
             config: "state: s.sqlite\nstories:\n  - {name: s, seeds: seeds}\n  - {name: s, seeds: seeds}\n",
             expected: ["feedwatch.yaml:4: stories[1].name: story 's' is defined twice"]),
        Case(description: "unknown top-level key", files: ["seeds/one.txt": seed], config: "state: s.sqlite\n" + story + "pol:\n  interval: 5m\n",
             expected: ["feedwatch.yaml:5: pol: unknown key; expected one of: state, feeds, stories, poll"]),
        Case(description: "unknown nested key", files: ["seeds/one.txt": seed], config: "state: s.sqlite\n" + story + "fetch:\n  timeout_s: 5\n",
             expected: ["feedwatch.yaml:6: fetch.timeout_s: unknown key"]),
        Case(description: "tab-indented YAML", files: ["seeds/one.txt": seed], config: "state: s.sqlite\nstories:\n\t- name: s\n",
             expected: ["feedwatch.yaml: not valid YAML: line"]),
        Case(description: "empty config", files: [:], config: "", expected: ["feedwatch.yaml: the config file is empty"]),
        Case(description: "config not UTF-8", files: [:], config: "state: caf\u{E9}", expected: ["feedwatch.yaml: the config file is not UTF-8 text"]),
        Case(description: "no stories", files: [:], config: "state: s.sqlite\n", expected: ["missing key 'stories'"]),
    ]

    @Test(arguments: cases)
    func aBrokenConfigurationIsOneLineNamingItsFile(_ bad: Case) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (name, bytes) in bad.files {
            try FileManager.default.createDirectory(
                atPath: (directory.path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: directory.path(name)))
        }
        let config = directory.path("feedwatch.yaml")
        // The one non-UTF-8 config is written as Latin-1.
        try (bad.description == "config not UTF-8" ? Data(bad.config.utf8.dropLast(2) + [0xE9]) : Data(bad.config.utf8))
            .write(to: URL(fileURLWithPath: config))
        for command in [["check-config"], ["run", "--once"]] {
            let run = try CommandLineTests.run(command + ["--config", config])
            #expect(run.status == 2, "\(command): \(run.stderr)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(command): \(run.stderr)")
            for fragment in bad.expected { #expect(run.stderr.contains(fragment), "\(command): \(run.stderr)") }
            #expect(run.stderr.hasPrefix("feedwatch: "))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("s.sqlite")), "nothing is created for a config that does not load")
    }
}
