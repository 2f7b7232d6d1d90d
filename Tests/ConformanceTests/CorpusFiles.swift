import FeedTestSupport
import Foundation

/// Every data file of `../shared/corpus`, grouped by suite (its top-level folder).
enum CorpusFiles {
    static let ignoredExtensions: Set<String> = ["md", "go", "java", "rs", "py", "txt", "html", "result", "gitignore", ""]

    static func all() -> [(suite: String, url: URL)] {
        let root = SharedData.corpus("")
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [(String, URL)] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let ext = url.pathExtension.lowercased()
            if ignoredExtensions.contains(ext) && url.lastPathComponent != "LICENSE" { continue }
            if url.lastPathComponent == "LICENSE" { continue }
            let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
            files.append((String(relative.split(separator: "/").first ?? ""), url))
        }
        return files.sorted { $0.1.path < $1.1.path }
    }
}
