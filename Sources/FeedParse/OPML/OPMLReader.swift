import Foundation

/// Reads the feed URLs (`xmlUrl` of `<outline>` elements, nested at any depth) from an OPML file.
public enum OPMLReader {
    public struct Outline: Sendable, Equatable {
        public var url: String
        public var line: Int
    }

    public static func feeds(in data: Data, file: String) throws -> [Outline] {
        let collector = OPMLOutlineCollector()
        let errors: XMLErrorLog
        do {
            errors = try XMLSubtreeParser.parse(data, url: nil, encoding: nil, into: collector)
        } catch let error as FeedParseError {
            throw FeedParseError("\(file): not an OPML file (\(error.message))")
        }
        guard collector.sawRoot else {
            throw FeedParseError("\(file): not an OPML file (\(errors.messages.first ?? "empty"))")
        }
        return collector.outlines
    }
}
