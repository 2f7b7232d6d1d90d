import FeedCore

/// The places whose names tell where a story happens: countries, their capitals, largest cities
/// and main regions (`GazetteerData`), looked up by the hashes of their words as `ScannedWords`
/// makes them, so that finding places costs no `String` per word.
///
/// Continents and other wide areas are left out on purpose: "talks in Asia" says nothing against
/// a story in Myanmar. Names that are more often something else ("Georgia", "Jersey", "Nice") are
/// left out too ("Java" is more often the language), since a wrong place is worse than none.
/// A wide area whose name holds a place's ("Latin America" holds "America") is listed all the
/// same, as naming no place, so that the longest name read there is the area's.
struct Gazetteer: Sendable {
    let places: [Place]
    /// The wide areas' names, as written ("South America").
    let wideAreaNames: [String]
    /// A name of one to `longestName` words, keyed as `key(of:)` keys it.
    private let entries: [UInt64: Entry]
    /// The first word of every name: a set's lookup per word made the whole fingerprint a third
    /// slower, this filter costs a few percent.
    private let firstWords: KeyFilter

    struct Entry: Sendable {
        /// Nil for a wide area.
        let place: Int?
        /// A demonym ("Burmese") names a place but never says that something happens there.
        let isDemonym: Bool
    }

    static let longestName = 4
    static let shared = Gazetteer(GazetteerData.text)

    /// One line per country: `names ; demonyms | a city or region's names | …`, names separated
    /// by commas, its first name the one shown. The names of one field are names of one place,
    /// which relatedness terms fold together (`PlaceNameFold`): a city inside a region is a field of
    /// its own. A line starting with `+` adds cities or regions to the country above it; one
    /// starting with `-` lists wide areas, names and demonyms separated by commas alike.
    init(_ text: String) {
        var places: [Place] = []
        var wideAreaNames: [String] = []
        var entries: [UInt64: Entry] = [:]
        var firstWords = KeyFilter(bitCount: 1 << 16)
        func add(_ names: Substring, place: Int?, isDemonym: Bool) {
            for name in names.split(separator: ",") {
                // Not `ScannedWords`: its terms fold place names with `PlaceNameFold`, which is
                // built from `Gazetteer.shared`, so it would start the shared gazetteer from inside.
                var hashes: [UInt64] = []
                WordScanner.scan(String(name)) { hashes.append(TermKey.word($0)) }
                guard !hashes.isEmpty, hashes.count <= Self.longestName else { continue }
                entries[Self.key(of: hashes)] = Entry(place: place, isDemonym: isDemonym)
                firstWords.insert(hashes[0])
            }
        }
        func addPlace(_ field: Substring, country: Int?) {
            let parts = field.split(separator: ";", maxSplits: 1)
            guard let names = parts.first, let shown = names.split(separator: ",").first else { return }
            let others = names.split(separator: ",").dropFirst().map { $0.trimmingWhitespace() }
            places.append(Place(name: shown.trimmingWhitespace(), country: country, otherNames: others))
            add(names, place: places.count - 1, isDemonym: false)
            if parts.count > 1 { add(parts[1], place: places.count - 1, isDemonym: true) }
        }
        var country: Int?
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            if line.hasPrefix("-") {
                let names = line.dropFirst()
                wideAreaNames += names.split(separator: ",").map { $0.trimmingWhitespace() }
                add(names, place: nil, isDemonym: false)
                continue
            }
            var fields = line.split(separator: "|")
            if line.hasPrefix("+") {
                fields[0] = fields[0].dropFirst()
            } else {
                addPlace(fields.removeFirst(), country: nil)
                country = places.count - 1
            }
            for field in fields { addPlace(field, country: country) }
        }
        self.places = places
        self.wideAreaNames = wideAreaNames
        self.entries = entries
        self.firstWords = firstWords
    }

    /// The longest name starting at `start`, and how many words it takes.
    func name(in hashes: [UInt64], at start: Int) -> (entry: Entry, words: Int)? {
        // Most words start no name: one bit rules them out.
        guard firstWords.mayContain(hashes[start]) else { return nil }
        var key = hashes[start]
        var longest = entries[key].map { ($0, 1) }
        for words in stride(from: 2, through: min(Self.longestName, hashes.count - start), by: 1) {
            key = TermKey.pair(key, hashes[start + words - 1])
            if let entry = entries[key] { longest = (entry, words) }
        }
        return longest
    }

    /// The country a place is, or is in. Cities and regions of one country are not told apart:
    /// the gazetteer does not know which city is in which region, and "in California" must not
    /// count against a story set in Los Angeles.
    func country(of place: Int) -> Int { places[place].country ?? place }

    private static func key(of hashes: [UInt64]) -> UInt64 {
        hashes.dropFirst().reduce(hashes.first ?? 0) { TermKey.pair($0, $1) }
    }
}
