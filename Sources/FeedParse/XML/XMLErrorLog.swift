import Foundation
internal import CLibXML2

/// Collects libxml2's structured errors for one parse, so they can become per-feed warnings.
final class XMLErrorLog {
    private(set) var messages: [String] = []
    private(set) var fatalCount = 0
    private let limit = 5

    func record(_ error: UnsafePointer<xmlError>) {
        let level = error.pointee.level
        if level == XML_ERR_FATAL { fatalCount += 1 }
        guard messages.count < limit else { return }
        let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        messages.append("line \(error.pointee.line): \(trimmed)")
    }

    /// The C callback; `context` is an unretained pointer to the log.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLErrorLog>.fromOpaque(context).takeUnretainedValue().record(error)
    }
}
