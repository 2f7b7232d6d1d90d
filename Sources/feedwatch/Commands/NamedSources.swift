import ArgumentParser
import FeedCore
import FeedFetch
import Foundation

/// The files and URLs a reading command (`inspect`, `extract`) is given: each is fetched and
/// handed on; one that fails prints one line on stderr, the others still run, and the command
/// then exits 1.
struct NamedSources {
    let sources: [String]

    /// - Parameter handle: gets the source as named, its URL (a file path made a `file:` URL) and
    ///   what was fetched.
    func forEach(_ handle: (_ source: String, _ url: String, _ document: FetchedDocument) throws -> Void) async throws {
        let fetcher = FeedFetcher(settings: FetchSettings())
        var failures = 0
        for source in sources {
            do {
                let isURL = source.hasPrefix("http://") || source.hasPrefix("https://") || source.hasPrefix("file:")
                let url = isURL ? source : URL(fileURLWithPath: source).absoluteString
                try handle(source, url, try await fetch(url, with: fetcher))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("feedwatch: \(source): \(error)\n".utf8))
            }
        }
        await fetcher.shutdown()
        if failures > 0 { throw ExitCode(1) }
    }

    private func fetch(_ url: String, with fetcher: FeedFetcher) async throws -> FetchedDocument {
        switch await fetcher.fetch(url, validators: Validators()) {
        case .document(let document): return document
        case .failed(let failure): throw failure
        case .notModified: throw FeedwatchError(.runtime, "unexpected 304 Not Modified")
        }
    }
}
