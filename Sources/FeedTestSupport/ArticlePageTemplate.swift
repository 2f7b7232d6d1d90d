/// News web pages around an article's text, as sites serve them: navigation, a cookie banner,
/// related-story links, reader comments and a footer. Three layouts with their own markup, so that
/// what reads one is not fitted to one site. For loopback tests and the tracking benchmark.
public enum ArticlePageTemplate {
    public static let layouts = 3

    /// A full page. `related` are other headlines for the "more stories" block; `canonical`, the
    /// address the page names as its own.
    public static func page(
        layout: Int, site: String, title: String, paragraphs: [String], related: [String], published: String = "2022-08-03T10:00:00Z",
        canonical: String? = nil
    ) -> String {
        let body = paragraphs.map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
        let more = related.prefix(6).enumerated().map { "<li><a href=\"/story/\($0.offset + 100)\">\(escape($0.element))</a></li>" }.joined()
        let head = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(escape(title)) | \(site)</title>
            <meta property="og:title" content="\(escape(title))"><meta property="article:published_time" content="\(published)">
            \(canonical.map { "<link rel=\"canonical\" href=\"\(escape($0))\">" } ?? "")
            <script>window.analytics = {site: "\(site)"};</script></head>
            """
        switch layout % layouts {
        case 0:
            return head + """
                <body><div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>
                <header class="site-header"><a href="/">\(site)</a><nav><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li>
                <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
                <main><article><h1>\(escape(title))</h1><div class="byline">By Staff Reporter, \(published)</div>
                <div class="article-body">\(body)</div></article>
                <aside class="related"><h3>More stories</h3><ul>\(more)</ul></aside>
                <section class="comments"><h3>Comments</h3><div class="comment">Great article, thanks for sharing.</div>
                <div class="comment">I disagree with the framing here, as usual.</div></section></main>
                <footer><p>© 2022 \(site). All rights reserved.</p><a href="/contact">Contact</a> <a href="/terms">Terms</a></footer></body></html>
                """
        case 1:
            return head + """
                <body><div id="top-bar"><a href="/subscribe">Subscribe for $1 a week</a> | <a href="/login">Sign in</a></div>
                <div id="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
                <div id="content"><div class="story"><h1 class="headline">\(escape(title))</h1><span class="date">\(published)</span>
                <div class="story-text">\(body)</div>
                <div class="share">Share on social media: <a href="#">Facebook</a> <a href="#">Twitter</a></div></div>
                <div class="sidebar"><div class="widget"><h4>Most read</h4><ol>\(more)</ol></div></div></div>
                <div id="disqus_thread"><p>Join the discussion. 14 comments.</p></div>
                <div id="footer">\(site) · News from the region · <a href="/about">About us</a></div></body></html>
                """
        default:
            return head + """
                <body><nav class="navbar"><a href="/">\(site)</a> <a href="/latest">Latest</a> <a href="/video">Video</a></nav>
                <div class="container"><div class="row"><div class="col-main">
                <h1>\(escape(title))</h1><p class="meta">Published \(published)</p>
                <section itemprop="articleBody">\(body)</section>
                <div class="newsletter">Sign up to our newsletter for the day's top stories in your inbox.</div>
                </div><div class="col-side"><h3>Related</h3><ul class="related-links">\(more)</ul></div></div></div>
                <div class="comments-area"><h3>Leave a reply</h3><form><textarea></textarea></form></div>
                <footer class="site-footer"><ul><li><a href="/rss">RSS</a></li><li><a href="/jobs">Jobs</a></li></ul></footer></body></html>
                """
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
