"""extractor.classify: section roles from tags, class tokens and header text; main_candidates; find_sections."""
from __future__ import annotations

import pytest
from lxml import html

from extractor.classify import class_tokens, find_sections, header_role, main_candidates, role_from_tokens
from extractor.htmlpath import strip_tags

PARAS = [
    "The city council voted on Tuesday to convert the old harbour warehouses into a public library and workshop.",
    "Mayor Elena Ruiz said the project would cost about 40 million euros, paid largely by a regional culture fund.",
    "Residents who had campaigned against a hotel on the same site welcomed the decision on Tuesday evening.",
    "Work is due to begin next spring, and the first reading rooms should open to the public in autumn 2027.",
]
LONG = ("Landlords in the former industrial quarter have raised asking rents by nearly a third since the plan "
        "was first published, according to a survey of more than two hundred listings across the district.")


def frag(markup: str):
    return html.fragment_fromstring(markup)


def page_tree(header: str = "Related Articles"):
    prose = "".join(f"<p>{p}</p>" for p in PARAS)
    teasers = "".join(f'<li><h3><a href="/t{i}">Teaser headline number {i} about the harbour</a></h3>'
                      f"<span>Outlet {i} · {i} hours ago</span><p>{LONG}</p></li>" for i in range(1, 4))
    markup = f"""<html><body>
<nav id="topnav"><a href="/">Home</a> <a href="/local">Local</a></nav>
<div class="cmp-dialog" role="dialog"><p>We use cookies to improve your experience.</p><button>OK</button></div>
<main><article><h1>Council turns harbour warehouses into library</h1>
<div class="meta">Coastal Wire · 3 hours ago</div>
<div class="content">{prose}</div></article>
<section><h2>{header}</h2><ul>{teasers}</ul></section>
<div><h2>3 thoughts on “Council turns harbour warehouses into library”</h2>
<div><b>marta_k</b><div>2 hours ago</div><p>Finally some good news for the harbour.</p></div>
<div><b>oldsalt</b><div>1 hour ago</div><p>Forty million while the ferry gets cut.</p></div></div>
</main><footer><p>© 2025 Example News</p></footer></body></html>"""
    tree = html.document_fromstring(markup)
    strip_tags(tree)
    return tree


def roles(tree, sections):
    return [(s.role, s.elements[0].tag, s.header) for s in sections]


# ----------------------------------------------------------------------------- role_from_tokens

@pytest.mark.parametrize("markup,role", [
    ("<nav></nav>", "chrome"), ("<footer></footer>", "chrome"), ("<header></header>", "chrome"),
    ('<div role="navigation"></div>', "chrome"), ('<div role="dialog"></div>', "chrome"),
    ('<div role="complementary"></div>', "related"), ("<aside></aside>", "related"),
    ('<div aria-label="Cookie consent"></div>', "promo"),
    ('<div class="comments-area"></div>', "comment"), ('<div id="disqus_thread"></div>', "comment"),
    ('<div class="jp-relatedposts"></div>', "related"), ('<div class="msn-more-for-you"></div>', "related"),
    ('<section class="trending-topics"></section>', "related"), ('<div id="right-rail"></div>', "related"),
    ('<div class="newsletter-signup"></div>', "promo"), ('<div class="cookie-banner"></div>', "promo"),
    ('<div class="app-download"></div>', "promo"),
    ('<div class="share-bar"></div>', "chrome"), ('<ol class="breadcrumb"></ol>', "chrome"),
    ('<div class="site-footer"></div>', "chrome"),
])
def test_role_from_tokens(markup, role):
    found = role_from_tokens(frag(markup))
    assert found is not None and found[0] == role


@pytest.mark.parametrize("markup", ['<div class="article-body"></div>', '<div class="shareholders"></div>',
                                    '<div class="bookmark"></div>', '<p class="lead"></p>', "<div></div>"])
def test_role_from_tokens_ignores_unmarked_and_lookalike_tokens(markup):
    assert role_from_tokens(frag(markup)) is None


