/// What the background says about one of an item's profile terms and the story's setting: of the
/// items it has seen that hold the term and name a place, how many name the story's.
public struct SettingEvidence: Sendable, Equatable, Encodable {
    /// The term as the seeds write it.
    public let term: String
    /// Items holding the term that name some place.
    public let placed: Int
    /// Of those, the items that name the story's setting.
    public let inSetting: Int

    private enum CodingKeys: String, CodingKey {
        case term, placed
        case inSetting = "in_setting"
    }

    public init(term: String, placed: Int, inSetting: Int) {
        self.term = term
        self.placed = placed
        self.inSetting = inSetting
    }

    /// The share of an item's score this term vouches for when the item names another place:
    /// the share of the term's placed items set in the story's setting, starting from `prior` as
    /// if `priorItems` items had shown it.
    func share(prior: Double) -> Double {
        (Double(inSetting) + Self.priorItems * prior) / (Double(placed) + Self.priorItems)
    }

    /// How many items of the background weigh as much as the fixed share before counting: 10 was
    /// the mildest of 2, 5 and 10 and as good as any on ECB+ (docs/EVALUATION.md).
    static let priorItems = 10.0
}
