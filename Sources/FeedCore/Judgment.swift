/// An analyst's word on an item for one story, stored beside the automatic verdict.
public enum Judgment: String, Sendable, Codable, CaseIterable {
    case related
    case unrelated
}