def test_a_components_name_marks_its_box_read_whole() -> None:
    """A component framework's data-component names the box ("video-player", "newsletter"); a camel-case name is
    read whole: "imageGalleryModal" is a link that opens a gallery, no modal box."""
    assert role_from_tokens(frag('<div class="lp-video" data-component="video-player"></div>'))[0] == "related"
    assert role_from_tokens(frag('<div data-component="newsletter"></div>'))[0] == "promo"
    assert role_from_tokens(frag('<table class="mf-sponsor"></table>'))[0] == "promo"  # a newsletter's sponsor box
    assert role_from_tokens(frag('<a href="/g/1" data-component="imageGalleryModal">Gallery</a>')) is None


def test_comment_tokens_take_precedence_over_related():
    assert role_from_tokens(frag('<div class="related comments"></div>'))[0] == "comment"


def test_class_tokens_include_hyphen_heads_and_tails():
    tokens = class_tokens(frag('<div class="msn-more-for-you x_y" id="Main-Rail"></div>'))
    assert {"more-for-you", "msn-more", "rail", "main-rail", "x", "y", "msn"} <= tokens
    assert "msn_more" not in tokens


# ----------------------------------------------------------------------------- header_role

@pytest.mark.parametrize("markup,role", [
    ("<h2>Related Articles</h2>", "related"), ("<h2>Lesen Sie auch</h2>", "related"),
    ("<h3>À lire aussi</h3>", "related"), ("<h2>相关文章</h2>", "related"), ("<h2>You may also like</h2>", "related"),
    ("<h2>More for you:</h2>", "related"), ("<span>Related</span>", "related"),
    ("<h2>3 thoughts on “A title”</h2>", "comment"), ("<h2>Leave a Reply</h2>", "comment"),
    ("<h2>Comments (12)</h2>", "comment"), ("<h2>Kommentare</h2>", "comment"),
    ("<h3>Download the app</h3>", "promo"), ("<div>Sign up for our newsletter</div>", "promo"),
])
def test_header_role(markup, role):
    found = header_role(frag(markup))
    assert found is not None
    assert found[0] == role
    assert found[2] == frag(markup).text_content()


@pytest.mark.parametrize("markup", [
    "<h2>Read more</h2>", "<h2>Why related stories matter to readers</h2>",
    "<div><p>Related Articles</p><p>x</p></div>", "<ul><li>Related</li></ul>",
    "<h2>" + "Related " * 20 + "</h2>",
])
def test_header_role_rejects_non_headers(markup):
    assert header_role(frag(markup)) is None


def test_inline_label_is_not_a_header():
    p = frag('<p><b>Related:</b> <a href="/x">Harbour ferry timetable changes</a></p>')
    assert header_role(p.find("b")) is None


# ----------------------------------------------------------------------------- main_candidates / find_sections

def test_main_candidates_picks_article_prose_not_longer_teaser_list():
    tree = page_tree()
    title = tree.find(".//h1")
    first, best = main_candidates(tree, title)
    assert first.get("class") == "content"  # the prose block itself, not the <article> around title and prose
    assert best.get("class") == "content"
    # the teaser list holds more text than the article, but it is link-free summary text after the article
    assert sum(len(p) for p in PARAS) < 3 * len(LONG)


def test_main_candidates_without_prose():
    tree = html.document_fromstring("<html><body><p>short</p></body></html>")
    assert main_candidates(tree, None) == (None, None)


@pytest.mark.parametrize("header", ["Related Articles", "Lesen Sie auch", "À lire aussi", "相关文章"])
def test_find_sections_roles_in_document_order(header):
    tree = page_tree(header)
    title = tree.find(".//h1")
    first, _best = main_candidates(tree, title)
    sections = find_sections(tree, title, (first,))
    assert roles(tree, sections) == [
        ("chrome", "nav", None),
        ("promo", "div", None),  # role=dialog opened by a cookie line

        ("related", "section", header),
        ("comment", "div", "3 thoughts on “Council turns harbour warehouses into library”"),
        ("chrome", "footer", None),
    ]
    related = sections[2]
    assert related.rule == f"header '{header[:40]}'"
    assert len(related.elements[0].findall(".//li")) == 3


