/// Where a story happens, learnt from its seeds: the places they say things happen in.
///
/// A story's people and subject also make news elsewhere: its minister on another trip, an
/// earthquake of the same kind in another country. An item that says it happens somewhere else
/// and never names the story's place is most likely one of those (`conflict(with:)`).
public struct StorySetting: Sendable, Equatable {
    /// The countries, by gazetteer index, the most-cited first.
    public let places: [Int]

    public static let nowhere = StorySetting(places: [])

    /// The countries as people read them, the most-cited first.
    public var names: [String] { places.map { Gazetteer.shared.places[$0].name } }

    private init(places: [Int]) {
        self.places = places
    }

    /// The countries cited at least half as often as the most-cited one (a city or region is
    /// cited for its country), each seed's citations counted as shares of its own, so that one
    /// long seed does not outvote the others. Seeds that cite more than `widest` countries so are
    /// about something other than a place (a phone's launch, a league's TV deals) and set the
    /// story nowhere.
    public init(seeds: [PlaceMentions]) {
        let cited = Self.mostCited(seeds)
        self.init(places: cited.count > Self.widest ? [] : cited)
    }

    /// The most countries a story is set in. With no limit, reports of WikiRef's Galaxy S5 launch,
    /// set in Germany, South Korea and the United Kingdom, that name only Spain or the United
    /// States counted as happening elsewhere (docs/EVALUATION.md).
    static let widest = 2

    /// The same setting, also in the countries an item the analyst judged related cites most: a
    /// story that turns out to happen in one more country is not held against its reports there.
    /// A story its seeds set nowhere stays nowhere: one judged item setting it somewhere would hold
    /// every other country against its reports (judging WikiRef with one seed then missed twice as
    /// many targets, docs/EVALUATION.md).
    public func including(_ judgedRelated: PlaceMentions) -> StorySetting {
        guard !places.isEmpty else { return self }
        return StorySetting(places: places + Self.mostCited([judgedRelated]).filter { !places.contains($0) })
    }

    private static func mostCited(_ texts: [PlaceMentions]) -> [Int] {
        let gazetteer = Gazetteer.shared
        var shares: [Int: Double] = [:]
        for text in texts {
            let total = Double(text.locative.values.reduce(0, +))
            for (place, count) in text.locative { shares[gazetteer.country(of: place), default: 0] += Double(count) / total }
        }
        let most = shares.values.max() ?? 0
        return shares.filter { $0.value >= most * citedShare }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map(\.key)
    }

    static let citedShare = 0.5

    /// The place an item says it happens in, when that is not the story's and the item never names
    /// the story's place; when it says nowhere that something happens, a place it names, on the
    /// same condition. Nil when it names the story's place, or when either side names no place.
    public func conflict(with item: PlaceMentions) -> PlaceConflict? {
        guard !places.isEmpty else { return nil }
        let citedMost = item.locative.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
        guard let elsewhere = citedMost ?? item.named.min() else { return nil }
        let gazetteer = Gazetteer.shared
        // Every place cited after a preposition is also among those named.
        guard !item.named.contains(where: { places.contains(gazetteer.country(of: $0)) }) else { return nil }
        return PlaceConflict(item: gazetteer.places[elsewhere].name, story: names, cited: citedMost != nil)
    }
}
