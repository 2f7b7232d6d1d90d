import FeedCore
import Foundation
import Yams

/// A YAML node with the path that led to it, so every error can say "file:line: key: problem".
struct YAMLValue {
    let node: Node
    let path: String
    let file: String

    var line: Int { node.mark?.line ?? 0 }

    func error(_ problem: String) -> FeedwatchError {
        FeedwatchError(.usage, "\(file):\(line): \(path.isEmpty ? "" : path + ": ")\(problem)")
    }

    /// The mapping's entries; unknown keys are an error naming the key and the known ones.
    func mapping(allowed: [String]) throws -> [String: YAMLValue] {
        guard let mapping = node.mapping else { throw error("expected a mapping of keys (\(allowed.joined(separator: ", ")))") }
        var result: [String: YAMLValue] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw error("keys must be plain words") }
            let child = YAMLValue(node: valueNode, path: path.isEmpty ? key : "\(path).\(key)", file: file)
            guard allowed.contains(key) else {
                throw YAMLValue(node: keyNode, path: child.path, file: file)
                    .error("unknown key; expected one of: \(allowed.joined(separator: ", "))")
            }
            result[key] = child
        }
        return result
    }

    /// A mapping of free-form names to text values (HTTP headers).
    func stringMapping() throws -> [String: String] {
        guard let mapping = node.mapping else { throw error("expected a mapping of names to values") }
        var result: [String: String] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string, let value = valueNode.scalar?.string else {
                throw error("expected 'Name: value' lines")
            }
            result[key] = value
        }
        return result
    }

    func sequence() throws -> [YAMLValue] {
        guard let sequence = node.sequence else { throw error("expected a list (lines starting with '- ')") }
        return sequence.enumerated().map { YAMLValue(node: $0.element, path: "\(path)[\($0.offset)]", file: file) }
    }

    func string() throws -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else { throw error("expected a text value") }
        return scalar.string
    }

    func number(in range: ClosedRange<Double>) throws -> Double {
        guard let value = Double(try string()), range.contains(value) else {
            throw error("expected a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func integer(in range: ClosedRange<Int>) throws -> Int {
        guard let value = Int(try string()), range.contains(value) else {
            throw error("expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func boolean() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    /// `90`, `90s`, `15m`, `2h`, `1d` → seconds.
    func duration() throws -> Double {
        let text = try string().trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        if let value = Double(text), value > 0 { return value }
        if let unit = text.last.flatMap({ units[$0] }), let value = Double(text.dropLast()), value > 0 { return value * unit }
        throw error("expected a duration such as 90s, 15m, 2h or 1d")
    }

    /// `1048576`, `512KB`, `10MB` → bytes.
    func byteSize() throws -> Int {
        let text = try string().trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("KB", 1024), ("MB", 1024 * 1024), ("GB", 1024 * 1024 * 1024), ("B", 1)]
        if let value = Int(text), value > 0 { return value }
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            if let value = Double(text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value > 0 {
                return Int(value * Double(factor))
            }
        }
        throw error("expected a size such as 512KB or 10MB")
    }
}
