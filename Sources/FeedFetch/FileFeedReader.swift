import FeedCore
import Foundation

/// `file://` feeds, for replaying archived feeds. The file's modification time plays Last-Modified,
/// so an unchanged file is not parsed again.
enum FileFeedReader {
    static func read(_ url: URL, validators: Validators, maxBytes: Int) -> FetchResult {
        let path = url.path
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maxBytes else {
                return .failed(FetchFailure(message: "\(path): file larger than the \(maxBytes / 1024 / 1024) MB limit"))
            }
            let stamp = ((attributes[.modificationDate] as? Date)?.timeIntervalSince1970).map { "mtime:\($0)" }
            if let stamp, stamp == validators.lastModified { return .notModified(status: 304) }
            let body = try Data(contentsOf: url)
            return .document(FetchedDocument(
                body: body, status: 200, validators: Validators(lastModified: stamp), charset: nil, permanentURL: nil))
        } catch {
            return .failed(FetchFailure(message: "\(path): cannot read the file (\((error as NSError).localizedDescription))"))
        }
    }
}
