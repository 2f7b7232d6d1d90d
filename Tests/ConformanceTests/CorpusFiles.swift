import FeedTestSupport
import Foundation

/// Every data file of `../shared/corpus`, grouped by suite (its top-level folder).
enum CorpusFiles {
    static let ignoredExtensions: Set<String> = ["md", "go", "java", "rs", "py", "txt", "html", "result", "gitignore", ""]

    static func all() -> [(suite: String, url: URL)] {
        let root = SharedData.corpus("")
        return all(under: root).map { url in
            let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
            return (String(relative.split(separator: "/").first ?? ""), url)
        }
    }

    /// The data files below `root`, sorted by path.
    static func all(under root: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if ignoredExtensions.contains(url.pathExtension.lowercased()) || url.lastPathComponent == "LICENSE" { continue }
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
