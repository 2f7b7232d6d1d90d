import Foundation
internal import CLibXML2

/// Reads the feed URLs (`xmlUrl` of `<outline>` elements, nested at any depth) from an OPML file.
public enum OPMLReader {
    public struct Outline: Sendable, Equatable {
        public var url: String
        public var line: Int
    }

    public static func feeds(in data: Data, file: String) throws -> [Outline] {
        try XMLStreamReader.read(data, url: nil, encoding: nil) { reader in
            var outlines: [Outline] = []
            var sawRoot = false
            while reader.next() {
                guard reader.isElementStart else { continue }
                if !sawRoot {
                    guard reader.localName == "opml" else {
                        throw FeedParseError("\(file): not an OPML file (the root element is <\(reader.localName)>)")
                    }
                    sawRoot = true
                }
                if reader.localName == "outline", let node = reader.expand(), let url = node.attribute("xmlUrl") {
                    let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty { outlines.append(Outline(url: trimmed, line: Int(xmlGetLineNo(node.pointer)))) }
                }
            }
            guard sawRoot else {
                throw FeedParseError("\(file): not an OPML file (\(reader.errors.messages.first ?? "empty"))")
            }
            return outlines
        }
    }
}
