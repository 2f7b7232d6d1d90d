import FeedAnalysis
import FeedCore
import Foundation

/// Reads a story's seed folder: every `.txt` file, UTF-8, non-empty.
public enum SeedLoader {
    public static func load(_ story: StorySpec) throws -> [SeedDocument] {
        let folder = URL(fileURLWithPath: story.seedsDirectory)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw FeedwatchError(.usage, "\(folder.path): cannot list the seed folder of story '\(story.name)'")
        }
        guard !names.isEmpty else {
            throw FeedwatchError(.usage, "\(folder.path): story '\(story.name)' has no .txt seed articles; add at least one")
        }
        return try names.map { name in
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw FeedwatchError(.usage, "\(path): cannot read this seed file")
            }
            guard !data.contains(0) else {
                throw FeedwatchError(.usage, "\(path): a binary file, not a text article; remove it from the seed folder (only .txt articles belong there)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw FeedwatchError(.usage, "\(path): seed files must be UTF-8 text; convert it (e.g. iconv -t UTF-8) or remove it")
            }
            guard text.contains(where: { $0.isLetter }) else {
                throw FeedwatchError(.usage, "\(path): the seed file holds no text; remove it or fill it")
            }
            return SeedDocument(name: name, text: text)
        }
    }
}
