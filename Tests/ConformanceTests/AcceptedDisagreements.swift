/// gofeed cases where feedwatch deliberately parses differently, each with its reason.
enum AcceptedDisagreements {
    private static let plainTitles = """
        feedwatch titles are plain text: markup is rendered to its text (or, when escaped twice, \
        decoded once to the characters a reader would see); gofeed keeps the markup as written
        """
    private static let firstLink = """
        the first <link> with text is the item's link; gofeed takes the href of a later Atom-style \
        <link href=…/> without namespace, which RSS does not define
        """

    static let reasons: [String: String] = [
        "parser/rss/rdf_item_links": firstLink,
        "parser/rss/rss_channel_item_links": firstLink,
        "translator/rss/feed_item_links_-_rss_channel_item_links": firstLink,
        "parser/rss/rdf_item_title_cdata_escaped_markup": plainTitles,
        "parser/rss/rdf_item_title_cdata_naked_markup": plainTitles,
        "parser/rss/rdf_item_title_escaped_markup": plainTitles,
        "parser/rss/rdf_item_title_naked_markup": plainTitles,
        "parser/rss/rss_channel_item_title_cdata_escaped_markup": plainTitles,
        "parser/rss/rss_channel_item_title_cdata_naked_markup": plainTitles,
        "parser/rss/rss_channel_item_title_escaped_markup": plainTitles,
        "parser/rss/rss_channel_item_title_naked_markup": plainTitles,
        "parser/atom/atom03_feed_entry_title_base64_escaped_markup": plainTitles,
        "parser/atom/atom03_feed_entry_title_html_escaped_markup": plainTitles,
        "parser/atom/atom03_feed_entry_title_naked_markup": plainTitles,
        "parser/atom/atom03_feed_entry_title_xhtml_escaped_markup": plainTitles,
        "parser/atom/atom03_feed_entry_title_xhtml_inline_markup": plainTitles,
        "parser/atom/atom10_feed_entry_title_base64": plainTitles,
        "parser/atom/atom10_feed_entry_title_base64_escaped_markup": plainTitles,
        "parser/atom/atom10_feed_entry_title_html_escaped_markup": plainTitles,
        "parser/atom/atom10_feed_entry_title_xhtml_escaped_markup": plainTitles,
        "parser/atom/atom10_feed_entry_title_xhtml_inline_markup": plainTitles,
        "parser/atom/entry_summary_xml_base_inherit_3": plainTitles,
        "parser/atom/entry_title_xml_base": plainTitles,
        "parser/atom/entry_title_xml_base_inherit": plainTitles,
    ]
}
