import Foundation

/// Paths into `../shared` (beside the checkout): the seed corpus and the test corpora, used by path.
public enum SharedData {
    /// The package root, found from this source file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    public static var seeds: URL { shared.appendingPathComponent("seeds") }

    public static func corpus(_ relative: String) -> URL {
        shared.appendingPathComponent("corpus").appendingPathComponent(relative)
    }

    public static func corpusData(_ relative: String) throws -> Data {
        try Data(contentsOf: corpus(relative))
    }

    /// The seed articles' texts, by file name.
    public static func seedTexts() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            ($0, try String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// A WikiRef article (Windows-1252 text), for realistic unrelated news.
    public static func wikiref(_ name: String) throws -> String {
        let data = try Data(contentsOf: corpus("wikiref/WikiRef220").appendingPathComponent(name))
        return String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
    }

    public static func wikirefNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus("wikiref/WikiRef220").path).filter { $0.hasSuffix(".txt") }.sorted()
    }
}
