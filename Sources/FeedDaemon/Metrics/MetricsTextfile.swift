import FeedCore
import Foundation

/// Writes the metrics for node_exporter's textfile collector: to a temporary name beside the file,
/// then renamed over it, so the collector never reads half a file.
enum MetricsTextfile {
    static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        // node_exporter reads only `*.prom`; the temporary name must not match until it is whole.
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)),
            rename(temporary.path, target.path) == 0
        else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FeedwatchError(.runtime, "metrics.textfile \(path): cannot write it (\(reason)); "
                + "create its folder and let feedwatch write there (under systemd, ReadWritePaths=)")
        }
    }
}
