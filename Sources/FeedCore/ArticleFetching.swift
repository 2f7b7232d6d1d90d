/// When an item's web page is fetched to read the whole article (`articles:` per feed).
public enum ArticleFetching: String, Sendable, Equatable, CaseIterable {
    /// Only when the feed's text is short and its score near a story's threshold, where the
    /// article could change the verdict.
    case auto
    /// Every new item's page.
    case always
    /// Never: items are judged on the feed's text.
    case never
}
