/// The gazetteer's places a text names, and where it says something happens: a place after "in",
/// "at", "to" or "into" ("arrived in Myanmar", "a visit to the Philippines").
public struct PlaceMentions: Sendable, Equatable {
    /// Every place named, demonyms included, by gazetteer index.
    public private(set) var named: Set<Int> = []
    /// How often each place follows a preposition of place.
    public private(set) var locative: [Int: Int] = [:]

    public static let none = PlaceMentions()

    /// The countries, by gazetteer index, of the places named that are among `countries`.
    func countries(among countries: Set<Int>) -> Set<Int> {
        Set(named.map(Gazetteer.shared.country(of:)).filter(countries.contains))
    }

    private init() {}

    /// - Parameter hashes: the text's words as `ScannedWords` hashes them.
    init(_ hashes: [UInt64], gazetteer: Gazetteer = .shared) {
        var index = 0
        while index < hashes.count {
            guard let (entry, words) = gazetteer.name(in: hashes, at: index) else {
                index += 1
                continue
            }
            if let place = entry.place {
                named.insert(place)
                if !entry.isDemonym && Self.followsPreposition(hashes, index) { locative[place, default: 0] += 1 }
            }
            index += words
        }
    }

    /// "in Myanmar", and "in the Philippines".
    private static func followsPreposition(_ hashes: [UInt64], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        if prepositions.contains(hashes[index - 1]) { return true }
        return index > 1 && hashes[index - 1] == the && prepositions.contains(hashes[index - 2])
    }

    private static let prepositions = Set(["in", "at", "to", "into"].map(TermKey.of))
    private static let the = TermKey.of("the")
}
