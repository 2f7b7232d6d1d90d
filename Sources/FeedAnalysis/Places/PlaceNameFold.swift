/// Folds a place's other one-word names into its first one-word name for relatedness terms, as
/// `Stemmer` folds plurals: "Burma" matches a seed's "Myanmar", "Kiev" matches "Kyiv", "Rangoon"
/// matches "Yangon". Outlets name a country or city the way their house style does, and a
/// follow-up that names the story's country otherwise shared no word with the seeds
/// (docs/EVALUATION.md, "Word forms").
///
/// The gazetteer (`GazetteerData`) says which names these are. A name that two places claim is
/// left alone, and so is one that is another place's own name or a word of a wide area's name:
/// "America" stays apart from usa, since "South America" is not "south usa". Demonyms are not
/// folded: merged with its country, "Russian" made the visiting minister's side of a story weigh
/// more. A name of several words ("United States") is not folded either: a term is a word or a
/// pair. What people read keeps the words as written (`StoryProfile.shown`), and shingles and
/// place mentions never see this.
enum PlaceNameFold {
    /// Each folded stem and the stem it becomes: "burma" → "myanmar".
    static let stems = folds(in: .shared)

    /// The same as `TermKey`s of the stems, for `ScannedWords`.
    private static let keys = Dictionary(uniqueKeysWithValues: stems.map { (TermKey.of($0.key), TermKey.of($0.value)) })

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

    /// What `gazetteer` folds, as stems.
    static func folds(in gazetteer: Gazetteer) -> [String: String] {
        var targets: [String: Set<String>] = [:]
        var names = Set(gazetteer.wideAreaNames.flatMap(stemsOfWords))
        for place in gazetteer.places {
            let stems = ([place.name] + place.otherNames).compactMap(oneWordStem)
            guard let first = stems.first else { continue }
            names.insert(first)
            for other in stems.dropFirst() where other != first { targets[other, default: []].insert(first) }
        }
        return targets.compactMapValues { into in into.count == 1 ? into.first : nil }.filter { !names.contains($0.key) }
    }

    /// The stem of a name that is one word, as `WordScanner` normalises it; nil for a name of several.
    private static func oneWordStem(_ name: String) -> String? {
        let words = stemsOfWords(name)
        return words.count == 1 ? words[0] : nil
    }

    private static func stemsOfWords(_ name: String) -> [String] {
        var words: [String] = []
        WordScanner.scan(name) { words.append(Stemmer.stem(String(decoding: $0, as: UTF8.self))) }
        return words
    }
}
