/// A country, or a region or city inside one, as the gazetteer knows it.
public struct Place: Sendable, Equatable {
    /// As people read it: "Myanmar", "Phnom Penh".
    public let name: String
    /// The country a region or city is in; nil for a country.
    let country: Int?
    /// Its other names as the gazetteer writes them: "Burma", "Rangoon".
    let otherNames: [String]
}
