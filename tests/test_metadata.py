"""extractor.metadata: <meta> tags, JSON-LD and the document head -> Metadata."""
from __future__ import annotations

import json

import pytest
from lxml import html

from extractor.metadata import extract_metadata, host_name, same_name, strip_site_suffix


def meta_of(markup: str, url: str | None = None):
    return extract_metadata(html.document_fromstring(markup), url)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


NEWS_HEAD = """<html lang="en-GB"><head>
<title>Council turns harbour warehouses into library | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="OG: Council turns warehouses into library">
<meta property="og:url" content="https://www.news.example.com/harbour-library">
<meta property="article:published_time" content="2025-06-03T09:30:00Z">
<meta name="description" content="The council voted on Tuesday.">
{ld}
</head><body><h1>Council turns harbour warehouses into library</h1></body></html>"""


def test_json_ld_article_wins_for_title_author_publisher_date():
    markup = NEWS_HEAD.format(ld=ld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Council turns harbour warehouses into library",
        "author": {"@type": "Person", "name": "Jana Novak"},
        "publisher": {"@type": "Organization", "name": "Coastal Wire"},
        "datePublished": "2025-06-02T08:00:00+02:00",
    }))
    meta = meta_of(markup)
    assert meta.title == "Council turns harbour warehouses into library"
    assert meta.author == "Jana Novak"
    assert meta.publisher == "Coastal Wire"
    assert meta.site == "Example News"
    assert meta.published_iso == "2025-06-02T08:00:00+02:00"
    assert meta.url == "https://www.news.example.com/harbour-library"
    assert meta.language == "en-GB"
    assert meta.description == "The council voted on Tuesday."


def test_meta_tags_without_json_ld():
    meta = meta_of(NEWS_HEAD.format(ld=""))
    assert meta.title == "OG: Council turns warehouses into library"
    assert meta.author is None
    assert meta.publisher is None
    assert meta.site == "Example News"
    assert meta.published_iso == "2025-06-03T09:30:00Z"


def test_publisher_equal_to_site_is_dropped():
    markup = NEWS_HEAD.format(ld=ld({"@type": "Article", "headline": "H", "publisher": {"name": "example news"}}))
    meta = meta_of(markup)
    assert meta.publisher is None
    assert meta.site == "Example News"


def test_json_ld_graph_with_type_list_and_mixed_authors():
    markup = ("<html lang='fr-FR'><head>" + ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Le Site", "headline": "not this"},
        {"@type": ["NewsArticle"], "headline": "Un  titre\n français", "datePublished": "2024-01-02",
         "author": [{"@type": "Person", "name": "A. Martin"}, {"@type": "Organization", "name": "Rédaction"},
                    {"@type": "Person", "name": "A. Martin"}, "B. Durand"]},
    ]}) + "</head><body></body></html>")
    meta = meta_of(markup)
    assert meta.title == "Un titre français"
    assert meta.author == "A. Martin, B. Durand"
    assert meta.published_iso == "2024-01-02"
    assert meta.language == "fr-FR"


def test_broken_json_ld_is_skipped_and_next_block_used():
    markup = ('<html><head><script type="application/ld+json">{broken</script>'
              + ld([{"@type": "Organization", "name": "Org"}, {"@type": "BlogPosting", "headline": "Second block"}])
              + "</head><body></body></html>")
    assert meta_of(markup).title == "Second block"


def test_non_article_json_ld_is_ignored():
    markup = ("<html><head><title>Real title of the page</title>"
              + ld({"@type": "Organization", "name": "Org", "headline": "Not an article"})
              + "</head><body></body></html>")
    assert meta_of(markup).title == "Real title of the page"


