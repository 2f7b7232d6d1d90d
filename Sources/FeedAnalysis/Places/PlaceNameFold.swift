/// Folds a place's other one-word names into its first one-word name for relatedness terms, as
/// `Stemmer` folds plurals: "Burma" matches a seed's "Myanmar", "Kiev" matches "Kyiv", "Rangoon"
/// matches "Yangon". Outlets name a country or city the way their house style does, and a
/// follow-up that names the story's country otherwise shared no word with the seeds
/// (docs/EVALUATION.md, "Word forms").
///
/// The gazetteer (`GazetteerData`) says which names these are. A name that two places claim is
/// left alone, and so is one that is another place's own name. Demonyms are not folded: merged
/// with its country, "Russian" made the visiting minister's side of a story weigh more. A name of
/// several words ("United States") is not folded either: a term is a word or a pair. What people
/// read keeps the words as written (`StoryProfile.shown`), and shingles and place mentions never
/// see this.
enum PlaceNameFold {
    /// Each folded stem and the stem it becomes: "burma" → "myanmar".
    static var stems: [String: String] { table.stems }

    /// The same as `TermKey`s of the stems, for `ScannedWords`.
    private static var keys: [UInt64: UInt64] { table.keys }

    private static let table = folds(in: .shared)

    /// Most words fold into nothing, and the filter says so faster than `keys`.
    private static let filter = KeyFilter(keys.keys, bitCount: 1 << 12)

    static func fold(_ stem: String) -> String { stems[stem] ?? stem }

    static func fold(key: UInt64) -> UInt64 {
        guard filter.mayContain(key) else { return key }
        return keys[key] ?? key
    }

    /// A term of one or two words as a store wrote it, each word folded to its stem and then here.
    static func fold(term: String) -> String {
        term.split(separator: " ").map { fold(Stemmer.stem(String($0))) }.joined(separator: " ")
    }

    /// What `gazetteer` folds, as stems and as their keys.
    static func folds(in gazetteer: Gazetteer) -> (stems: [String: String], keys: [UInt64: UInt64]) {
        var targets: [String: Set<String>] = [:]
        var keyOf: [String: UInt64] = [:]
        var names: Set<String> = []
        for place in gazetteer.places {
            let stems = ([place.name] + place.otherNames).compactMap { oneWordStem($0) }
            guard let first = stems.first else { continue }
            names.insert(first.stem)
            for other in stems.dropFirst() where other.stem != first.stem {
                targets[other.stem, default: []].insert(first.stem)
                (keyOf[other.stem], keyOf[first.stem]) = (other.key, first.key)
            }
        }
        var stems: [String: String] = [:]
        var keys: [UInt64: UInt64] = [:]
        for (word, into) in targets {
            guard into.count == 1, !names.contains(word), let target = into.first, let from = keyOf[word], let to = keyOf[target] else {
                continue
            }
            stems[word] = target
            keys[from] = to
        }
        return (stems, keys)
    }

    /// The stem and its key of a name that is one word; nil for a name of several.
    private static func oneWordStem(_ name: String) -> (stem: String, key: UInt64)? {
        var words: [(stem: String, key: UInt64)] = []
        WordScanner.scan(name) { word in
            words.append((Stemmer.stem(String(decoding: word, as: UTF8.self)), Stemmer.key(of: word, key: TermKey.word(word))))
        }
        return words.count == 1 ? words[0] : nil
    }
}