def test_find_sections_never_marks_title_or_prose_containers():
    tree = page_tree()
    title = tree.find(".//h1")
    first, best = main_candidates(tree, title)
    marked = {e for s in find_sections(tree, title, (first, best)) for e in s.elements}
    for el in (title, first, best, *best):
        assert not any(node in marked for node in (el, *el.iterancestors()))


def test_header_and_following_siblings_form_one_section():
    tree = html.document_fromstring(
        "<html><body><div><h1>Headline of the story</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
        "<div><h2>Related Articles</h2><p>Short teaser</p><ul><li><a href='/a'>One teaser headline here</a></li></ul>"
        "</div></body></html>")
    title = tree.find(".//h1")
    first, _ = main_candidates(tree, title)
    sections = find_sections(tree, title, (first,))
    assert [(s.role, s.elements[0].tag) for s in sections] == [("related", "div")]
    assert "One teaser headline here" in sections[0].elements[0].text_content()


def test_header_section_stops_before_article_prose():
    tree = html.document_fromstring(
        "<html><body><h1>Headline of the story</h1><h3>Related</h3><ul><li><a href='/a'>A related headline"
        "</a></li></ul><div class='content'>" + "".join(f"<p>{p}</p>" * 3 for p in PARAS) + "</div></body></html>")
    title = tree.find(".//h1")
    first, _ = main_candidates(tree, title)
    sections = find_sections(tree, title, (first,))
    assert [(s.role, [e.tag for e in s.elements]) for s in sections] == [("related", ["h3", "ul"])]


def test_subheading_inside_prose_does_not_take_the_following_paragraphs():
    tree = html.document_fromstring(
        "<html><body><article><h1>Headline of the story</h1><div class='content'>"
        + "".join(f"<p>{p}</p>" for p in PARAS) + "<h2>Discussion</h2>"
        + "".join(f"<p>{p} Extra clause {i}.</p>" for i, p in enumerate(PARAS[:2]))
        + "</div></article></body></html>")
    title = tree.find(".//h1")
    first, best = main_candidates(tree, title)
    sections = find_sections(tree, title, (first, best))
    assert sections == []


def test_loose_text_column_beats_the_row_around_it():
    """A municipal news page: the article is loose text (after an <img>) in a column beside a long sidebar list."""
    body = " ".join(["The team at the home-care unit found two of its five cars broken into this morning."] * 6)
    sidebar = "".join(f"<p><a href='/a?y={year}'>Archive {year}: monthly summaries of council news</a> ({year % 97})</p>"
                      for year in range(1990, 2020))
    tree = html.document_fromstring(
        f"<html><body><div class='row'><div class='side'>{sidebar}</div>"
        f"<div class='col'><p class='titulo'>Home-care cars broken into</p><small>05/10/2018</small><br>"
        f"<img src='a.jpg'>{body}<br><div class='share'><a href='#'>Facebook</a></div></div></div></body></html>")
    title = tree.find(".//p[@class='titulo']")
    first, best = main_candidates(tree, title)
    assert first.get("class") == "col" and best.get("class") == "col"


@pytest.mark.parametrize("text, role", [("More Great WIRED Stories", "related"), ("More Local News", "related"),
                                        ("More stories emerged later in the week as police investigated", None)])
def test_more_adjective_stories_headers(text, role):
    from extractor.patterns import section_header_role

    assert section_header_role(text) == role


def test_raw_text_is_text_content_without_the_tail():
    """raw_text() serializes in C what lxml's text_content() gives: the element's text, its children's, no tail."""
    from lxml import html

    from extractor.classify import raw_text

    box = html.fromstring("<div><p>One <b>two</b> three</p><span>four</span>five</div>").find("p")
    assert raw_text(box) == box.text_content() == "One two three"


