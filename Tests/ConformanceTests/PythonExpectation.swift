/// A feedparser `Expect:` line, reduced to what can be checked against feedwatch: a conjunction of
/// comparisons between a path into the result (`entries[0]['title']`, `len(entries)`) and a literal.
/// Clauses about things feedwatch does not model (`bozo`, `encoding`, `version`, namespaces…) are
/// left out; an expression with `or` or anything not understood is not evaluated at all.
struct PythonExpectation {
    enum Operand: Equatable {
        case path([PyKey])
        case length([PyKey])
        case literal(PyValue)
    }

    struct Comparison: Equatable {
        var left: Operand
        var equal: Bool
        var right: Operand
    }

    let comparisons: [Comparison]

    init?(_ source: String) {
        guard var tokens = PythonTokens(source) else { return nil }
        var comparisons: [Comparison] = []
        repeat {
            guard let clause = Self.clause(&tokens) else { return nil }
            if let clause { comparisons.append(clause) }
        } while tokens.take(.word("and"))
        guard tokens.atEnd else { return nil }
        self.comparisons = comparisons
    }

    /// nil: not understood; .some(nil): understood but not about feedwatch's fields.
    private static func clause(_ tokens: inout PythonTokens) -> Comparison?? {
        if tokens.take(.word("not")) {
            guard tokens.take(.word("bozo")) else { return nil }
            return .some(nil)
        }
        if tokens.take(.word("bozo")) { return .some(nil) }
        guard let left = operand(&tokens) else { return nil }
        let equal: Bool
        if tokens.take(.symbol("==")) {
            equal = true
        } else if tokens.take(.symbol("!=")) {
            equal = false
        } else {
            return nil
        }
        guard let right = operand(&tokens) else { return nil }
        return .some(Comparison(left: left, equal: equal, right: right))
    }

    private static func operand(_ tokens: inout PythonTokens) -> Operand? {
        if tokens.take(.word("len")) {
            guard tokens.take(.symbol("(")), let path = path(&tokens), tokens.take(.symbol(")")) else { return nil }
            return .length(path)
        }
        if let value = literal(&tokens) { return .literal(value) }
        return path(&tokens).map(Operand.path)
    }

    private static func path(_ tokens: inout PythonTokens) -> [PyKey]? {
        guard case .word(let root)? = tokens.peek, !["None", "True", "False"].contains(root) else { return nil }
        tokens.advance()
        var keys = [PyKey.name(root)]
        while true {
            if tokens.take(.symbol("[")) {
                switch literal(&tokens) {
                case .string(let key)?: keys.append(.name(key))
                case .int(let index)?: keys.append(.index(index))
                default: return nil
                }
                guard tokens.take(.symbol("]")) else { return nil }
            } else if tokens.take(.symbol(".")) {
                guard case .word(let name)? = tokens.peek else { return nil }
                tokens.advance()
                keys.append(.name(name))
            } else {
                return keys
            }
        }
    }

    private static func literal(_ tokens: inout PythonTokens) -> PyValue? {
        switch tokens.peek {
        case .string(let text)?:
            tokens.advance()
            var joined = text
            // Python joins adjacent string literals.
            while case .string(let more)? = tokens.peek {
                joined += more
                tokens.advance()
            }
            return .string(joined)
        case .number(let value)?:
            tokens.advance()
            return .int(value)
        case .word("None")?:
            tokens.advance()
            return PyValue.none
        case .word("True")?, .word("False")?:
            let value = tokens.peek == .word("True")
            tokens.advance()
            return .bool(value)
        case .symbol("(")?, .symbol("[")?:
            let close = tokens.peek == .symbol("(") ? ")" : "]"
            let saved = tokens
            tokens.advance()
            var items: [PyValue] = []
            while !tokens.take(.symbol(close)) {
                guard let item = literal(&tokens) else {
                    tokens = saved
                    return nil
                }
                items.append(item)
                _ = tokens.take(.symbol(","))
            }
            return close == ")" ? .tuple(items) : .list(items)
        case .symbol("{")?:
            let saved = tokens
            tokens.advance()
            var fields: [String: PyValue] = [:]
            while !tokens.take(.symbol("}")) {
                guard case .string(let key)? = literal(&tokens), tokens.take(.symbol(":")), let value = literal(&tokens) else {
                    tokens = saved
                    return nil
                }
                fields[key] = value
                _ = tokens.take(.symbol(","))
            }
            return .dict(fields)
        default:
            return nil
        }
    }
}
