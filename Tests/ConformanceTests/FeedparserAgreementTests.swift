import FeedCore
import FeedParse
import FeedTestSupport
import Foundation
import Testing

/// Agreement with feedparser's own test suite: each case's `Expect:` expression, reduced to the
/// fields feedwatch keeps (`PythonExpectation`), checked against our parse. Text is compared as
/// plain text on both sides, since feedwatch turns HTML into text on purpose where feedparser
/// keeps sanitised HTML.
@Suite struct FeedparserAgreementTests {
    static let folders = ["wellformed", "illformed", "encoding", "entities"]

    struct Case {
        var expectation: String
        var contentType: String?
        var contentLocation: String?
    }

    /// The `Expect:` and `Header:` lines of a case's leading comment.
    static func header(of data: Data) -> Case? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        var expectation: String?, contentType: String?, contentLocation: String?
        for line in head.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Expect:") { expectation = String(trimmed.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
            guard trimmed.lowercased().hasPrefix("header:") else { continue }
            if let name = trimmed.range(of: "content-type:", options: .caseInsensitive) {
                contentType = String(trimmed[name.upperBound...]).trimmingCharacters(in: .whitespaces)
            }
            if let name = trimmed.range(of: "content-location:", options: .caseInsensitive) {
                contentLocation = String(trimmed[name.upperBound...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return expectation.map { Case(expectation: $0, contentType: contentType, contentLocation: contentLocation) }
    }

    /// feedparser's suite serves each case from this address; relative links resolve against it,
    /// or against the case's Content-Location (a string only: nothing is fetched).
    static func documentURL(of file: URL, in root: URL, header: Case) -> String {
        let served = "http://127.0.0.1:8097/tests" + file.path.dropFirst(root.path.count)
        guard let location = header.contentLocation else { return served }
        return URL(string: location, relativeTo: URL(string: served))?.absoluteString ?? served
    }

    /// nil when every evaluable comparison holds, else the first that does not.
    static func disagreement(_ expectation: PythonExpectation, view: FeedparserView) -> String? {
        for comparison in expectation.comparisons {
            guard let left = value(comparison.left, view), let right = value(comparison.right, view) else { continue }
            if same(left, right) != comparison.equal { return "\(left) vs \(right)" }
        }
        return nil
    }

    /// Whether any comparison of the expectation is about something feedwatch models.
    static func isEvaluable(_ expectation: PythonExpectation, view: FeedparserView) -> Bool {
        expectation.comparisons.contains { value($0.left, view) != nil && value($0.right, view) != nil }
    }

    private static func value(_ operand: PythonExpectation.Operand, _ view: FeedparserView) -> PyValue? {
        switch operand {
        case .literal(let value): return value
        case .path(let path):
            switch view.resolve(path) {
            case .value(let value): return value
            case .missing: return PyValue.none
            case .unmodelled: return nil
            }
        case .length(let path):
            guard case .value(let value) = view.resolve(path) else { return nil }
            switch value {
            case .list(let items), .tuple(let items): return .int(items.count)
            case .string(let text): return .int(text.count)
            default: return nil
            }
        }
    }

    private static func same(_ left: PyValue, _ right: PyValue) -> Bool {
        switch (left, right) {
        // feedparser keeps sanitised HTML where we give text; its plain-text values are literal.
        case (.string(let ours), .string(let expected)):
            let normalise = GofeedAgreementTests.normalise
            return normalise(ours) == normalise(plain(expected)) || normalise(ours) == normalise(expected)
        case (.tuple(let a), .tuple(let b)): return Array(a.prefix(6)) == Array(b.prefix(6))
        case (.dict(let a), .dict(let b)):
            return b.allSatisfy { key, expected in a[key].map { same($0, expected) } ?? true }
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        default: return left == right
        }
    }

    private static func plain(_ text: String) -> String { HTMLText.plainText(fromHTML: text) }


    @Test func agreesWithFeedparserExpectations() throws {
        let root = SharedData.corpus("feedparser/tests")
        var totalAgreed = 0, totalEvaluated = 0, accepted = 0
        var unexplained: [String] = []
        for folder in Self.folders {
            var agreed = 0, evaluated = 0, cases = 0
            for file in CorpusFiles.all(under: root.appendingPathComponent(folder)) where file.pathExtension == "xml" {
                let data = try Data(contentsOf: file)
                guard let header = Self.header(of: data) else { continue }
                cases += 1
                guard let expectation = PythonExpectation(header.expectation),
                    let feed = try? FeedParser.parse(
                        data, url: Self.documentURL(of: file, in: root, header: header),
                        encoding: FeedCharset.label(inContentType: header.contentType))
                else { continue }
                let view = FeedparserView(feed)
                guard Self.isEvaluable(expectation, view: view) else { continue }
                evaluated += 1
                let key = String(file.path.dropFirst(root.path.count + 1))
                if let difference = Self.disagreement(expectation, view: view) {
                    if FeedparserAcceptedDisagreements.reasons[key] != nil { accepted += 1 } else { unexplained.append("\(key): \(difference)") }
                } else {
                    agreed += 1
                }
            }
            totalAgreed += agreed
            totalEvaluated += evaluated
            print("conformance feedparser: \(folder): \(agreed)/\(evaluated) evaluable cases agree (\(cases) cases)")
        }
        let agreement = Double(totalAgreed) / Double(max(totalEvaluated, 1))
        print(
            "conformance feedparser: overall \(String(format: "%.1f", agreement * 100))% of \(totalEvaluated) evaluable cases agree; "
                + "\(accepted) accepted disagreements")
        #expect(totalEvaluated > 1000)
        #expect(agreement >= 0.98)
        #expect(unexplained.isEmpty, "disagreements not listed in FeedparserAcceptedDisagreements: \(unexplained.joined(separator: "\n"))")
    }
}
