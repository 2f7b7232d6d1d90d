import FeedCore
@testable import FeedDaemon
import FeedTestSupport
import Foundation
import Testing

/// The alert line's documented shape (README, "Alert lines") and the log's two styles.
@Suite struct AlertLineTests {
    /// The README's pattern, verbatim: a value is a bare word or a double-quoted string with `\` escapes.
    static let documentedPattern =
        #"^related story=([^ "=\\]+|"([^"\\]|\\.)*") score=[0-9]+\.[0-9]{3} id=[0-9]+ feed=([^ "=\\]+|"([^"\\]|\\.)*") link=([^ "=\\]+|"([^"\\]|\\.)*") matched=([^ "=\\]+|"([^"\\]|\\.)*") title=([^ "=\\]+|"([^"\\]|\\.)*")$"#

    static func matchesDocumentedPattern(_ line: String) throws -> Bool {
        try Regex(documentedPattern).wholeMatch(in: line) != nil
    }

    /// A logfmt reader as an operator's script would write one, to prove values come back whole.
    static func fields(_ line: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = Substring(line)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(separator: " ").last.map(String.init) ?? ""
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                while let character = rest.first, character != "\"" {
                    rest = rest.dropFirst()
                    if character == "\\", let escaped = rest.first {
                        rest = rest.dropFirst()
                        value.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                    } else {
                        value.append(character)
                    }
                }
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                value = String(rest[..<end])
                rest = rest[end...]
            }
            fields[key] = value
        }
        return fields
    }

    @Test(arguments: [
        "Lavrov meets Min Aung Hlaing",
        #"Lavrov: "We support you" \ Myanmar"#,
        "Two\nlines\tand a tab",
        "a=b c=d",
        "Лавров в Нейпьидо",
        "x",
    ])
    func everyTitleGivesALineOfTheDocumentedShape(title: String) throws {
        for link in ["https://wire.test/a?x=1&y=2", nil] {
            let alert = Alert(
                itemID: 42, story: "lavrov-myanmar", score: 0.41234, title: title, link: link, feed: "https://wire.test/feed.xml",
                matched: ["lavrov", "min aung"])
            let line = AlertLine.format(alert)
            #expect(try Self.matchesDocumentedPattern(line), "\(line)")
            #expect(!line.contains("\n"), "one event, one line")
            let fields = Self.fields(line)
            #expect(fields["title"] == title)
            #expect(fields["link"] == (link ?? ""))
            #expect(fields["score"] == "0.412")
            #expect(fields["matched"] == "lavrov,min aung")
        }
    }

    /// Values are escaped byte by byte: each kind of line break must still end up as one `\n`, and
    /// Unicode's own line breaks must still force quotes.
    @Test(arguments: [
        ("lavrov", "lavrov"),
        ("", #""""#),
        ("a=b", #""a=b""#),
        ("two\r\nlines", #""two\nlines""#),
        ("old\rmac", #""old\nmac""#),
        ("blank\n\nline", #""blank\n\nline""#),
        ("cr\r\rcr", #""cr\n\ncr""#),
        ("tab\there", #""tab\there""#),
        (#"say "hi" \ bye"#, #""say \"hi\" \\ bye""#),
        ("page\u{2028}break", "\"page\u{2028}break\""),
        ("next\u{85}line", "\"next\u{85}line\""),
        ("Лавров", "Лавров"),
        ("em\u{2027}dash", "em\u{2027}dash"),
    ])
    func logfmtValuesAreEscapedByteByByte(raw: String, expected: String) {
        #expect(Logfmt.value(raw) == expected)
    }

    @Test func priorityPrefixesFollowSdDaemon() {
        #expect(ConsoleLogHandler.priority(.critical) == 2)
        #expect(ConsoleLogHandler.priority(.error) == 3)
        #expect(ConsoleLogHandler.priority(.warning) == 4)
        #expect(ConsoleLogHandler.priority(.notice) == 5)
        #expect(ConsoleLogHandler.priority(.info) == 6)
        #expect(ConsoleLogHandler.priority(.debug) == 7)
    }

    /// Runs `run --once` on the demo feeds with stderr on a pipe; `journalStream` is computed from
    /// that very pipe when asked, as systemd sets it.
    static func runOnce(journalStream: Bool, environment: [String: String] = [:]) throws -> [String] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["run", "--once", "--config", try CommandLineTests.demoConfig(in: directory)]
        let stderr = Pipe()
        var variables = ProcessInfo.processInfo.environment.filter { $0.key != "JOURNAL_STREAM" && $0.key != "FEEDWATCH_LOG_STYLE" }
        if journalStream {
            var status = stat()
            fstat(stderr.fileHandleForWriting.fileDescriptor, &status)
            variables["JOURNAL_STREAM"] = "\(status.st_dev):\(status.st_ino)"
        }
        process.environment = variables.merging(environment) { $1 }
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try stderr.fileHandleForWriting.close()
        let output = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text.suffix(3000))")
        return text.split(separator: "\n").map(String.init)
    }

    @Test func underTheJournalLinesCarryPrioritiesAndNoTimestamps() throws {
        let lines = try Self.runOnce(journalStream: true)
        let alerts = lines.filter { $0.hasPrefix("<5>related ") }
        #expect(alerts.count == 3, "\(lines)")
        for alert in alerts { #expect(try Self.matchesDocumentedPattern(String(alert.dropFirst(3)))) }
        #expect(lines.contains { $0.hasPrefix("<6>poll cycle done") })
        #expect(lines.allSatisfy { $0.range(of: #"^<[2-7]>"#, options: .regularExpression) != nil }, "\(lines)")
    }

    @Test func onAPipeOrTerminalLinesCarryATimestampAndLevel() throws {
        // JOURNAL_STREAM naming another stream (stderr redirected elsewhere) means plain lines.
        for environment in [[:], ["JOURNAL_STREAM": "1:2"]] {
            let lines = try Self.runOnce(journalStream: false, environment: environment)
            let alerts = lines.filter { $0.contains(" NOTICE related ") }
            #expect(alerts.count == 3, "\(lines)")
            for alert in alerts {
                let parts = alert.split(separator: " ", maxSplits: 2)
                #expect(parts[0].range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression) != nil, "\(alert)")
                #expect(try Self.matchesDocumentedPattern(String(parts[2])))
            }
        }
        let forced = try Self.runOnce(journalStream: false, environment: ["FEEDWATCH_LOG_STYLE": "journal"])
        #expect(forced.filter { $0.hasPrefix("<5>related ") }.count == 3)
    }
}
