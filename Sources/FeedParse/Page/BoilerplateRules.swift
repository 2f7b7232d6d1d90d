/// Which parts of a page are furniture rather than article, judged from the markup's own words:
/// element names, ARIA roles, inline styles that hide, and the class and id names publishers give
/// their navigation, sharing buttons, comment threads and banners.
enum BoilerplateRules {
    /// Elements that are page furniture by definition (HTML's sectioning semantics), and
    /// `noscript`, which holds notices for browsers without scripts (kept when a publisher's
    /// unclosed `<noscript>` wraps the whole page).
    static let furnitureTags: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog", "noscript"]

    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "alert",
        "toolbar", "tablist",
    ]

    /// Parts of class or id names, matched anywhere in them ("article-share-bar", "commentlist").
    private static let furnitureFragments = [
        "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "cookie", "consent",
        "gdpr", "banner", "advert", "sponsor", "promo", "popup", "modal", "breadcrumb", "pagination", "pager", "sidebar",
        "widget", "footer", "navigation", "navbar", "menu", "masthead", "skip-link", "author-info", "authorbox", "author-box",
        "author-bio", "authorbio", "about-author", "post-author", "article-author", "author-section", "author-card",
        "author-profile", "byline", "tagcloud", "tag-cloud", "postmeta", "post-meta", "entry-meta", "article-meta", "metadata", "dateline",
        "timestamp", "toolbar", "rating", "disqus", "outbrain", "taboola", "read-more", "readmore", "more-stories",
        "login", "signup", "paywall", "sr-only", "visually-hidden", "screen-reader", "print-only", "cat-links",
        "linkliste", "infobox", "shariff", "follow", "donate", "spende", "werbung", "anzeige", "kommentar", "verwandt",
        "disclosure", "disclaimer", "caption", "button", "linkbox",
    ]

    /// Whole class or id names, too short to match as fragments ("nav" is in "canvas") and too
    /// common as parts of names ("recipe-header" holds a recipe's ingredients).
    private static let furnitureWords: Set<String> = [
        "nav", "ad", "ads", "aside", "header", "foot", "tags", "tag", "meta", "date", "time", "author", "print", "top",
        "share", "categories", "category", "breadcrumbs", "publish", "published", "cta",
    ]

    /// - Parameters:
    ///   - byName: whether class and id names count, besides element names and roles.
    ///   - textLength: the element's visible characters. A furniture word that is only part of a
    ///     name ("entry-date", "recipe-header") marks furniture only in a short element.
    ///   - withinArticle: whether an `article` or `main` element holds it. A `header` there is the
    ///     article's own, holding its headline and lede, not the site's masthead.
    static func isFurniture(_ node: PageTree.Node, byName: Bool, textLength: Int, withinArticle: Bool) -> Bool {
        if furnitureTags.contains(node.tag), !(withinArticle && node.tag == "header") { return true }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        guard byName else { return false }
        if namesFurniture(node.identity) { return true }
        return textLength < shortElement && hasFurnitureWordInName(node.identity)
    }

    /// Characters; a dateline, byline or tag list is shorter, an ingredient list is longer.
    private static let shortElement = 200

    private static func hasFurnitureWordInName(_ identity: String) -> Bool {
        identity.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { furnitureWords.contains(String($0)) }
    }

    static func isHidden(_ node: PageTree.Node) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = node.attribute("style")?.lowercased() else { return false }
        let compact = style.filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    static func namesFurniture(_ identity: String) -> Bool {
        guard !identity.isEmpty else { return false }
        let names = withoutCommentary(identity)
        if furnitureFragments.contains(where: { names.contains($0) }) { return true }
        return identity.split(separator: " ").contains { furnitureWords.contains(String($0)) }
    }

    /// A thread of readers' comments, however long, never wraps the article it follows.
    static func namesCommentThread(_ identity: String) -> Bool {
        let names = withoutCommentary(identity)
        return ["comment", "kommentar", "disqus"].contains { names.contains($0) }
    }

    /// A commentary is an opinion piece, an article: "comment" in its name is not a thread.
    private static func withoutCommentary(_ identity: String) -> String {
        identity.contains("commentary") ? identity.replacingOccurrences(of: "commentary", with: "") : identity
    }

    /// Class and id names publishers give the element holding the article.
    private static let contentFragments = [
        "article", "content", "entry", "post", "story", "text", "body", "main", "blog", "news", "artikel", "beitrag", "inhalt",
    ]

    /// Names content-management systems give the element that holds exactly the article body.
    private static let articleBodyNames = [
        "entry-content", "post-content", "post-body", "postbody", "article-body", "articlebody",
        "article-content", "article-text", "articletext", "story-body", "storybody", "entry-body", "post-entry",
        "content-body", "main-content", "single-content", "text-content",
    ]

    /// Whether the element is marked as the article body, by microdata or by name. Furniture rules
    /// never remove an element that holds one: Blogger puts its posts in a `widget`.
    static func marksArticleBody(_ node: PageTree.Node) -> Bool {
        if hasArticleBodyMicrodata(node) { return true }
        let identity = node.identity
        return articleBodyNames.contains { identity.contains($0) }
    }

    /// `itemprop="articleBody"`: schema.org microdata for the article's text.
    static func hasArticleBodyMicrodata(_ node: PageTree.Node) -> Bool {
        node.attribute("itemprop")?.lowercased() == "articlebody"
    }

    static func namesContent(_ identity: String) -> Bool {
        contentFragments.contains { identity.contains($0) }
    }
}