def test_class_tokens_split_pascal_and_camel_case_names():
    from extractor.classify import tokens_of

    assert {"promo", "small", "promosmall-description"} <= tokens_of("PromoSmall-description")
    assert {"related", "links"} <= tokens_of("relatedLinks")
    assert "promo" not in tokens_of("promotional-text")  # lower-case words are not split


def test_short_text_reads_only_as_far_as_the_limit():
    from lxml import html

    from extractor.classify import short_text, text_of

    box = html.fromstring("<div><a>Outlet</a> · <span>2 h</span></div>")
    assert short_text(box, 120) == text_of(box) == "Outlet · 2 h"
    big = html.fromstring("<ul>" + "<li><a>A teaser headline here</a></li>" * 500 + "</ul>")
    assert short_text(big, 120) is None
    assert short_text(html.fromstring("<p>  spaced \n\n  out  </p>"), 10) == "spaced out"


def test_a_comment_header_on_a_flat_page_takes_the_comments_up_to_the_next_header():
    """Everything directly in <body> (a WAP page): "Comments (3)" governs the comment boxes up to "Related news";
    the teasers after that header are its own section, so the comment section does not look like most of the
    page's prose (measured by length: the article's <p>s in their box count too) and is kept."""
    story = "".join(f"<p>Paragraph {n} of the story, which runs on for a good while about the new covered market "
                    f"and what the traders think of it.</p>" for n in range(5))
    comments = "".join(f'<div class="kom"><b>Reader {n}</b> <small>2 hours ago</small><br>Comment {n} on the market, '
                       f'long enough to read as a paragraph of its own to a prose counter.<br><a href="/r">Reply</a>'
                       f"</div>" for n in range(3))
    teasers = "".join(f'<div class="pov"><a href="/t{n}">Teaser headline {n}</a><br><small>Outlet, 2 hours ago'
                      f"</small><br>Teaser summary {n} that runs on for two long sentences about another story in "
                      f"the region. It ends here after many words.</div>" for n in range(4))
    tree = html.document_fromstring(
        "<html><body><p class='nsl'>Covered market opens after forty years</p><div class='txt'>" + story + "</div>"
        "<p class='ak'><b>Comments (3)</b></p>" + comments + "<p class='ak'><b>Related news</b></p>" + teasers
        + "</body></html>")
    title = tree.find(".//p")
    sections = find_sections(tree, title, (tree.find("body"),))
    comment = [s for s in sections if s.role == "comment"]
    assert comment and [e.get("class") for e in comment[0].elements] == ["ak", "kom", "kom", "kom"]


def test_an_inline_related_line_in_the_story_is_noise_not_a_teaser_list() -> None:
    """"<p class=related_inline><strong>See also:</strong> <a>X</a></p>" inside the story: the truth counts it as
    inline noise, so it leaves the body without becoming a related teaser; a related box of several links stays."""
    from extractor import extract

    para = "The tour opens in June and runs through the autumn with dates across the country. " * 3
    page = (f"<html><body><article><h1>Band sets fiftieth anniversary tour</h1><p>{para}</p><p class='related_inline'>"
            "<strong>See also:</strong> <a href=/x>Nelson's goal lifts the Isles in overtime</a></p>"
            f"<p>{para}</p></article><div class='related'><h2>More</h2><a href=/a>First other story headline here</a>"
            "<a href=/b>Second other story headline here</a></div></body></html>")
    doc = extract(page.encode())
    assert [t.title for t in doc.related] == ["First other story headline here", "Second other story headline here"]
    assert not any("See also" in b.text for b in doc.body)


def test_for_you_heads_related_cards_only_in_a_heading_element() -> None:
    """"<h2>For you</h2>" over an app's feed under the story is a related header; the same words in a plain box are
    a feed's tab (in a dump they head the whole page, story included)."""
    heading = html.fragment_fromstring("<h2>For you</h2>")
    tab = html.fragment_fromstring("<div>For you</div>")
    assert header_role(heading)[0] == "related" and header_role(tab) is None