def test_author_meta_whitespace_locale_description_and_time_element():
    markup = ('<html><head><meta name="author" content="  Sam   Lee "><meta property="og:locale" content="de_DE">'
              '<meta name="Description" content="Desc"><title>Short</title></head>'
              '<body><time>no attr</time><time datetime="2023-05-06T07:08:09+02:00">May 6</time></body></html>')
    meta = meta_of(markup, url="https://www.blog.example.org/p?x=1")
    assert meta.author == "Sam Lee"
    assert meta.language == "de_DE"
    assert meta.description == "Desc"
    assert meta.published_iso == "2023-05-06T07:08:09+02:00"
    assert meta.url == "https://www.blog.example.org/p?x=1"
    assert meta.site == "blog.example.org"
    assert meta.title == "Short"


def test_canonical_link_gives_url_and_site():
    markup = ('<html><head><title>Big storm hits the northern coast | The Daily Planet</title>'
              '<link rel="canonical" href=" https://www.planet.example/storm "></head><body></body></html>')
    meta = meta_of(markup)
    assert meta.url == "https://www.planet.example/storm"
    assert meta.site == "The Daily Planet"  # the <title>'s suffix names the site better than its host
    assert meta.title == "Big storm hits the northern coast"


def test_site_falls_back_to_the_host_without_a_title_suffix():
    markup = ('<html><head><title>Big storm hits the northern coast</title>'
              '<link rel="canonical" href="https://www.planet.example/storm"></head><body></body></html>')
    assert meta_of(markup).site == "planet.example"


def test_explicit_url_beats_og_url():
    meta = meta_of(NEWS_HEAD.format(ld=""), url="https://mirror.example.net/x")
    assert meta.url == "https://mirror.example.net/x"


def test_title_falls_back_to_h1_and_empty_head_gives_nones():
    meta = meta_of("<html><head></head><body><h1> Only  heading </h1></body></html>")
    assert meta.title == "Only heading"
    assert (meta.author, meta.publisher, meta.site, meta.published_iso, meta.url, meta.language) == (None,) * 6


def test_first_meta_of_a_name_wins():
    markup = ('<html><head><meta property="og:title" content="First"><meta property="og:title" content="Second">'
              '</head><body></body></html>')
    assert meta_of(markup).title == "First"


def test_json_ld_author_with_type_list():
    markup = ("<html><head>" + ld({"@type": "NewsArticle", "headline": "H",
                                   "author": {"@type": ["Person"], "name": "Jana Novak"}})
              + "</head><body></body></html>")
    assert meta_of(markup).author == "Jana Novak"


@pytest.mark.parametrize("title,site,expected", [
    ("Storm hits the coast - Planet", "Planet", "Storm hits the coast"),
    ("Storm hits the coast | The Planet", "the planet", "Storm hits the coast"),
    ("A very long article title about things - XYZ", None, "A very long article title about things"),
    ("Q&A: short", None, "Q&A: short"),
    ("No separator at all", "Planet", "No separator at all"),
])
def test_strip_site_suffix(title, site, expected):
    assert strip_site_suffix(title, site) == expected


def test_host_name_and_same_name():
    assert host_name("https://www.example.co.uk/a") == "example.co.uk"
    assert host_name("https://news.example.com") == "news.example.com"
    assert host_name(None) is None
    assert same_name("The Daily-Planet", "the daily planet")
    assert not same_name("Daily Planet", "Daily Bugle")


@pytest.mark.parametrize("title,og,want", [
    ('Coastline Digest: "Fenwick\'s cannery to become 120 homes" - Tidewater Social',
     "Coastline Digest (@digest@tidewater.social)", "Fenwick's cannery to become 120 homes"),
    ('Jane Roe on X: "The bridge will close in January for repairs" / X', "Jane Roe (@janeroe)",
     "The bridge will close in January for repairs"),
    ("Ferry to go electric - The Harbour Ledger", "Ferry to go electric", "Ferry to go electric"),
])
def test_a_social_posts_title_is_its_quoted_text_not_its_poster(title: str, og: str, want: str) -> None:
    tree = html.fromstring(f"<html><head><title>{title}</title><meta property='og:title' content='{og}'>"
                                "</head><body><p>x</p></body></html>")
    assert extract_metadata(tree).title == want
