/// feedparser cases where feedwatch deliberately reads the document differently, each with its
/// reason. Keys are paths below `feedparser/tests/`.
enum FeedparserAcceptedDisagreements {
    private static let authorName = """
        an Atom author is its <name>; feedparser appends the e-mail in parentheses
        """
    private static let idsAreNotLinks = """
        ids are compared as written (they are identifiers, not links); contributors are not kept
        """
    private static let html5Comments = """
        an HTML comment ends at "-->" as in HTML5, so text after a stray ">" stays inside it; \
        feedparser's SGML reading ends it at ">"
        """

    static let reasons: [String: String] = [
        "wellformed/atom/entry_author_map_author.xml": authorName,
        "wellformed/atom10/entry_author_map_author.xml": authorName,
        "wellformed/base/http_entry_contributor_url_base_content_location.xml": idsAreNotLinks,
        "wellformed/base/http_entry_contributor_url_base_docuri.xml": idsAreNotLinks,
        "wellformed/base/http_entry_id_base_content_location.xml": idsAreNotLinks,
        "wellformed/base/http_entry_id_base_docuri.xml": idsAreNotLinks,
        "wellformed/http/headers_content_location-unsafe.xml": """
            the case's javascript: Content-Location is resolved by this harness, not by feedwatch, which only \
            resolves against the URL it fetched
            """,
        "wellformed/itunes/itunes_core_element_uppercase.xml": "element names are case-sensitive in XML: <TITLE> is not <title>",
        "wellformed/namespace/unknown-namespace.xml": "an <item> inside an Atom <feed> is not an entry",
        "wellformed/rss/item_madeup_tags_element.xml": "<tag> is not an RSS element; <category> is kept",
        "wellformed/rss/item_summary_and_description.xml": "<summary> is not an RSS element; <description> is the summary",
        "wellformed/sanitize/item_content_encoded_script_nested_cdata.xml": """
            a CDATA section nested in escaped HTML is shown as the text it is; feedparser drops it
            """,
        "wellformed/sanitize/xml_declaration_unexpected_character.xml": """
            an unclosed "<!DOCTYPE" in HTML is markup (HTML5 tokenizer); feedparser shows it as text
            """,
        "wellformed/sanitize/xml_malicious_comment.xml": html5Comments,
        "encoding/bozo_linenoise.xml": """
            random bytes declared UTF-8 are read as Windows-1252 (the usual mislabelling); feedparser \
            expects a different guess
            """,
    ]
}
