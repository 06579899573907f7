"""The HTML path: metadata, title anchor, section roles, pruning, body extraction, byline."""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from . import patterns
from .body import blocks_from_xml, trafilatura_body
from .classify import (
    INLINE_TAGS,
    SKIP_CONTAINERS,
    Section,
    ancestry,
    class_tokens,
    doc_key,
    find_sections,
    hidden_by_markup,
    is_inside,
    line_of,
    link_density,
    main_candidates,
    masked_article_boxes,
    own_text_length,
    raw_text,
    short_text,
    sign_ups,
    text_of,
)
from .items import (
    BLOCK_TAGS,
    comments_in,
    is_bold_lead,
    iter_roots,
    leaf_lines,
    logo_marked,
    norm,
    promo_lines,
    split_outlet_time,
    teasers_in,
)
from .metadata import extract_metadata, host_name, same_name
from .model import Block, Decision, Document, Metadata, Options, Teaser
from .text_meta import (
    LOWER_ARTICLES,
    Meta,
    as_time,
    count_words,
    credit_names,
    credit_sentence,
    credited_outlet,
    date_in,
    dateline_place,
    forwarded_sender,
    host_core,
    is_card_label,
    is_name,
    is_person_name,
    last_sentence,
    name_for_host,
    outlet_in_credits,
    parse_meta,
    partner_credit,
    partner_crumb,
    plausible_outlet,
    preview_site,
    reading_time_row,
    spelled_as_chip,
    spells_host,
    split_author_outlet,
    trail_paper,
    unaccented_letters,
    undated_name,
    undouble,
    unemoji,
    unquoted,
    wire_agency,
    without_from,
    without_mail_prefix,
    without_outlet,
    without_trailing_symbols,
    without_unknown_date,
)
from .walk import line_text as lined_text
from .walk import walk_span

INLINE_WRAPPERS = {"b", "i", "em", "strong", "font", "span", "u", "small", "big", "center", "nobr"}
HEADLINE_TAGS = ("h2", "h3", "b", "strong", "font", "big", "legend")  # (a form-built page titles boxes with <legend>)
PLAIN_HEADLINE_TAGS = ("div", "td", "p", "span")  # a headline without emphasis, on a page with none emphasized
LOGO_TAGS = frozenset(("img", "picture", "svg"))
SOURCE_LINE_TAGS = frozenset(("p", "div", "span", "li", "em", "small", "figcaption", "cite", "font", "i", "b",
                              "strong", "td", "th", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "a",
                              "label"))  # a "Source: X" line or label
CONSENT_BUTTONS = 60  # a consent banner's button row ("Accept all Manage settings") is this short
SHORT_PROMO_LINE = 160  # a dump's promo line ("... t.me/x") is this short; a longer paragraph naming "ad-free" is prose
MAX_CHROME_LINE = 500  # longer paragraphs are never an ad label, share bar or promo line (and cost the most to test)
STRIP_TAGS = ("script", "style", "noscript", "template", "svg", "button", "input", "select", "textarea",
              "iframe", "canvas", "object", "embed", "rt", "rp")  # (rt, rp: a ruby reading over a word, an annotation)


@dataclass(frozen=True)
class Byline:
    """What the lines around the title say: outlet, time, author, and the elements that said it."""

    publisher: str | None = None
    published: str | None = None
    author: str | None = None
    elements: tuple = ()
    weak: bool = False  # the publisher is only the name in a bare "Name · date" row: it may be the writer's


def extract_html(tree: object, *, url: str | None, options: Options, source: str | None = None) -> Document:
    """Extract the article of one parsed HTML page (source: its HTML text, for the safety-net re-parse)."""
    meta = extract_metadata(tree, url)
    signups = strip_tags(tree)
    declared_title = meta.title
    title_el, title, meta = headline_of(tree, meta)
    byline = read_byline(title_el)
    first_prose, best_prose, peers, card_title = story_prose(tree, title_el, byline)
    head = card_title if card_title is not None else reposted_head(first_prose)
    if head is None:  # (an element with no children is falsy: no `or` between them)
        head = document_section_head(first_prose, title_el, guessed=declared_title is None)
    if head is not None:
        title_el, title, byline = head, text_of(head), read_byline(head)
    quoted_outlet = quote_attribution(head) if head is not None and card_title is None else None
    title = without_mail_prefix(title)  # "[List] Fwd: Headline" (before the body drops the headline repeated)
    keep = (first_prose,)
    unmask(masked_article_boxes(keep))
    sections = find_sections(tree, title_el, keep, signups)
    next_head = another_story(best_prose, title_el) if best_prose is not first_prose else None
    best_prose = first_prose if next_head is not None else best_prose  # (the next story loaded below: not the text)
    if best_prose is not first_prose and not inside_sections(best_prose, set_aside(sections)):
        keep = (first_prose, best_prose)
        sections = find_sections(tree, title_el, keep, signups)
    sections += peer_section(peers, sections)
    scope = common_ancestor([title_el, *keep])
    drop_hidden_inline(tree if scope is None else scope)  # (before the prose the body stage must cover is read)
    aside = {el for s in sections if s.role in ("related", "promo") for el in s.elements}  # (a forum's posts: no)
    expected = prose_paragraphs(first_prose, aside)
    if best_prose is not first_prose and not inside_sections(best_prose, sections):
        expected += prose_paragraphs(best_prose, aside)
    expected = after_headline(expected, title)
    related = with_next_story(teasers_in([*iter_roots(sections, "related"), *sibling_cards(scope),
                                          *card_lists(tree, scope, sections)]), next_head)
    comments = comments_in(iter_roots(sections, "comment")) if options.comments else []
    promos = promo_lines(iter_roots(sections, "promo"))
    source_line, labelled = (quoted_outlet, False) if quoted_outlet else page_source_credit(tree, sections, title,
                                                                                           source, scope)
    credit = caption_credit(tree) or footer_content_credit(sections) or distributed_rights(scope, meta)
    self_named = not (byline.publisher or source_line or credit)  # only the site names itself: an aggregator?
    crumb_paper = crumb_paper_above(title_el) if self_named else None  # (read before the headline is dropped)
    headline_links = title_link_hosts(tree, title_el, title) if self_named else []
    previewed = preview_card_site(tree, title) if self_named else None
    drop_all(sections, byline.elements + author_boxes(scope, byline, title_el), title_el)
    target = crop(tree, scope)
    candidates = leaf_lines(target) if options.explain else []
    aside = aside_text(related, comments, promos)
    raw, blocks = body_blocks(target, keep, expected, Context(title, byline, meta.url, source, aside), options)
    publisher = pick_publisher(byline, source_line or wire_outlet(blocks), meta,
                               credit or credited_writer_outlet(raw, byline), labelled)
    pruned = (tree, *([target] if target is not tree else []), *(el for s in sections for el in s.elements))
    publisher = host_or_linked_outlet(publisher, [n for n in (source_line, credit) if n], pruned, meta,
                                      (headline_links, target) if self_named else None)
    if previewed and (not publisher or meta.site and same_name(publisher, meta.site)):
        publisher = previewed  # a link preview of the original under the post: "X · <date>" over the headline
    publisher = declared_outlet(teaser_outlet_credited(related, (target, tree), meta, blocks) or publisher, meta,
                                crumb_paper)
    publisher = uninflected(publisher, pruned)
    return Document(
        title=title, author=without_outlet(byline.author or overridden_writer(byline, publisher, meta) or meta.author,
                                           publisher),
        publisher=publisher, site=meta.site,
        published=byline.published or meta.published_iso, published_iso=iso_date(meta.published_iso),
        url=meta.url, language=meta.language, body=tuple(blocks), related=tuple(related),
        comments=tuple(comments), promos=tuple(promos), input_format="html",
        explain=explain(Explained(title, byline, sections, raw, blocks, candidates)) if options.explain else (),
    )


def headline_of(tree: object, meta: Metadata) -> tuple[object | None, str | None, Metadata]:
    """The headline element, the title, and the metadata (its title taken from the page when it declares none)."""
    title_el = find_title_element(tree, meta.title, loose=not meta.listing)
    if title_el is None and meta.title:
        title_el = split_title_line(tree, meta.title)
    if title_el is None:
        title_el = guess_title_element(tree, main_candidates(tree, None)[1])
        meta = replace(meta, title=text_of(title_el)) if title_el is not None else meta
    title_el = bylined_lead(split_caption_headline(title_el))
    title = meta.title or (text_of(title_el) if title_el is not None else None)
    if title_el is not None and text_of(title_el) and (not meta.title or len(text_of(title_el)) > 10):
        title = headline_text(title_el)
    return title_el, title, meta


def declared_outlet(publisher: str | None, meta: Metadata, crumb_paper: str | None) -> str | None:
    """The publisher with a host chip named as the page declares it, or, when only the site names itself, the paper
    ending the crumb trail over the headline ("Local › Bozeman › Gallatin Valley Sentinel")."""
    publisher = declared_name_of_host(publisher, meta.publisher)
    return crumb_paper if publisher in (None, meta.site) and crumb_paper is not None else publisher


def page_source_credit(tree: object, sections: list[Section], title: str | None, source: str | None,
                       scope: object | None) -> tuple[str | None, bool]:
    """find_source_credit with the checks the page's text allows (links out, follow buttons, link rows)."""
    return find_source_credit(tree, sections, chinese=bool(title and patterns.CJK.search(title)),
                              links_out=may_link_out(source, title),
                              follow=source is None or patterns.FOLLOW_GATE.search(source) is not None, scope=scope,
                              link_rows=source is None or "Link:" in source or "URL:" in source,
                              rated=source is None or "actuali" in source)  # (the XPath costs 0.4 ms a page)


LABEL_HEADING_WORDS = 3  # an <h1> this short names a page ("News in brief", "Morning Briefing"), maybe not its story
LEAD_REACH = 3  # <h2>s after such an <h1> searched for the lead story's headline


def bylined_lead(title_el: object | None) -> object | None:
    """The lead story's <h2> under a digest's label <h1> ("Morning Briefing" over "<h2>Headline</h2><p>By X, Outlet</p>"
    and the briefs): the first of the next few <h2>s that a byline naming a writer follows, else the <h1>."""
    if title_el is None or title_el.tag != "h1" or len(text_of(title_el).split()) > LABEL_HEADING_WORDS:
        return title_el
    for h2 in title_el.xpath("following::h2[position() <= $n]", n=LEAD_REACH):
        if len(text_of(h2).split()) > LABEL_HEADING_WORDS + 1 and not in_side_column(h2) and read_byline(h2).author:
            return h2
    return title_el


CAPTION_WORDS = 40  # a headline element holding more words than this, in <br>-separated lines, is a whole post


def split_caption_headline(el: object | None) -> object | None:
    """A photo post whose whole caption sits in its <h1> ("Title<br><br>Paragraph<br><br>Paragraph"): the heading is
    cut to its first line and the other lines become paragraphs after it (the body); else el as it is."""
    if el is None or next(el.iterchildren("br"), None) is None or count_words(text_of(el)) <= CAPTION_WORDS:
        return el
    lines = lined_text(el).split("\n")  # (<br>-separated, hidden parts left out)
    if len(lines) < 3 or not 3 <= count_words(lines[0]) <= 30:
        return el
    head = el.makeelement(el.tag, dict(el.attrib))
    head.text = lines[0]
    parent, tail = el.getparent(), el.tail
    if parent is None:
        return el
    parent.replace(el, head)
    for line in reversed(lines[1:]):
        para = head.makeelement("p", {})
        para.text = line
        head.addnext(para)
    parent[parent.index(head) + len(lines) - 1].tail = tail
    return head


def split_title_line(tree: object, title: str) -> object | None:
    """A post whose first <br>-line is the declared title ("<div>Title<br><br>Paragraph<br>..."): that line becomes a
    heading of its own before the post, which keeps the rest; the heading, else None."""
    wanted = title_key(title)
    if len(wanted.split()) < 3:
        return None
    for el in tree.iter("div", "p", "span", "td"):
        first = el.text
        if not first or len(el) == 0 or el[0].tag != "br" or title_key(first) != wanted:
            continue  # (only a bare text line right before the first <br>: nothing else is moved)
        head = el.makeelement("h1", {})
        head.text = first.strip()
        el.text = el[0].tail
        el.remove(el[0])
        el.addprevious(head)
        return head
    return None


SECTION_HEADS = ("h1", "h2", "h3")
SECTION_SHARE = 0.5  # of the document's paragraph text the story's section holds, at least
SECTION_LEAD = 2.0  # ... and this many times the next section's


def document_section_head(prose: object | None, title_el: object | None, guessed: bool) -> object | None:
    """The heading of the section that holds most of a sectioned document's prose ("<h2>Story</h2><p>…" among a
    newsletter's greeting, its "Other news" list and its notices) when the page's title names the document, not
    the story (no heading: a published document's title bar, or a line guessed in a page that declares no title),
    else None."""
    if prose is None or title_el is not None and (title_el.tag in SECTION_HEADS or is_inside(title_el, prose)
                                                  and not guessed):
        return None
    heads = [child for child in prose if child.tag in SECTION_HEADS]
    if len(heads) == 1 and heads[0] is next((c for c in prose if isinstance(c.tag, str)), None) \
            and sectioned_around(prose, heads[0].tag):
        return heads[0]  # the story's own box inside the document, its heading first (a one-cell layout table)
    if len(heads) < 2:
        return None
    sizes = {head: section_prose(head) for head in heads}
    ranked = sorted(heads, key=lambda h: sizes[h][0], reverse=True)
    total = sum(len(text_of(p)) for p in prose.iter("p"))
    best = ranked[0]
    if not total or sizes[best][0] < SECTION_SHARE * total or sizes[best][0] < SECTION_LEAD * sizes[ranked[1]][0] \
            or any(sizes[head][1] >= 2 for head in ranked[1:]) or sum(1 for head in heads if head.tag == best.tag) < 2 \
            or sum(1 for el in best.itersiblings(preceding=True) if prose_paragraph(el)) > 1:
        return None  # (an article in sections has prose in more than one, and its lead over the first heading: a
        # newsletter has its notices and lists, a greeting at most)
    crop_to_section(best)
    return best


def crop_to_section(head: object) -> None:
    """Set what the document holds around the story's section apart as its chrome: its title, greeting and notes
    before the heading (a <header>), the sections and footnotes after it (a <footer>); a credit there is still read."""
    level, inside, after = head.tag, True, []
    for el in head.itersiblings():
        inside = inside and not (el.tag in SECTION_HEADS and el.tag <= level)
        if not inside:
            after.append(el)
    before = list(head.itersiblings(preceding=True))[::-1]
    for tag, els in (("header", before), *section_runs(after)):
        if els:
            box = head.makeelement(tag, {})
            els[0].addprevious(box)
            box.extend(els)


def section_runs(els: list) -> list[tuple[str, list]]:
    """The document's elements after the story, run by run from heading to heading: a run under a related header
    ("Other news from home", "Revue de presse") as an <aside> of teasers, the rest as a <footer>."""
    runs: list[tuple[str, list]] = []
    for el in els:
        if el.tag in SECTION_HEADS or not runs:
            role = patterns.section_header_role(text_of(el)) if el.tag in SECTION_HEADS else None
            runs.append(("aside" if role == "related" else "footer", []))
        runs[-1][1].append(el)
    return runs


SECTION_REACH = 4  # levels up from a story's box to the document holding it


def sectioned_around(box: object, tag: str) -> bool:
    """True when a box lies in a document of sections: an ancestor within reach holds two headings of the box's
    heading level among its children (the newsletter's "Notices", "Other news")."""
    for anc in itertools.islice(box.iterancestors(), SECTION_REACH):
        if sum(1 for child in anc if child.tag == tag) >= 2:
            return True
    return False


SECTION_PARAGRAPH = 80  # characters of a paragraph of prose in a section (a notice's line is shorter)


def section_prose(head: object) -> tuple[int, int]:
    """(characters, paragraphs of prose) of the paragraphs after a heading, up to the next heading of its level or
    higher."""
    level, size, count = head.tag, 0, 0
    for el in head.itersiblings():
        if el.tag in SECTION_HEADS and el.tag <= level:
            break
        if el.tag == "p":
            size += len(text_of(el))
            count += prose_paragraph(el)
    return size, count


def prose_paragraph(el: object) -> bool:
    """A paragraph of a section's prose: a <p> of some length ending like a sentence (no contact row, no notice)."""
    text = text_of(el).rstrip() if el.tag == "p" else ""
    return len(text) >= SECTION_PARAGRAPH and text[-1:] in ".!?…»”\"。"


QUOTED_LEAD_IN_WORDS = 6  # a post's lead-in sentence, ending in a colon, over a reposted article


def reposted_head(prose: object | None) -> object | None:
    """The headline of an article a post reposts inside its prose, if any: a bold paragraph under the post's lead-in
    (its preamble is dropped), or the bold first line of a forum post's quote box."""
    if (quoted := quoted_headline(prose)) is not None:
        for before in list(quoted.itersiblings(preceding=True)):
            if not is_credit_line(text_of(before)):  # (a credit line stays: it names the source)
                drop(before)  # the post's own preamble over the reposted article ("Here is the article in full:")
        return quoted
    return forum_quote_headline(prose)


QUOTE_HEAD_WORDS = (4, 30)  # a pasted article's bold headline, in words


def forum_quote_headline(prose: object | None) -> object | None:
    """The bold first line of a forum post's quote box that pastes an article ("<blockquote><div>The Brayford
    Mercury said:</div><div><b>Headline</b><br><br>By X<br><br>...") ; the post's lead-in before the box is dropped."""
    quote = None if prose is None else next((q for q in (*prose.iterancestors("blockquote"), *prose.iter("blockquote"))
                                             if quote_attribution_text(q) is not None), None)
    if quote is None:
        return None
    bold = next((b for b in quote.iter("b", "strong") if QUOTE_HEAD_WORDS[0] <= count_words(text_of(b))
                 <= QUOTE_HEAD_WORDS[1]), None)
    if bold is None or bold.getnext() is None or bold.getnext().tag != "br" or (bold.getparent().text or "").strip():
        return None  # (the bold run must open its box and end its line: a headline, not a bold phrase in a sentence)
    parent = quote.getparent()
    if parent is not None and lead_in(" ".join((parent.text or "").split())):
        parent.text = None  # the poster's "Full article below for those who can't get past the paywall:"
    return bold


def quote_attribution_text(quote: object) -> str | None:
    """The name a quote box's title line gives ("The Brayford Mercury said:", "Originally Posted by X")."""
    first = next((c for c in quote if isinstance(c.tag, str)), None)
    m = patterns.QUOTE_SAID.match(text_of(first)) if first is not None and len(first) == 0 else None
    return (m.group("name") or m.group("name2")).strip() if m else None


def quote_attribution(head: object) -> str | None:
    """The outlet a forum quote box holding the headline names in its title line, if it is one."""
    quote = next(head.iterancestors("blockquote"), None)
    name = quote_attribution_text(quote) if quote is not None else None
    return name if name and plausible_outlet(name) else None


def quoted_headline(prose: object | None) -> object | None:
    """A reposted article's headline inside a post: a paragraph all in bold, under a lead-in paragraph ending in a
    colon ("Here is the article in full for those of you who don't get the paper:") and over its writer's byline."""
    if prose is None:
        return None
    paragraphs = [c for c in prose if isinstance(c.tag, str)]
    for before, para, after in zip(paragraphs, paragraphs[1:], paragraphs[2:]):
        if para.tag == "p" and bold_only(para) and 4 <= count_words(text_of(para)) <= 30 \
                and (lead_in(text_of(before)) or is_credit_line(text_of(before))) and writer_line(text_of(after)):
            return para
    return None


def lead_in(text: str) -> bool:
    """A post's sentence introducing what it quotes, ending in a colon ("Here is the article in full:")."""
    return text.endswith((":", "：")) and count_words(text) >= QUOTED_LEAD_IN_WORDS


def is_credit_line(text: str) -> bool:
    """A credit line of its own ("[From The Lowmarsh Advertiser, 9 January 2026]", "Source: X")."""
    return len(text) <= SOURCE_LINE_CHARS and patterns.SOURCE_LINE.match(text) is not None


def bold_only(para: object) -> bool:
    """True for a paragraph whose whole text is one bold run ("<p><strong>Headline</strong></p>")."""
    return len(para) == 1 and para[0].tag in ("b", "strong") and not (para.text or "").strip() \
        and not (para[0].tail or "").strip()


def writer_line(text: str) -> bool:
    """A byline naming a writer ("By Kit Ferraby", in plain or "fancy text" letters)."""
    meta = parse_meta(unicodedata.normalize("NFKC", text)) if text else None
    return meta is not None and bool(meta.author)


def headline_text(el: object) -> str:
    """A headline's own line: a subtitle box nested in the <h1> ("<h1>Title<div class=sub>Dek</div></h1>") is
    its dek, not part of the title."""
    own = line_of(el)
    return own if own and len(own.split()) >= 3 and own != text_of(el) else text_of(el)


TINY_BODY = 80  # words: a shorter body is compared with trafilatura's on the unpruned tree (snippets 0.9209 without, 0.9226 at 50, 0.9236 at 80, 0.9219 at 150; ScrapingHub loses 0.002 from 120)


@dataclass(frozen=True)
class Context:
    """What the body stage needs to know about the page besides its tree."""

    title: str | None
    byline: Byline
    url: str | None
    source: str | None  # the page's HTML text, for the unpruned re-parse
    aside: str = ""  # what the page's related, comment and promo sections say (normalised), kept out of fallbacks


def aside_text(related: list, comments: list, promos: list) -> str:
    """The normalised text of the teasers, comments and promos found: a fallback body must not bring it back."""
    parts = [f"{t.title} {t.summary or ''}" for t in related] + [c.text for c in comments] + list(promos)
    return norm(" \n ".join(parts))


def body_blocks(target: object, keep: tuple, expected: list[str], page: Context,
                options: Options) -> tuple[list[Block], list[Block]]:
    """(raw, cleaned) body blocks: the chosen body stage, then retry sieves while known prose is missing."""
    if options.engine == "trafilatura":
        raw = blocks_from_xml(trafilatura_body(target, options, page.url))
    else:
        raw = walk_span(target, keep, options)
    blocks = clean_blocks(raw, page.title, page.byline)
    covered = coverage(blocks, expected)
    if covered < 0.8:  # retry sieve: trafilatura's own main-body extraction
        raw = blocks_from_xml(trafilatura_body(target, options, page.url)) or raw
        blocks = clean_blocks(raw, page.title, page.byline)
        covered = coverage(blocks, expected)
    unpruned: list[list[Block]] = []  # the safety net's blocks, computed at most once (it re-parses the page)
    if page.source and covered < 0.5:
        unpruned.append(unpruned_body(page.source, options, page.url, page.title, page.byline))
        if coverage(unpruned[0], expected) > covered:
            blocks, covered = unpruned[0], coverage(unpruned[0], expected)
    if covered < 0.7:
        blocks = recover_missing(blocks, prose_elements(target, keep), page.title)
    if page.source and sum(len(b.text) for b in blocks) < 2000 and text_size(blocks) < TINY_BODY \
            and not (len(expected) >= 2 and covered >= 0.99):
        # next to nothing kept, with no prose known to miss (2,000 characters always make 80 words: no count)
        if not unpruned:
            unpruned.append(unpruned_body(page.source, options, page.url, page.title, page.byline))
        fallback = [b for b in unpruned[0] if not (page.aside and norm(b.text)[:120] in page.aside)]
        if text_size(fallback) >= max(2 * text_size(blocks), TINY_BODY) and aside_share(fallback, page.aside) < 0.2:
            blocks = fallback
    return raw, blocks


def aside_share(blocks: list[Block], aside: str) -> float:
    """Share (by length) of the blocks' lines that the page's teasers, comments or promos already hold: a fallback
    that brings them back took the page whole (a <br>-separated page read as one block)."""
    lines = [norm(line) for b in blocks for line in b.text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    inside = sum(len(line) for line in lines if len(line) >= 20 and line[:120] in aside)
    return inside / total if total and aside else 0.0


def text_size(blocks: list[Block]) -> int:
    """Words of text in a list of blocks (CJK and Thai counted by characters, as count_words does)."""
    return sum(count_words(b.text) for b in blocks)


def sibling_cards(scope: object | None) -> list:
    """The article card's siblings built like it (same tag, classes alike) that hold a headline: the other cards of
    a feed, or a second article under the first (infinite scroll). They are related stories, not body. When the
    article sits deeper in its card (a search result opened in a reader pane), the card is found up to three
    boxes up: the first ancestor with two or more such siblings."""
    if scope is None or scope.tag in ("html", "body"):
        return []
    if not scope.get("class") or not [el for el in alike_siblings(scope) if has_headline(el)]:
        return next((found for box in list(scope.iterancestors())[:3] if box.tag not in ("html", "body", "li")
                     and has_heading(box) and 2 <= len(found := [el for el in alike_siblings(box) if is_small_card(el)])
                     <= MAX_SIBLING_CARDS), [])  # (cards with their own <h2>-<h4>: not a menu's items)
    cards = alike_siblings(scope)
    parent = scope.getparent()
    if cards and parent is not None and parent.tag not in ("html", "body"):  # cards in the groups built like ours
        mine = alike_class_key(scope)
        cards += [c for group in alike_siblings(parent) for c in group if c.tag == scope.tag and alike_class_key(c) & mine]
    return [el for el in cards if has_headline(el)]


def alike_class_key(el: object) -> set:
    """The class tokens of an element (what alike_siblings compares)."""
    return set((el.get("class") or "").split())


def alike_siblings(el: object) -> list:
    """Siblings with el's tag and its classes, or all but a state modifier of them ("card" / "card is-open")."""
    mine = alike_class_key(el)
    parent = el.getparent()
    if not mine or parent is None:
        return []
    found = []
    for sib in parent:
        theirs = alike_class_key(sib) if sib is not el and sib.tag == el.tag else set()
        if theirs and (theirs == mine or (theirs < mine or mine < theirs) and len(mine ^ theirs) == 1):
            found.append(sib)
    return found


def story_prose(tree: object, title_el: object | None, byline: Byline) -> tuple[object | None, object | None, list,
                                                                              object | None]:
    """(first prose container, best one, the teaser cards around the story, the story card's headline when it
    replaces the page's): main_candidates, corrected on feed and cluster pages whose story is one card of many or
    comes after a list of source cards."""
    first_prose, best_prose = main_candidates(tree, title_el)
    opened, peers = dominant_card_prose(first_prose, title_el)
    cards = teaser_cards(first_prose) if opened is None and best_prose is not None else []
    if opened is not None:
        first_prose = best_prose = opened
    elif cards and not is_inside(best_prose, first_prose):
        first_prose, peers = best_prose, cards  # a list of source cards above the story
    elif cards and (own := titled_prose(title_el, first_prose)) is not None:
        first_prose, best_prose, peers = own, own, cards  # a short story over a feed of longer teaser cards
    card_title = story_card_headline(first_prose, title_el, byline, opened is not None)
    if card_title is not None and card_title.tag in ("b", "strong") and is_inside(card_title, first_prose):
        first_prose = best_prose = card_title.getparent()  # a post's bold lead line: its text block is the story
    return first_prose, best_prose, peers, card_title


TITLED_PROSE_CHARS = 150  # a story's own prose next to its headline: two or three short paragraphs at least


def titled_prose(title_el: object | None, cards_box: object) -> object | None:
    """The prose container in the headline's own box (up to CARD_CLIMB boxes up, outside the teaser cards' box),
    when it holds a story of its own: a short story above a feed whose cards outweigh it."""
    if title_el is None:
        return None
    for box in list(title_el.iterancestors())[:CARD_CLIMB]:
        if box.tag in ("html", "body", "main") or is_inside(cards_box, box):
            return prose_before_cards(title_el, cards_box)
        prose = main_candidates(box, None)[1]
        if prose is not None and len(text_of(prose)) >= TITLED_PROSE_CHARS and not is_inside(prose, cards_box):
            return prose
    return prose_before_cards(title_el, cards_box)


def prose_before_cards(title_el: object, cards_box: object) -> object | None:
    """The container of the most paragraph text between the headline and the cards (document order), when it holds
    a story of its own: a headline in a box of its own, the story's paragraphs in the next one, the cards after."""
    start, stop = doc_key(title_el), doc_key(cards_box)
    if stop <= start:
        return None  # (cards above the headline: the caller's other case)
    totals: dict = {}
    for p in title_el.getroottree().getroot().iter("p"):
        key = doc_key(p)
        if key >= stop:
            break
        own = own_text_length(p)
        if key > start and own >= PARAGRAPH_CHARS and link_density(p) <= 0.5:
            parent = p.getparent()
            totals[parent] = totals.get(parent, 0) + own
    best = max(totals, key=totals.__getitem__, default=None)
    return best if best is not None and totals[best] >= TITLED_PROSE_CHARS else None


PARAGRAPH_CHARS = 40  # a paragraph's own text: shorter <p>s are labels and meta rows


def peer_section(peers: list, sections: list[Section]) -> list[Section]:
    """The story's peer cards as one related section (dropped from the body, read as teasers), those not already in
    a section."""
    free = tuple(peer for peer in peers if not inside_sections(peer, sections))
    return [Section(free, "related", "peer cards")] if free else []


CARD_TAGS = frozenset(("div", "article", "section", "li"))  # boxes a feed or cluster page builds its cards from
CARD_CLIMB = 4  # ancestors of the prose looked at for a card list
DOMINANT_CARD = 2.0  # a card with this many times the text of every peer is the story the page opened
STORY_CARD_CHARS = 600  # ... and at least this much text: a story, not a longer teaser


def dominant_card_prose(prose: object | None, title_el: object | None) -> tuple[object | None, list]:
    """When the chosen prose is a list of 3+ cards built alike, or sits in one of them, and one other card dwarfs
    its peers (a cluster page's expanded source card, the forwarded story in a channel's post history), the prose
    container inside that card (the prose itself when it is in it already) and its peers (teasers); (None, [])
    when there is no such card."""
    if prose is None:
        return None, []
    for cards in card_groups(prose):
        sizes = sorted((len(text_of(card)), n) for n, card in enumerate(cards))
        (top, index), runner = sizes[-1], sizes[-2][0]
        card = cards[index]
        if top < max(STORY_CARD_CHARS, DOMINANT_CARD * runner):
            continue  # cards of like size: a list, not a story among teasers
        peers = [peer for peer in cards if peer is not card]
        if title_el is not None and any(is_inside(title_el, each) for each in cards):
            if is_inside(title_el, card) and mostly_linked(peers) and mostly_dated(peers):
                return card_prose(card), peers  # a digest's featured story (the headline's card) over linked briefs
            return None, []  # the headline sits in a card: that card is the story (an endless scroll's first)
        if not built_alike(card, peers) or not mostly_dated(peers) or teaser_cards(card):
            continue  # layout rows of a page builder, an article's own sections, tabs of a list: no feed's cards
        if is_inside(prose, card):
            return prose, peers
        inner = card_prose(card)
        if not is_inside(card, prose) and len(text_of(inner)) <= len(text_of(prose)):
            return None, []  # the prose already outweighs the big card's (a layout row of teasers)
        return inner, peers
    return None, []


def card_prose(card: object) -> object:
    """The prose container inside a card, else the card."""
    inner = main_candidates(card, None)[1]
    return inner if inner is not None else card


def teaser_cards(prose: object | None) -> list:
    """The cards, when the prose container is a list of 3+ dated cards built alike that holds most of its text (a
    coverage page's source cards, a feed above the story): teasers, not the article; else []."""
    if prose is None:
        return []
    for cards in card_groups(prose):
        if cards[0].getparent() is not prose:
            break  # (the groups of the prose's own children come first; most containers have none: no text read)
        if sum(len(text_of(card)) for card in cards) >= 0.6 * len(text_of(prose)) \
                and built_alike(cards[0], cards[1:]) and mostly_dated(cards) and mostly_linked(cards):
            return cards
    return []


def card_groups(prose: object) -> Iterator[list]:
    """The card lists around the prose: its children built alike, then each of its nearest ancestors' alike
    siblings (with it); a list needs three cards, each a classed box of elements."""
    groups: dict = {}
    for child in prose:
        if is_card(child):  # (a BEM modifier apart: "brief brief--featured" among "brief"s)
            groups.setdefault((child.tag, frozenset(c for c in alike_class_key(child) if "--" not in c)), []).append(child)
    yield from (cards for cards in groups.values() if len(cards) >= 3)
    node = prose
    for _ in range(CARD_CLIMB):
        if node is None or node.tag in SKIP_CONTAINERS:
            return
        cards = [node, *alike_siblings(node)] if is_card(node) else []
        if len(cards) >= 3 and all(is_card(card) for card in cards):
            yield cards
        node = node.getparent()


MAKE_UP_DEPTH = 3  # levels of a card compared with its peers
SAME_MAKE_UP = 0.7  # share of a peer's (tag, class) kinds the dominant card must have too


def built_alike(card: object, peers: list) -> bool:
    """True when most peers (and at least two) are made of the card's kinds of elements (tag and class, three
    levels down): cards of one template, the opened one with more in it."""
    kinds = make_up(card)
    alike = 0
    for peer in peers:
        theirs = make_up(peer)
        alike += bool(theirs) and len(theirs & kinds) >= SAME_MAKE_UP * len(theirs)
    return alike >= max(2, len(peers) / 2)


def mostly_linked(cards: list) -> bool:
    """True when half the cards or more link to another page: a feed's teasers do, a live blog's timed updates
    (time, heading, paragraph, a share button) do not."""
    return sum(1 for card in cards if any((a.get("href") or "#")[:1] != "#" for a in card.iter("a"))) * 2 >= len(cards)


def mostly_dated(cards: list) -> bool:
    """True when half the cards or more are dated (is_dated: "2 hours ago · Merriton"): a feed's or a cluster's items,
    not an article's sections."""
    return sum(1 for card in cards if is_dated(card)) * 2 >= len(cards)


def is_dated(card: object) -> bool:
    """A <time> in the card, or a short line or leaf element of it that reads as a time ("14 hours ago")."""
    if next(card.iter("time"), None) is not None:
        return True
    if any(split_outlet_time(line)[1] for _, line in leaf_lines(card) if len(line) <= 80):
        return True
    return any(as_time(text) for el in card.iter() if isinstance(el.tag, str) and not len(el)
               and 0 < len(text := text_of(el)) <= 40)


def make_up(el: object) -> set:
    """The (tag, class) kinds of an element's descendants down to MAKE_UP_DEPTH levels."""
    kinds: set = set()
    level = [el]
    for _ in range(MAKE_UP_DEPTH):
        level = [child for node in level for child in node if isinstance(child.tag, str)]
        kinds.update((child.tag, child.get("class")) for child in level)
    return kinds


def is_card(el: object) -> bool:
    """A classed box holding elements: what a card list is built from."""
    return el.tag in CARD_TAGS and len(el) >= 1 and bool(el.get("class"))


def story_card_headline(prose: object | None, title_el: object | None, byline: Byline,
                        opened: bool = False) -> object | None:
    """card_headline, taken only when the page's headline is a bare topic label (six words at most, no time or writer
    of its own outside the card) and the card's headline has its own byline: "Full coverage" cluster pages.
    opened: the card dwarfs its peers (dominant_card_prose), so its headline, or else its prose's bold lead line,
    is taken whatever the topic line shows (a cluster's own dateline, a channel's name)."""
    if title_el is None or count_words(text_of(title_el)) > 6:
        return None
    found = card_headline(prose, title_el) or (None if opened else story_box_headline(prose, title_el))
    if found is None:
        return lead_line(prose) if opened else None
    card, heading = found
    if opened:
        return heading
    for el in byline.elements:
        meta = parse_meta(text_of(el)) if not is_inside(el, card) else None
        if meta is not None and (meta.time or meta.author):
            return None  # the topic line has a dateline of its own: a real headline
    own = read_byline(heading)
    return heading if own.published or own.author else None


STORY_BOX_CLIMB = 3  # boxes around the prose in which the story's own headline may stand before it
STORY_HEADLINE_WORDS = 6


def story_box_headline(prose: object | None, title_el: object | None) -> tuple[object, object] | None:
    """The headline of a lone story box the prose opens with, under a hub page's short <h1> (an artist's name over
    the "News" tab, a campaign's name over an update): the last h2-h4 before the prose's first paragraph, in a box
    around it that does not hold the <h1>, of six words or more (its own byline is checked by the caller)."""
    if prose is None or title_el is None:
        return None
    for box in islice((prose, *prose.iterancestors()), STORY_BOX_CLIMB):
        if box.tag in ("html", "body") or is_inside(title_el, box):
            return None
        heading = last_heading_before(box, prose)
        if heading is not None:
            return (box, heading) if count_words(text_of(heading)) >= STORY_HEADLINE_WORDS else None
    return None


def lead_line(prose: object | None) -> object | None:
    """A bold line of four words or more that opens a text block of the prose on a line of its own (a post's
    "<div class=text><b>Headline</b><br>..."), within the prose's first three bold runs."""
    for bold in islice(prose.iter("b", "strong"), 3) if prose is not None else ():
        parent, after = bold.getparent(), bold.getnext()
        if parent is None or parent[0] is not bold or (parent.text or "").strip() or (bold.tail or "").strip():
            continue
        if after is not None and after.tag == "br" and count_words(text_of(bold)) >= 4:
            return bold
    return None


def card_headline(prose: object | None, title_el: object | None) -> tuple[object, object] | None:
    """The headline of the card the article's prose sits in, when that card is one of several built alike and the
    page's title element lies outside it: a cluster page ("Full coverage") whose <h1> names the topic, not the story."""
    if prose is None or title_el is None:
        return None
    for card in (prose, *prose.iterancestors()):
        if card.tag in ("html", "body") or is_inside(title_el, card):
            return None
        if len(alike_siblings(card)) >= 2:
            heading = last_heading_before(card, prose)  # (a panel's own heading may come first: "Local news from X")
            if heading is None or count_words(text_of(heading)) < 4:
                return None
            return card, heading
    return None


def last_heading_before(card: object, prose: object) -> object | None:
    """The last h2-h6 of a card before the prose's first paragraph (outside the prose, or opening it), or None; a
    byline or a credit set in heading markup ("<h5>By X · 12 January 2026</h5>") is no headline."""
    first = next(prose.iter("p"), prose)
    start, found = doc_key(first), None
    for heading in card.iter("h2", "h3", "h4", "h5", "h6"):
        if doc_key(heading) >= start:
            break
        if heading.tag in ("h2", "h3", "h4") or not reads_as_meta(text_of(heading)):
            found = heading
    return found


def reads_as_meta(text: str) -> bool:
    """True for a byline, dateline or credit line ("By X, The Echo · 12 January 2026", "This article first appeared
    in X ...")."""
    return parse_meta(text) is not None or patterns.SOURCE_LINE.match(text) is not None \
        or patterns.ORIGINAL_CREDIT.match(text) is not None


FEED_AROUND_STORY = 6  # cards built alike beside the story's own box in one of its ancestors: the feed it opened in


def card_lists(tree: object, scope: object | None, sections: list[Section]) -> list:
    """Headerless teaser lists outside the article: 3+ siblings built alike (same tag and classes), each a short
    box with a headline (a feed's cards before an opened story, a grid of stories under it); beside the story's
    own ancestors, six or more dated ones (a grid the story was opened in, in place)."""
    roots = {el for s in sections for el in s.elements}  # already classified regions: not entered
    around = ancestry(scope)  # the article's ancestors: entered, never a list themselves
    found: list = []
    stack = [tree]
    while stack:
        parent = stack.pop()
        if parent in roots or parent is scope or not isinstance(parent.tag, str):
            continue
        stack.extend(reversed(parent))
        if len(parent) < 3:
            continue
        groups: dict = {}
        for child in parent:
            if isinstance(child.tag, str) and (child.get("class") or child.tag == "li" and is_bare_card(child)) \
                    and child not in around:  # (a list's bare <li>s too, when each is a card: a menu's are one link)
                groups.setdefault((child.tag, child.get("class")), []).append(child)
        for members in groups.values():
            if len(members) < (FEED_AROUND_STORY if parent in around else 3):
                continue
            cards = [m for m in members if m not in roots and has_headline(m) and short_text(m, 800) is not None]
            if len(cards) >= 3 and len(cards) * 2 >= len(members) and (parent not in around or mostly_dated(cards)):
                found += cards  # (around the story itself: a dated feed of cards it was opened from)
    chosen = set(found)
    return [el for el in found if not any(anc in chosen for anc in el.iterancestors())]


def is_bare_card(li: object) -> bool:
    """True for a list item built as a card: one address linked, two or more elements with text of their own
    (headline, outlet, time, summary) and no list inside (a menu's item is one link, or a link over a submenu)."""
    if next(li.iterdescendants("ul", "ol"), None) is not None:
        return False
    if len({a.get("href") for a in li.iter("a")}) > 1:
        return False
    return sum(1 for sub in li.iter() if isinstance(sub.tag, str) and (sub.text or "").strip()) >= 2


MAX_SIBLING_CARDS = 30  # a result page or feed shows fewer cards than this around the opened one


def is_small_card(el: object) -> bool:
    """A teaser card: a heading that links a headline out, and little text (a headline and a summary, not a layout
    row of the page)."""
    linked = any(len(text_of(a).split()) >= 3 for h in el.iterdescendants("h2", "h3", "h4") for a in h.iter("a"))
    return linked and short_text(el, CARD_TEXT_MAX) is not None


CARD_TEXT_MAX = 1000  # characters: a result card's headline, site and snippet; layout rows hold far more


def has_heading(el: object) -> bool:
    """True when an element holds a heading element of its own (a card's headline)."""
    return next(el.iterdescendants("h2", "h3", "h4"), None) is not None


def has_headline(el: object) -> bool:
    """True when an element holds a heading, a link of headline length or a post's bold lead line."""
    return next(el.iterdescendants("h2", "h3"), None) is not None or any(len(text_of(a).split()) >= 4 for a in el.iter("a")) \
        or any(is_bold_lead(b) for b in el.iter("b", "strong"))


def set_aside(sections: list[Section]) -> list[Section]:
    """Sections that hold other content (related, comments, promos), as opposed to page chrome."""
    return [s for s in sections if s.role != "chrome"]


def another_story(prose: object | None, title_el: object | None) -> object | None:
    """The headline of the box a prose container lies in when that box is another story's, apart from the page's
    (an infinite scroll's next story in its own <article> with its own <h1>): none of the story's text, however
    long; else None."""
    if prose is None or title_el is None:
        return None
    title = norm(text_of(title_el))
    for box in (prose, *prose.iterancestors()):
        if is_inside(title_el, box):
            return None  # (up to the box both share)
        heads = [h for h in box.iter("h1", "h2") if (h.tag == "h1" or box.tag == "article")
                 and h.tag == title_el.tag and len(text_of(h).split()) >= STORY_HEADLINE_WORDS
                 and not text_of(h).rstrip().endswith((":", "："))]  # ("My tips for lunch and dinner:" leads a list)
        if heads:  # (a section of the story in a box of its own has an <h2>, no <h1> and is no <article>)
            return heads[0] if all(norm(text_of(h)) != title for h in heads) else None  # (the page's headline
            # printed again over its text is the story's own)
    return None


def with_next_story(related: list[Teaser], next_head: object | None) -> list[Teaser]:
    """The teasers, the next story loaded below first (its headline: a page's "Next story", as readers list it)."""
    if next_head is None or any(norm(t.title) == norm(text_of(next_head)) for t in related):
        return related
    return [Teaser(title=headline_text(next_head)), *related]


STORY_HEADLINE_WORDS = 5  # a next story's headline is this long ("Opinion", "Warum ist CC wichtig?" label sections)


def inside_sections(el: object | None, sections: list[Section]) -> bool:
    """True when el lies in one of the sections."""
    marked = {e for s in sections for e in s.elements}
    return el is not None and any(node in marked for node in (el, *el.iterancestors()))


def prose_elements(target: object, containers: tuple) -> list[tuple[int, object, str]]:
    """(document position, element, text) of every prose paragraph still in the article's prose containers."""
    live = [c for c in containers if c is not None]
    if not live:
        return []
    wanted = {el for c in live for el in c if isinstance(el.tag, str) and el.tag in ("p", "blockquote")
              and own_text_length(el) >= 80}
    found = []
    for n, el in enumerate(target.iter()):
        if el in wanted and link_density(el) < 0.3:
            found.append((n, el, lined_text(el)))
    return found


def recover_missing(blocks: list[Block], prose: list[tuple[int, object, str]], title: str | None) -> list[Block]:
    """Recall sieve: put back prose paragraphs of the article's own containers that the body extraction skipped.

    Body extraction sometimes keeps one of two sibling body chunks (split around an ad slot); the paragraphs
    of the prose containers found up front are the evidence. Blocks keep their order, merged by DOM position.
    """
    body = norm(" ".join(b.text for b in blocks))
    used = {signature(el.getparent()) for _, el, text in prose if norm(text)[:100] in body}
    missing = [(n, text) for n, el, text in prose if norm(text)[:100] not in body and not chrome_rule(text, title)
               and signature(el.getparent()) in used]
    if sum(len(text) for _, text in missing) < 200:
        return blocks
    where = {norm(text)[:60]: n for n, _, text in prose}
    placed, last = [], -1.0
    for block in blocks:
        last = where.get(norm(block.text)[:60], last + 0.001)
        placed.append((last, block))
    placed += [(float(n), Block("paragraph", text)) for n, text in missing]
    return [block for _, block in sorted(placed, key=lambda item: item[0])]


def signature(el: object | None) -> tuple:
    """Tag and classes of a container: sibling body chunks split around an ad slot share one."""
    return (el.tag, el.get("class")) if el is not None else ()


def common_ancestor(elements: list[object | None]) -> object | None:
    """The lowest element holding all given elements (None when there are none)."""
    present = [el for el in elements if el is not None]
    if not present:
        return None
    chain = [present[0], *present[0].iterancestors()]
    for el in present[1:]:
        mine = {el, *el.iterancestors()}
        chain = [anc for anc in chain if anc in mine]
    return chain[0] if chain else None


def crop(tree: object, scope: object | None) -> object:
    """The page cut down to the article's scope (title and prose containers), as a new document tree."""
    if scope is None or scope.tag in ("html", "body") or short_text(scope, 199) is not None:
        return tree  # (under 200 characters of text)
    from .load import fast_parser

    root = fast_parser().makeelement("html")  # our parser: its C-level class lookup follows the moved elements
    body = root.makeelement("body")
    root.append(body)
    body.append(scope)
    return root


def prose_paragraphs(container: object | None, aside: set | frozenset = frozenset()) -> list[str]:
    """The long paragraphs directly under a prose container (what the body should contain), but those a section
    sets aside (a flat page's teaser paragraphs under their header, siblings of the story's)."""
    if container is None:
        return []
    return [norm(text_of(c)) for c in container if isinstance(c.tag, str) and c not in aside
            and own_text_length(c) >= 80]


def after_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """The expected paragraphs, one that opens with the headline without it: a channel's post prints its bold
    headline and its text in one block, and the body drops the headline."""
    head = norm(title) if title else ""
    return [p[len(head):].strip() if head and p.startswith(head) and len(p) > len(head) else p for p in paragraphs]


def coverage(blocks: list[Block], expected: list[str]) -> float:
    """Share (by length) of the expected prose paragraphs found in the body; 1.0 when nothing is expected."""
    total = sum(len(p) for p in expected)
    if not total:
        return 1.0
    body = "".join(" ".join(b.text for b in blocks).split()).casefold()  # spaceless: text_of glues a <br>'s lines
    return sum(len(p) for p in expected if found_in(p, body)) / total


def found_in(paragraph: str, body: str) -> bool:
    """True when the body holds the paragraph's start or its end (spaceless; a <br>-lined post whose byline line the
    cleaning dropped still ends as it did)."""
    spaceless = "".join(paragraph.split())
    return spaceless[:200] in body or len(spaceless) > 400 and spaceless[-200:] in body


def unpruned_body(source: str, options: Options, url: str | None, title: str | None, byline: Byline) -> list[Block]:
    """Safety net when pruning left too little: trafilatura on a fresh, unpruned parse of the page."""
    from .load import parse_html

    tree = parse_html(source)
    if tree is None:
        return []
    strip_tags(tree)
    drop_hidden_inline(tree)
    return clean_blocks(blocks_from_xml(trafilatura_body(tree, options, url)), title, byline)


def unmask(boxes: list) -> None:
    """Clear the class and id of boxes found to hold article text, so no later stage drops them as chrome."""
    for el in boxes:
        for name in ("class", "id"):
            el.attrib.pop(name, None)


def strip_tags(tree: object) -> list:
    """Remove elements that never carry article text (scripts, styles, widgets' controls); unwrap layout tables.
    Returns the sign-up forms and boxes found before their fields and buttons went (classify.sign_ups)."""
    signups = sign_ups(tree)
    for fallback in [n for n in tree.iter("noscript") if is_sole_content(n)]:
        fallback.drop_tag()  # a script-built page whose <noscript> is all it shows without scripts: its content
    etree.strip_elements(tree, *STRIP_TAGS, with_tail=False)  # in C, keeping the text after each
    for el in tree.iter(*NITF_TAGS):
        el.tag = NITF_TAGS[el.tag]  # a news feed's NITF markup printed raw: its headline, deck and byline
    unlink_sentence_links(tree)
    unwrap_named_anchors(tree)
    unwrap_stray_table_parts(tree)
    for table in [t for t in tree.iter("table") if is_layout_table(t)]:
        for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
            el.tag = "div"
    unwrap_inline_blocks(tree)
    for card in hover_cards(tree):
        drop(card)
    demote_prose_headings(tree)
    return signups


# NITF (the news industry's XML for agency feeds) printed raw inside a page: headline, deck, byline, dateline, the
# story's blocks, what their HTML counterparts are.
NITF_TAGS = {"hl1": "h1", "hl2": "h2", "hedline": "div", "byline": "p", "dateline": "p", "body.head": "header",
             "body.content": "div", "body.end": "div", "tagline": "p", "media": "figure", "media-caption": "figcaption"}
SENTENCE_LINK_PARAGRAPHS = 3  # paragraphs made of linked sentences that make a story of sentence permalinks
LINK_SENTENCE_STOPS = (*patterns.SENTENCE_STOPS, "؟", "…")  # (a linked sentence may also end in an Arabic mark or an ellipsis)


def unwrap_stray_table_parts(tree: object) -> None:
    """Unwrap <caption> outside any <table>: a browser's parser ignores the tag and shows its text as the text of the
    block around it (a slideshow's "<p class="s_des"><caption>slide text</caption>"); libxml2 keeps the element."""
    for caption in [c for c in tree.iter("caption") if next(c.iterancestors("table"), None) is None]:
        caption.drop_tag()


def unwrap_named_anchors(tree: object) -> None:
    """Unwrap <a name="..."> without href: a jump target round a question or a heading ("<p><a name="pcr">Was sagt
    ...?</a></p>"), text that no link density should count."""
    for anchor in [a for a in tree.iter("a") if a.get("href") is None and a.get("name") is not None
                   and (a.text or len(a))]:
        anchor.drop_tag()


def unlink_sentence_links(tree: object) -> None:
    """Unwrap the links of paragraphs made of nothing but two or more linked whole sentences (a complaint portal's or
    an annotation tool's sentence permalinks), when three such paragraphs share a parent: their text is prose, not
    a link list."""
    by_parent: dict = {}
    for p in tree.iter("p"):
        if is_linked_sentences(p):
            by_parent.setdefault(p.getparent(), []).append(p)
    for paragraphs in by_parent.values():
        if len(paragraphs) >= SENTENCE_LINK_PARAGRAPHS:
            for p in paragraphs:
                for a in list(p.iterchildren("a")):
                    a.drop_tag()


def is_linked_sentences(p: object) -> bool:
    """True for a <p> holding only links (two or more), each a whole sentence of four words or more."""
    if len(p) < 2 or (p.text or "").strip():
        return False
    links = list(p)
    if any(c.tag != "a" or (c.tail or "").strip() for c in links):
        return False
    return all(count_words(t := text_of(a)) >= 4 and t.endswith(LINK_SENTENCE_STOPS) for a in links)


NOSCRIPT_PROSE = 2  # paragraphs of 80+ characters that make a <noscript> fallback an article, not a notice


def is_sole_content(noscript: object) -> bool:
    """True for a <noscript> holding prose whose parent shows nothing else (scripts aside): a blog platform's post
    body written by a script, or a whole page in a no-JavaScript fallback."""
    parent = noscript.getparent()
    if parent is None or (parent.text or "").strip() or (noscript.tail or "").strip():
        return False
    prose = (p for p in noscript.iter("p") if len(text_of(p)) >= 80)
    if sum(1 for _ in zip(range(NOSCRIPT_PROSE), prose)) < NOSCRIPT_PROSE:
        return False  # (most <noscript>s hold a tracking pixel: no reading of the page around them)
    for sibling in parent:
        if sibling is not noscript and isinstance(sibling.tag, str) and sibling.tag not in ("script", "style") \
                and (raw_text(sibling).strip() or (sibling.tail or "").strip()):
            return False
    return True


PROSE_HEADING_WORDS = 12  # a sub-heading this long that ends in a full stop reads as a paragraph
PROSE_HEADING_STOPS = (".", "。", "।", "።")  # (a headline may end in "?" or a quote; no headline ends in a stop)
CLOSING_QUOTES = "\"'”’»)"  # after a sentence's stop: '... I could take it apart."'
PROSE_HEADINGS = 3  # such headings of one tag and class on a page: its paragraphs (one alone is a standfirst)


def demote_prose_headings(tree: object) -> None:
    """Turn <h2>-<h6> elements holding a sentence of 12+ words that ends in a full stop into paragraphs when a page
    has three or more of them with the same tag and class: page builders set every text widget in heading markup
    ("<h4 class=ds-text>A fire engine that spent ...</h4>"); a lone one under the headline is its standfirst."""
    found: dict[tuple, list] = {}
    for el in tree.iter("h2", "h3", "h4", "h5", "h6"):
        text = text_of(el)
        if text.rstrip(CLOSING_QUOTES).endswith(PROSE_HEADING_STOPS) and count_words(text) >= PROSE_HEADING_WORDS:
            found.setdefault((el.tag, el.get("class")), []).append(el)
    for group in found.values():
        if len(group) >= PROSE_HEADINGS:
            for el in group:
                el.tag = "p"


# Elements that may be hidden by markup (compiled once: an XPath string is compiled again at every call).
HIDDEN_MARKUP = etree.XPath(".//*[@hidden or contains(@style, 'none') or contains(@style, 'hidden')]")


def drop_hidden_inline(tree: object) -> None:
    """Remove inline elements a browser does not render (hidden attribute, display:none or visibility:hidden), keeping
    the text after them: anti-scraping decoys inside words ("h<i style='display:none'>z2</i>omes") and screen-reader
    copies. Hidden boxes stay for the later stages to judge (a collapsed story part may be revealed by a script)."""
    for el in HIDDEN_MARKUP(tree):
        if el.tag in INLINE_TAGS and hidden_by_markup(el, aria=False):
            drop(el)


def hover_cards(tree: object) -> list:
    """Pop-up cards nested in running text (a name's rollover: photo, name, their latest headlines): inline boxes
    inside a paragraph made of 3+ links, at least one headline-long, with next to no text of their own (innermost)."""
    found = []
    for p in tree.iter("p"):
        boxes = [box for box in p.iter("span", "div") if is_link_card(box) and has_text_outside(p, box)]
        found += [box for box in boxes if not any(other is not box and box in other.iterancestors() for other in boxes)]
    return found


def is_link_card(box: object) -> bool:
    """3+ links, one of headline length, and almost no other text."""
    links = list(box.iterdescendants("a"))
    return len(links) >= 3 and max(len(text_of(a)) for a in links) >= 30 and link_density(box) > 0.8


def has_text_outside(p: object, box: object) -> bool:
    """True when a paragraph has 40+ characters of text besides what one box holds."""
    return len(text_of(p)) - len(text_of(box)) >= 40


def unwrap_inline_blocks(tree: object) -> None:
    """Inline elements wrapped around blocks (tag soup: "<b><i><div>...") render as blocks: make them divs."""
    wrappers = [el for el in tree.iter(*INLINE_WRAPPERS)  # len(el) first: most inline elements are leaves (2x faster)
                if len(el) and next(el.iterdescendants(*BLOCK_TAGS), None) is not None]
    for el in wrappers:  # measured: twice as fast as one XPath over every element
        el.tag = "div"
    for link in [a for a in tree.iter("a") if len(a) and holds_story(a)]:
        link.tag = "div"  # a whole story inside one link (a site builder's "news card"): its text is no link text


STORY_PARAGRAPHS = 3  # paragraphs of prose (80+ characters) inside a link that make it a story, not a teaser card


def holds_story(link: object) -> bool:
    """True for a link wrapping three paragraphs of prose or more: a linked story card, not a teaser's summary."""
    found = 0
    for p in link.iterdescendants("p"):
        found += len(text_of(p)) >= 80
        if found >= STORY_PARAGRAPHS:
            return True
    return False


def is_layout_table(table: object) -> bool:
    """A table used for page layout (2000s sites): a cell holds prose or whole blocks, not a datum."""
    for cell in table.iter("td", "th"):
        if next(cell.iterdescendants("table", "p", "div"), None) is not None:
            return True
        if len(text_of(cell)) > 300:
            return True
    return False


def drop(el: object) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    try:
        el.drop_tree()
    except (AttributeError, ValueError):
        parent.remove(el)


STORY_H1_WORDS = 5  # a lone <h1> this long is a story's headline, over a box repeating the declared title (a post's
# text, a cluster's name)


CJK_TITLE_CHARS = 8  # characters of a Chinese or Japanese declared title that make it a headline, not a section's name


def find_title_element(tree: object, title: str | None, loose: bool = True) -> object | None:
    """The visible headline: the value a details list labels "Headline" above the story, else the <h1> matching the
    declared title, else (loose) another element matching it, else the first <h1>, else a classed headline. Not loose:
    the page declares itself a list (a story cluster), so a line repeating the list's name is no headline."""
    if (labelled := labelled_headline(tree)) is not None:
        return labelled
    h1s = [h for h in tree.iter("h1") if text_of(h) and not is_home_link(h)] \
        or [h for h in tree.xpath('//*[@role="heading"][@aria-level="1"]') if text_of(h)]  # an ARIA <h1>
    wanted = title_key(title) if title else ""
    keys = (wanted, *([unlabelled] if (unlabelled := without_label(wanted)) else []))
    for key in keys:  # ("Pétition : X" declared, "X" in the <h1>)
        for h in h1s:
            if key and key.startswith(title_key(text_of(h))):
                return h
    story_h1 = len(h1s) == 1 and count_words(text_of(h1s[0])) > STORY_H1_WORDS and not in_side_column(h1s[0])
    for key in keys if loose else ():
        if key and (len(key.split()) > 2 or len(patterns.CJK.findall(key)) >= CJK_TITLE_CHARS):  # a one- or two-word
            # <title> ("Ειδήσεις") names a section, not the story; a Chinese headline has few blanks
            for h in tree.iter("h2", "h3", "div", "p", "span"):
                if opens_like(h, key, title_key) and names_title(title_key(text_of(h)), key, h.tag) \
                        and not in_breadcrumb(h) and not (h1s and in_side_column(h)) \
                        and not (story_h1 and h.tag not in ("h2", "h3") and not is_inside(h, h1s[0])):
                    return h  # (a breadcrumb trail's last crumb repeats the title above everything else; a
                    # reader's table of contents names the issue, "Daily Digest #412", beside the story's <h1>)
    heads = [h for h in h1s if not is_outline_heading(h, h1s)]
    if heads and len(text_of(heads[0]).split()) > 3:
        return heads[0]
    marked = classed_headline(tree)  # no <h1>, or one that names a section or feed ("Your morning feed")
    if marked is not None:
        return marked
    return heads[0] if heads else None  # (<h1>s that only number a document's sections: the title is guessed)


LABELLED_PROSE = 2  # paragraphs of 80+ characters after a "Headline" value in its list: the story it heads


def labelled_headline(tree: object) -> object | None:
    """The <dd>/<td> a details list labels "Headline" / "Title" ("<dt>Headline</dt><dd>Lettings firm fined ...</dd>"),
    when the story's paragraphs follow it in the same list (a court-listings page, a syndication record)."""
    for label in tree.iter("dt", "th", "td"):
        value = label.getnext()
        if len(label) or value is None or value.tag not in ("dd", "td") \
                or not patterns.HEADLINE_LABEL.match(label.text or ""):
            continue
        words = count_words(text_of(value))
        prose = sum(1 for el in islice(value.itersiblings(), 40)
                    if el.tag in ("dd", "td", "p") and len(text_of(el)) >= 80)
        if 4 <= words <= 30 and prose >= LABELLED_PROSE:
            return value
    return None


def in_side_column(el: object) -> bool:
    """True for an element inside an <aside>, <nav> or <footer>."""
    return next(el.iterancestors("aside", "nav", "footer"), None) is not None


def without_label(key: str) -> str | None:
    """A declared title without the one- or two-word label before its colon ("naidheachd: muinntir ...", "news:
    ..."), when it has one: the page's own headline may not repeat it."""
    label, colon, rest = key.partition(": ")
    return rest if colon and 1 <= len(label.split()) <= 2 and len(rest.split()) > 2 else None


def is_outline_heading(h1: object, h1s: list) -> bool:
    """An <h1> that names a section of the page, not its story: a section header ("Coverage in brief") or one of two
    or more numbered <h1>s (a word processor's outline: "1. Coverage in brief", "2. Full text of the lead story")."""
    text = text_of(h1)
    if patterns.section_header_role(text) is not None:
        return True
    return bool(patterns.OUTLINE_NUMBER.match(text)) and sum(
        1 for h in h1s if patterns.OUTLINE_NUMBER.match(text_of(h))) >= 2


def names_title(key: str, wanted: str, tag: str) -> bool:
    """A heading that is the declared title, or (an <h2>/<h3>) most of it: a portal cuts the <title>'s long
    headline short on the page ("... devient une « épicerie sans caissier »" for "... sans caissier ouverte jour
    et nuit")."""
    if key == wanted:
        return True
    return tag in ("h2", "h3") and wanted.startswith(key) and len(key) >= 0.75 * len(wanted) and len(key.split()) >= 4


def title_key(text: str) -> str:
    """A headline as compared with the declared title: normalized, quotes of every kind dropped and dashes made
    plain (the <title> says "It's" and "x", the <h1> "It’s" and « x »), letters composed (the page's text may
    spell "й" as "и" and a combining breve, its <title> not)."""
    text = text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    return " ".join(norm(text).translate(patterns.PLAIN_PUNCTUATION).split())


def is_home_link(heading: object) -> bool:
    """A heading that is all one link to the site's front page: the logo's name (Blogger's <h1>), not a headline."""
    link = heading.find(".//a[@href]")
    if link is None or text_of(link) != text_of(heading):
        return False
    return urlsplit(link.get("href").strip()).path in ("", "/")


def opens_like(el: object, wanted: str, key: Callable[[str], str] = norm) -> bool:
    """Cheap test before reading a whole element: its first words are the start of `wanted` (as `key` makes them)."""
    first = el.text
    if not first or first.isspace():
        first = next((t for t in el.itertext() if t and not t.isspace()), "")
    return wanted.startswith(key(first[:2 * len(wanted) + 8]))  # a cut text normalises to a prefix of the whole


def classed_headline(tree: object) -> object | None:
    """The headline marked by its classes or id ("story-title", "article-headline", "entry-title") when the page
    declares no title that is on it; the one right above the most prose wins."""
    marked = [el for el in tree.iter("h1", "h2", "h3", "div", "p", "span")
              if (el.get("class") or el.get("id")) and class_tokens(el) & patterns.HEADLINE_TOKENS and is_headline(el)]
    if not marked:
        return None
    _first, best = main_candidates(tree, None)
    if best is None:
        return marked[0]
    best_key = doc_key(best)
    before = [el for el in marked if doc_key(el) < best_key or best in el.iterancestors()]
    return before[-1] if before else marked[0]


def guess_title_element(tree: object, prose: object | None) -> object | None:
    """Without an <h1> or a declared title seen on the page: the last emphasized headline-like line before the prose."""
    if prose is None:
        return None
    best = plain = None
    for el in prose.getroottree().getroot().iter():
        if not isinstance(el.tag, str):
            continue
        if (el.tag in HEADLINE_TAGS or looks_big(el)) and is_headline(el):
            best = el
        elif el.tag in PLAIN_HEADLINE_TAGS and not any(isinstance(c.tag, str) for c in el) and is_headline(el):
            plain = el  # a plain box of headline shape (a GWT label): only when nothing is emphasized
        long_text = len((el.text or "").strip()) >= 80 and el.tag not in HEADLINE_TAGS
        if (long_text or len((el.tail or "").strip()) >= 80) and (el is prose or prose in set(el.iterancestors())):
            break
    return best if best is not None else plain


def looks_big(el: object) -> bool:
    """Styled as a headline inline: a font size of 20px / 1.3em or more ("font-size:26px;font-weight:bold")."""
    match = patterns.BIG_FONT.search(el.get("style") or "")
    if not match:
        return False
    size, unit = float(match.group("size")), match.group("unit").lower()
    return size >= (20 if unit == "px" else 15 if unit == "pt" else 1.3)


def is_headline(el: object) -> bool:
    """A short, unlinked, sentence-less line of several words: how headlines look."""
    text = text_of(el)
    return (15 <= len(text) <= 200 and len(text.split()) >= 3 and date_in(text) is None
            and parse_meta(text) is None and not patterns.SOURCE_START.match(text)
            and not patterns.BYLINE_PREFIX.match(text) and not re.search(r"[.:!?]$", text)
            and el.find(".//a") is None and not in_link(el))


def in_link(el: object) -> bool:
    """True when el sits inside a link (a teaser or a menu entry, not a headline)."""
    return any(anc.tag == "a" for anc in el.iterancestors())


LEAD_SEPARATORS = "·|•–— "  # what stays of a row whose logo (an image) came first: "· пре 2 сата"


def read_byline(title_el: object | None) -> Byline:
    """Outlet, time and author from the short lines next to the headline (parsed as a text dump's meta lines)."""
    if title_el is None:
        return Byline()
    found: dict[str, str] = {}
    bare: list[str] = []
    used = []
    lines = [(el, line) for el, line in nearby_lines(title_el) if not patterns.FOLLOW_BUTTON.match(line)]
    for n, (el, line) in enumerate(lines):
        if el is None or len(line) > 120 or patterns.CAPTION_LINE.match(line) or in_breadcrumb(el) \
                or patterns.FILE_NAME_TEXT.search(line):
            continue
        if fill_from_classed_spans(el, found):
            if "publisher" not in found and (logo := logo_alt(el)) is not None:
                found["publisher"] = logo  # "<img class=byline__logo alt='The X Ledger'> <span class=author>By Y"
            used.append(el)
            continue
        if el.tag == "th" and in_header_row(el):  # a label in a metadata table's header: "title | outlet | date"
            if patterns.SOURCE_LABEL.match(line) and (value := column_value(el)) and plausible_outlet(value):
                found.setdefault("publisher", value)  # (a rendered front matter: "outlet" over "The Harwick Examiner")
            continue
        if patterns.SOURCE_LABEL.match(line) and n + 1 < len(lines) and lines[n + 1][0] is not None \
                and plausible_outlet(lines[n + 1][1]) and is_name(lines[n + 1][1], 6):
            found.setdefault("publisher", lines[n + 1][1])  # "<dt>Źródło</dt><dd>Tygodnik X</dd>"
            used.append(el)
            continue
        meta = parse_meta(line.lstrip(LEAD_SEPARATORS) if line[:1] in LEAD_SEPARATORS else line)  # ("<img alt=X> · 2h")
        if meta is None:
            right_after_title = n > 0 and lines[n - 1][0] is None
            if looks_like_outlet(line) and (next_to_meta(lines, n) or right_after_title) and not link_row(el):
                if section_kicker(el, line):
                    pass  # the desk's label ("Uudised", "Category: Local News"): head furniture, no outlet
                elif (profile := profile_link(el)) is not None and is_name(text_of(profile), 5):
                    found.setdefault("author", text_of(profile))  # "<a href=/user/x>x</a>": a person ("Post author X")
                elif (writer_above_date(lines, n) or writer_below_date(lines, n)) \
                        and not class_tokens(el) & patterns.BYLINE_OUTLET_TOKENS:
                    found.setdefault("author", line)  # "Tomasz Rudd" / "Mar 11, 2025": the writer, not an outlet
                    # (a box classed "source" over the date names the outlet: "<div class=pb-source>Sonoran Desk")
                elif next_to_meta(lines, n):
                    bare.insert(0, bare_outlet(el, line))  # the name next to the byline comes first
                else:
                    bare.append(bare_outlet(el, line))
                used.append(el)
            continue
        fill_from_meta(el, line, meta, found)
        used.append(el)
    if (level := found.pop("read_row", None)) is not None:
        found.setdefault("publisher", level)  # (the reading-time row's name only when no other row names an outlet)
    return byline_of(found, bare, tuple(used) + kickers(lines))


def fill_from_meta(el: object, line: str, meta: Meta, found: dict[str, str]) -> None:
    """Fill outlet, time and author (first come first kept) from one meta line near the headline, read in its box."""
    if meta.kind == "sep" and meta.outlet and not meta.author and dateline_place(line):
        meta = replace(meta, outlet=None)  # "Hamburg, 2. November 2021": the dateline's place
    if meta.time and not meta.outlet and (logo := logo_alt(el)) is not None:
        meta = replace(meta, outlet=logo)  # "<img alt='Lumen Presse'> Publié le 14 mai 2025": the outlet's logo
        # (also before "By X · date": the publisher's mark in the writer's row)
    if meta.kind == "sep" and meta.outlet and not meta.author and marked_byline(el):
        meta = replace(meta, author=meta.outlet, outlet=None)  # <div class=byline>Name · date</div>: a writer
    author, outlet = split_author_outlet(meta.author)
    if meta.outlet and "sep" in found and found.get("publisher") == found["sep"] and patterns.VIA_PREFIX.match(line):
        found.setdefault("author", found.pop("publisher"))  # "Name · date" over "via Outlet · 3h": the name was
        del found["sep"]  # the writer's, the outlet is the one named "via"
    if meta.kind == "sep" and meta.outlet and not author and "publisher" not in found:
        found["sep"] = clean_outlet(meta.outlet) or ""
    level = not meta.time and reading_time_row(line)  # "Poziom B1 · 2 min czytania": a level or a desk, first
    for key, value in (("published", meta.time), ("author", author),
                       ("read_row" if level else "publisher", outlet or meta.outlet)):
        if value and key not in found and (key != "publisher" or plausible_outlet(clean_outlet(value))):
            found[key] = clean_outlet(value) if key == "publisher" else value  # ("Shared by X in Y · 2h" over the
            # headline holds no outlet: the credit row under it does)


def section_kicker(el: object, line: str) -> bool:
    """True for the desk's kicker over a headline: a box whose class names a section, or a link (the line's whole
    text) to a one-segment section path ("<p class=article__section><a href=/uudised/>Uudised</a></p>")."""
    if patterns.KICKER_CLASS.search(el.get("class") or ""):
        return True
    link = el if el.tag == "a" else next(el.iter("a"), None)
    return link is not None and text_of(link) == line and patterns.SECTION_PATH.match(link.get("href") or "") is not None


def bare_outlet(el: object, line: str) -> str:
    """The outlet a short line near the headline names: a credit in one of its boxes alone when there is one ("<span>Full
    article from X</span> <span>Center</span>": the chip after it is no part of the name), else the line cleaned."""
    credit = credited_in(el) if patterns.SOURCE_START.match(line) else None
    return credit[0] if credit else clean_outlet(line) or ""


def in_header_row(cell: object) -> bool:
    """True for a cell in a row of header cells only (labels over a row of values, not "<th>By:</th><td>X</td>")."""
    row = cell.getparent()
    return row is not None and all(c.tag == "th" for c in row if isinstance(c.tag, str))


def column_value(th: object) -> str | None:
    """The text of the cell under a header cell, in the table's next row (a one-row table of values)."""
    row = th.getparent()
    if row is None or row.tag != "tr":
        return None
    column = [c for c in row if isinstance(c.tag, str)].index(th)
    body_row = row.getnext()
    if body_row is None:
        section = row.getparent()
        after = section.getnext() if section is not None and section.tag in ("thead", "tbody") else None
        body_row = next(after.iter("tr"), None) if after is not None else None
    cells = [c for c in body_row if isinstance(c.tag, str)] if body_row is not None else []
    return text_of(cells[column]) if column < len(cells) else None


def link_row(el: object) -> bool:
    """A row of two or more links and nothing else but separators ("Water · Veldt County · Infrastructure": topic
    tags over the headline), no outlet's name."""
    links = [t for a in el.iter("a") if (t := text_of(a))]
    return len(links) >= 2 and sum(len(t) for t in links) + 3 * (len(links) - 1) >= len(text_of(el)) - 2


def profile_link(el: object) -> object | None:
    """The line's one link when it leads to a user's profile ("/user/quietcartographer/", "/u/x", "/@x"): a person."""
    links = [el] if el.tag == "a" else list(el.iter("a"))
    return links[0] if len(links) == 1 and patterns.PROFILE_HREF.search(links[0].get("href") or "") else None


def overridden_writer(byline: Byline, publisher: str | None, meta: Metadata) -> str | None:
    """The name of a bare "Name | date" row once an explicit credit named the outlet: the writer ("Mari-Liis Kask |
    12. juuni 2025, 08:15" over "via Vaiksaare Sõnumid"), when it reads as a person's name and not as the site's
    own ("Handball Schweiz" on handball.ch)."""
    name = byline.publisher if byline.weak and publisher and byline.publisher != publisher else None
    if name is None or not is_person_name(name) or meta.author and not same_name(name, meta.author):
        return None  # (the page's metadata names another writer: "Business News" is a channel, not a person)
    own = (host_name(meta.url) or "").removeprefix("www.").split(".")[0]
    return None if own and own in "".join(name.split()).casefold() or meta.site and same_name(name, meta.site) else name


def byline_of(found: dict[str, str], bare: list[str], elements: tuple) -> Byline:
    """The Byline the head's lines gave. A bare "Name · date" row beside a lone outlet line ("Kurier X" above the
    headline) names the writer; alone, its name is a weak publisher that an explicit source line overrides."""
    sep = found.get("sep") and found.get("sep") == found.get("publisher")
    outlets = [b for b in bare if plausible_outlet(b)]
    if sep and outlets and patterns.HOST_NAME.match(outlets[0]) and spells_host(found["publisher"], host_core(outlets[0])):
        outlets = []  # a link card's "dobrucasesi.example" over "Dobruca Sesi · 15.12.2026": the row names the outlet
    if sep and outlets and "author" not in found:
        return Byline(outlets[0], found.get("published"), found["publisher"], elements)
    named = [found.get("publisher"), *bare]
    publisher = next((b for b in named if plausible_outlet(b)), None)
    person = publisher is not None and publisher != found.get("publisher") and "author" not in found \
        and is_person_name(publisher)  # a bare "Marisol Ibarra" line: more likely the writer than the outlet
    return Byline(publisher, found.get("published"), found.get("author"), elements,
                  weak=bool(sep) and publisher == found.get("publisher") or person)


def logo_alt(el: object) -> str | None:
    """The alt text of the one image in a dateline row, when it reads as an outlet's name (its logo)."""
    images = [img for img in el.iter("img") if (img.get("alt") or "").strip()]
    if len(images) != 1:
        return None
    img = images[0]
    if not logo_marked(img):
        return None  # an avatar beside a date names a writer, not an outlet
    alt = " ".join(img.get("alt").split())
    return alt if is_name(alt, 5) and plausible_outlet(alt) and not patterns.LOGO_LINE.match(alt) else None


def marked_byline(el: object) -> bool:
    """True when the element or its parent is classed as a byline or author row ("reader-byline", "author-meta")."""
    for node in (el, el.getparent()):
        if node is not None and class_tokens(node) & patterns.BYLINE_ROW_TOKENS:
            return True
    return False


def in_breadcrumb(el: object, depth: int = 4) -> bool:
    """True inside a breadcrumb trail (class/id "breadcrumb(s)", schema.org BreadcrumbList): its last crumb, the
    section name right above the headline, is no outlet."""
    for _ in range(depth):
        if el is None:
            return False
        marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemtype') or ''}".lower()
        if "crumb" in marks:
            return True
        el = el.getparent()
    return False


def writer_above_date(lines: list[tuple[object | None, str]], n: int) -> bool:
    """A short personal name under the headline, right above a line that is only a date or time."""
    below_title = any(el is None for el, _ in lines[:n])
    if not below_title or n + 1 >= len(lines) or lines[n + 1][0] is None or len(lines[n][1].split()) > 4:
        return False  # above the headline, "CBS News" / "2h" is the outlet's logo row
    if patterns.SECTION_LABEL.match(lines[n][1]):
        return False  # the desk's label over the date ("Kotimaa" / "19.2.2020 klo 14.00")
    below = parse_meta(lines[n + 1][1])  # a date, maybe with a reading time ("14 mrt 2025 • 2 min leestijd")
    return below is not None and bool(below.time) and not below.outlet and not below.author


def writer_below_date(lines: list[tuple[object | None, str]], n: int) -> bool:
    """A person's name right below a line that is only a date, under a headline that has an outlet's name (a
    logo's alt) above it: "Šilėnų aidas" / headline / "2025-06-12 09:14" / "Rūta Jankauskienė"."""
    marker = next((k for k, (el, _) in enumerate(lines) if el is None), None)
    if marker is None or not marker < n - 1 or lines[n - 1][0] is None:
        return False
    above = parse_meta(lines[n - 1][1])
    return above is not None and bool(above.time) and not above.outlet and not above.author \
        and is_person_name(lines[n][1]) and any(looks_like_outlet(line) for el, line in lines[:marker] if el is not None)


def fill_from_classed_spans(el: object, found: dict[str, str]) -> bool:
    """Author and outlet from a byline's child spans named by their classes; the time from the rest of the line."""
    spans = classed_spans(el)
    if not spans:
        return False
    rest = parse_meta(" · ".join(text_of(c) for c in el if isinstance(c.tag, str) and c not in spans.values()))
    if rest is not None and rest.time:
        found.setdefault("published", rest.time)
    for key, child in spans.items():
        found.setdefault(key, clean_outlet(text_of(child)) if key == "publisher" else unprefixed(text_of(child)))
    tail = " ".join((spans["author"].tail or "").split()) if "publisher" not in spans and "author" in spans else ""
    if (m := patterns.WRITING_FOR.match(tail)) and is_name(m.group("name"), 6) and plausible_outlet(m.group("name")):
        found.setdefault("publisher", m.group("name"))  # "By <a class=author>X</a> FOR THE Y": the loose text after
    return True


def classed_spans(el: object) -> dict[str, object]:
    """The child spans of a byline row whose classes name them the author or the outlet ("entry__feed"); a span named
    both ("cr-press__author": the block's "press", the element's "author") is the author's only."""
    spans: dict[str, object] = {}
    for child in el:
        if isinstance(child.tag, str) and text_of(child):
            tokens = class_tokens(child) | {t.split("__")[-1] for t in class_tokens(child)}
            for key, vocab in (("author", patterns.BYLINE_AUTHOR_TOKENS), ("publisher", patterns.BYLINE_OUTLET_TOKENS)):
                if tokens & vocab and is_name(text_of(child)) and (
                        key == "author" or plausible_outlet(text_of(child))):  # (a "+ Follow" button is no outlet)
                    if key not in spans:
                        spans[key] = child
                    break
    return spans


def unprefixed(name: str) -> str:
    """A writer's name without its byline particle or a separator left after it ("nga Arta Kelmendi", "By X -")."""
    by = patterns.TEXT_BYLINE.match(name)
    return by.group("name").strip(" -–—|·•,") if by is not None and is_name(by.group("name")) else name


def author_boxes(scope: object | None, byline: Byline, title_el: object | None) -> tuple:
    """Author bio boxes: a small block whose heading line is the byline's author name (name, photo, one-line bio)."""
    if scope is None or not byline.author:
        return ()
    name, boxes = norm(byline.author), []
    header = set(byline.elements) | ({title_el} if title_el is not None else set())
    for el in scope.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div", "a"):
        if not opens_like(el, name) or norm(text_of(el)) != name or header & {el, *el.iterancestors()}:
            continue
        box = el
        while (box.getparent() is not None and box.getparent() is not scope and len(text_of(box.getparent())) < 400
               and not header & set(box.getparent().iter())):
            box = box.getparent()
        if box is not el and box not in boxes:
            boxes.append(box)
    return tuple(boxes)


def kickers(lines: list[tuple[object | None, str]]) -> tuple:
    """Up to three short lines right above the headline in its header block: kickers, section labels, crumbs."""
    marker = next((n for n, (el, _) in enumerate(lines) if el is None), 0)
    above = lines[max(0, marker - 3):marker]
    if len(lines[:marker]) > 3 or any(len(line) > 80 for _, line in above):
        return ()
    return tuple(el for el, _ in above)


def next_to_meta(lines: list[tuple[object | None, str]], n: int) -> bool:
    """True when a neighbouring line (on the same side of the title) is a time or byline: then a bare name is the outlet."""
    if any(0 <= k < len(lines) and lines[k][0] is not None and len(lines[k][1]) <= 120
           and parse_meta(lines[k][1]) is not None for k in (n - 1, n + 1)):
        return True
    # right above the headline, with a byline right below it: "Outlet logo / Headline / Reporter · date"
    below = n + 2
    return (n + 1 < len(lines) and lines[n + 1][0] is None and below < len(lines) and lines[below][0] is not None
            and len(lines[below][1]) <= 120 and parse_meta(lines[below][1]) is not None)


NEAR_LINES, NEAR_ABOVE = 8, 5  # lines read around a headline, and how many of them may lie above it


def nearby_lines(title_el: object) -> list[tuple[object, str]]:
    """Short lines in the headline's own header block (siblings of the title, or of its wrapper)."""
    scope, size = title_el.getparent(), len(text_of(title_el))
    while scope is not None and short_text(scope, size + 19) is not None and scope.getparent() is not None:
        scope = scope.getparent()
    if scope is None or short_text(scope, size + 600) is None:
        scope = title_el.getparent()
    lines = header_lines(title_el, leaf_lines(scope, logos=True) if scope is not None else [])
    if len(lines) <= 1:  # the headline sits alone in its wrapper: read the wrapper's next siblings instead
        lines = header_lines(title_el, sibling_lines(title_el))
    at = next((n for n, (el, _) in enumerate(lines) if el is None), 0)
    start = at - NEAR_ABOVE if at >= NEAR_LINES else 0  # (a flat page's cookie sheet or menu above the headline
    return lines[start:start + NEAR_LINES]  # filled the window: the lines under the headline were never read)


def header_lines(title_el: object, found: list[tuple[object, str]]) -> list[tuple[object | None, str]]:
    """Leaf lines around a headline, the headline itself as (None, ""), containers' own text left out."""
    lines: list[tuple[object | None, str]] = []
    title = norm(text_of(title_el))
    for el, line in found:
        if el is title_el or norm(line) == title:
            lines.append((None, ""))  # the title itself: neighbours across it are not adjacent
            continue
        if short_text(el, len(line) + 20) is None:
            continue  # a container's own text: dropping it would take its children along
        if el.tag == "nav" or next(el.iterancestors("nav"), None) is not None:
            continue  # a menu's item next to the headline (a wiki's "Article | Talk" tabs) is no byline
        lines.append((el, line))
    return lines


def sibling_lines(title_el: object) -> list[tuple[object, str]]:
    """Leaf lines of the headline's wrapper and of the next few siblings after it, up to the first prose."""
    wrapper = title_el
    while wrapper.getparent() is not None and len(text_of(wrapper.getparent())) < len(text_of(title_el)) + 20:
        wrapper = wrapper.getparent()
    previous = wrapper.getprevious()
    found = logo_row(previous) if previous is not None else []  # an outlet's logo in the row above the headline
    found += leaf_lines(wrapper, logos=True)
    for sibling in list(wrapper.itersiblings())[:6]:
        if not isinstance(sibling.tag, str):
            continue
        for el, line in leaf_lines(sibling, logos=True):
            if len(line) > 200:
                return found
            found.append((el, line))
    return found


def logo_row(row: object) -> list[tuple[object, str]]:
    """A row holding only an outlet's logo: its alt text as the row's one line (a GWT or table page's row above
    the headline); nothing for any other row."""
    if not isinstance(row.tag, str) or text_of(row) or (logo := logo_alt(row)) is None:
        return []
    return [(row, logo)]


def looks_like_outlet(line: str) -> bool:
    """A short name-like line (an outlet), not a sentence, caption or control label."""
    line = line.strip()
    if not 2 <= len(line) <= 60 or re.search(r"[.!?:。！？．]$", line) or len(line.split()) > 7:
        return False
    if patterns.CJK.search(line) and len(line) > 20 or re.search(r"[，、,;；]", line):
        return False  # a clause, not a name
    if not re.search(r"[^\W\d_]", line) or date_in(line) is not None:
        return False
    return not (patterns.INLINE_NOISE.match(line) or patterns.section_header_role(line) or patterns.SECTION_LABEL.match(line)
                or patterns.TEXT_ORIGINAL_LINK.match(line) or patterns.SHARE_BAR.match(line)
                or patterns.CLOSING_PROMO.match(line) or patterns.READ_TIME.match(line)
                or patterns.TEXT_BYLINE.match(line)  # "เขียนโดย X", "Written by X": a writer's credit
                or patterns.COVERAGE_CHROME.match(line)  # "17 sources" under a coverage page's headline
                or patterns.TEXT_PROMO_LINE.match(line))  # an AI box's title under the byline: "Ask Riverfeed AI"


def name_before_stop(name: str) -> str:
    """The name up to its first full stop and blank, past a place's abbreviation ("St. Louis Post-Dispatch")."""
    start = 0
    while (stop := name.find(". ", start)) >= 0:
        if name[:stop].rsplit(" ", 1)[-1] not in patterns.NAME_ABBREVIATIONS:
            return name[:stop]
        start = stop + 2
    return name


def clean_outlet(name: str) -> str | None:
    """Drop 'logo', 'Follow', 'Source:' and doubled names from an outlet label ('CNBCCNBC Follow' -> 'CNBC')."""
    source = patterns.SOURCE_LINE.match(name) or patterns.REPRINT_LINE.search(name)
    name = unquoted(source.group("name") if source else name)  # "«X» qəzeti" -> "X"
    name = patterns.META_SEPARATOR.split(name.strip(" ·•|-–—"))[0]  # "Kurier | 12.05.2025 | Von X" -> "Kurier"
    name = name_before_stop(without_unknown_date(name).rstrip(" ."))  # "Outlet. Read the original": a link after it
    # (the date first: "X on Nov. 4, 2025." holds a full stop of its own)
    name = undouble(patterns.OUTLET_NOISE.sub("", name).strip(" ·•|-–—"))
    name = without_from(name)  # "From The Latah Creek Courier"
    name = patterns.PRESS_KIND_TAIL.sub("", without_trailing_symbols(name))  # "X దినపత్రిక" -> "X"; "X 👇" -> "X"
    return unquoted(undated_name(name.rstrip("."))) or None  # ("«X» гезити, 14-январь, 2026": quotes after the date)



def find_source_line(tree: object, sections: list[Section] = (), **options: object) -> str | None:
    """The outlet named by the page's credit line (find_source_credit), if any."""
    return find_source_credit(tree, sections, **options)[0]


def find_source_credit(tree: object, sections: list[Section] = (), chinese: bool = True, links_out: bool = True,
                       follow: bool = True, scope: object | None = None,
                       link_rows: bool = True, rated: bool = True) -> tuple[str | None, bool]:
    """(outlet, labelled): the outlet named by a 'Source: X' / 'Provided by X' / 'Originally published by X' line (or, on
    a page with a CJK title, a Chinese reprint notice; links_out / follow: a link or a "+ Follow X" button naming the
    outlet may be on the page; link_rows: a link post's "Link: host/path" row may be; rated: a coverage page's
    "Center · High factuality" row may be; last, an author bio in the
    article's scope); labelled when a label and a colon name it ("Source: X", "출처 : X"). A teaser's own "Source: X"
    row in a related list is not the page's."""
    aside = {e for s in set_aside(sections) for e in s.elements}
    weak: tuple[str, bool] | None = None
    for el in source_line_candidates(tree):
        if el.tag not in SOURCE_LINE_TAGS or len(el) > 4 and sum(1 for c in el if c.tag != "br") > 4:
            continue  # (a box of many elements is no credit line; <br>s split a caption's lines, they add none)
        if len(el) == 0 and el.tag != "a" and is_card_label(el.text or "") and (named := labelled_name(el)) is not None:
            return named, tidy_outlet(named)  # a source card anywhere: "<div>Source</div><div>The Harbour Tribune</div>"
        if (named := logo_credit(el)) is not None:
            return named, False  # "Story via <img alt='Backline Magazine'>": the logo names the outlet
        if any(node in aside for node in (el, *el.iterancestors())) \
                and not patterns.ORIGINAL_CREDIT.match(unemoji(el.text or "")) and not details_credit(el):
            continue  # (a reader view's footnote list still credits the original: "Original article: X — url"; a
            # docs theme's sidebar lists the post's date, tags and "نقلاً عن: X")
        if (credit := credited_in(el)) is not None and (el.tag != "a" or names_link_host(el, credit[0])):
            if not credit[1] and patterns.WEAK_CREDIT.match(text_of(el)):
                weak = weak or credit  # "Theo X" under a Vietnamese headline is as often the writer: a labelled
                continue  # credit further down ("Nguồn: X") comes first
            return credit  # (a link credits only the site it leads to: "Jatorrizko albistea: X ↗" to x.example)
    if weak is not None:
        return weak
    return near_credit(tree if scope is None else scope) or (rated_outlet(tree) if rated else None) \
        or (reprint_source(tree) if chinese else None) \
        or (more_link_outlet(tree) if links_out else None) \
        or (follow_button_outlet(tree) if follow else None) or partner_outlet(tree) \
        or (link_row_outlet(tree) if link_rows else None) \
        or bio_outlet(tree if scope is None else scope), False


DETAILS_CREDIT_CHARS = 100  # a details list's credit item: "Syndicated from Orkney Tidings · by Ewan Rendall"


def details_credit(el: object) -> bool:
    """True for a "Label: Outlet" item in a post's details list (date, tags, reading time, source) that holds no
    link: the page's own credit, even where a sidebar holds it; a teaser card's "Source: X" row sits by its link."""
    box = el.getparent()
    if box is not None and box.tag not in ("ul", "ol", "dl"):
        box = box.getparent()
    text = text_of(el)
    return box is not None and box.tag in ("ul", "ol", "dl") and next(box.iter("a"), None) is None and (
        patterns.labelled_credit(text) or len(text) <= DETAILS_CREDIT_CHARS
        and patterns.SOURCE_START.match(text) is not None)  # ("Syndicated from X · by Y")


RATING_TEXTS = etree.XPath("//text()[contains(., 'actuali')]")  # "factuality", "factualidad", "factualidade"


def rated_outlet(tree: object) -> str | None:
    """The outlet a coverage comparison rates beside its story ("Nickel Belt Observer" "Center · High factuality")."""
    for text in RATING_TEXTS(tree):
        row = text.getparent()
        box = row.getparent() if row is not None and len(text_of(row)) < 40 else row  # (name and rating in spans)
        if box is not None and (rated := patterns.OUTLET_RATING_ROW.match(text_of(box))) is not None \
                and is_name(rated.group("name"), 6):
            return clean_outlet(rated.group("name"))
    return None


def logo_credit(el: object) -> str | None:
    """The outlet a credit label names by a logo right after it ("Story via" <img alt="Backline Magazine">)."""
    if not 0 < len(el) <= 2 or not patterns.LOGO_CREDIT_LABEL.match(el.text or ""):
        return None
    logo = el[0]
    alt = (logo.get("alt") or "").strip() if logo.tag == "img" else ""
    return alt if alt and plausible_outlet(alt) and not patterns.FILE_NAME_TEXT.search(alt) else None


def credited_in(el: object) -> tuple[str, bool] | None:
    """(outlet, labelled) for the 'Source: X' line in el (labelled: a colon ends the label); a child box that credits
    alone wins over the row around it ("via Vaiksaare Sõnumid" among the topic chips "transport", "Vaiksaare vald")."""
    for node in (*[c for c in el if c.tag in SOURCE_LINE_TAGS and c.tag != "a" and len(el) > 1], el):
        raw = raw_text(node)
        lines = [" ".join(raw.split())] if len(raw) <= 400 else []
        lines += lined_text(node).split("\n") if next(node.iterchildren("br"), None) is not None else []
        for line in (part for line in lines for part in source_sentences(line)):
            if (found := credit_of(line)) is not None:
                return found
        for first in (first_sentence(unemoji(line)) for line in lines):  # a bot's footer: "Source: X. This
            if first and (found := credit_of(first)) is not None and tidy_outlet(found[0]):  # community requires ..."
                return found  # (a citation's first "sentence" is no outlet: "Quelle Hilimire, Matthew R. et al.")
    return None


RIGHTS_CHARS = 200  # a rights line: "© 2026 X. All rights reserved. Distributed by Y."
RIGHTS_TEXTS = etree.XPath(".//text()[contains(., '©') or contains(., 'ⓒ') or contains(., 'opyright')]")


def distributed_rights(scope: object | None, meta: Metadata) -> str | None:
    """The holder a rights line inside the story's own box names when it says another party distributes the story
    ("© 2026 Penobscot Evening Ledger. All rights reserved. Distributed by Leafstand." on Leafstand): the paper, not
    the platform (a bare "© Getty Images" under a picture credits the picture)."""
    if scope is None or scope.tag in ("html", "body"):
        return None
    for node in RIGHTS_TEXTS(scope):  # (the text nodes holding a © sign: one XPath, not every box's text)
        el = node.getparent()
        text = short_text(el, RIGHTS_CHARS) if el is not None and len(el) <= 2 else None
        if text and text[:1] in "©ⓒ(C" and patterns.DISTRIBUTED_BY.search(text) \
                and (m := patterns.COPYRIGHT_OUTLET.match(text)) \
                and is_name(name := m.group("name").strip(), 6) and plausible_outlet(name) \
                and not (meta.site and same_name(name, meta.site)):
            return name
    return None


def footer_content_credit(sections: list[Section]) -> str | None:
    """The outlet an explicit content credit in the page's footer names ("This guide was first published by X and
    is republished with permission. ..."): a republisher's standing note, read when nothing nearer credits one."""
    for section in sections:
        for el in (e for root in section.elements if root.tag == "footer" for e in root.iter("p", "div", "small")):
            text = " ".join(text_of(el).split())
            if len(el) <= 3 and (sentence := credit_sentence(text)) and (found := credit_of(sentence)) is not None:
                return found[0]
    return None


def credit_of(line: str) -> tuple[str, bool] | None:
    """(outlet, labelled) when the line is a credit line naming a plausible outlet (not "Full story on the
    publisher's site", not a date); labelled: a colon ends its label, or the label says the story first appeared there,
    and the name is tidy."""
    match = patterns.SOURCE_LINE.match(line)
    label = line[:match.start("name")] if match is not None else ""
    if match is None or not plausible_outlet(named := clean_outlet(first_part(match.group("name"))),
                                             labelled=":" in label or "：" in label):
        return None
    said = ":" in label or "：" in label or patterns.CONTENT_CREDIT.match(line) is not None \
        or label.strip().lower() == "via"  # ("first appeared in X"; "via X · 23 de dezembro de 2026" over the story)
    return named, said and tidy_outlet(named)



def first_part(name: str) -> str:
    """The name before the rest of its row ("Hanácké listy dnes · Autor: Tereza Vašíčková · 27. 11. 2026")."""
    return patterns.ROW_PARTS.split(name, maxsplit=1)[0]


def tidy_outlet(name: str) -> bool:
    """A name shaped like an outlet's alone: six words at most, no digit, no list or citation punctuation, not opening
    in lower case (not "Hilimire, Matthew R", "Statistik (Stand: 5", "und Kontaktadresse:X")."""
    return len(name.split()) <= 6 and not name[:1].islower() and not any(c.isdigit() or c in ",;:()©@" for c in name)


SOURCE_LINE_CHARS = 240  # a credit line opening with a source word, read whole up to this length (a republishing
# note runs long: "First published in the newspaper X and republished here under an open CC BY 4.0 licence.")


def source_sentences(line: str) -> list[str]:
    """The parts of a short line that may credit the source: the whole line when it opens with a source word (up to
    140 characters), and its last sentence ("Translated automatically. Original article: The Meranti Post.")."""
    line = unemoji(line)  # "🔗 منبع: X"
    found = [line] if len(line) <= SOURCE_LINE_CHARS and patterns.SOURCE_START.match(line[:120]) else []
    if not found and len(line) <= 140 and "|" in line:  # a kicker row: "Общество | Източник: Родопски глас"
        found = [part.strip() for part in line.split("|")[1:] if patterns.SOURCE_START.match(part.strip()[:120])]
    last = last_sentence(line) if len(line) <= 300 else None
    return found + [last] if last and patterns.SOURCE_START.match(last[:120]) else found


def first_sentence(text: str) -> str | None:
    """The first sentence of a line of two or more, when it is short (None otherwise)."""
    first, sep, rest = text.partition(". ")
    return first if sep and rest.strip() and len(first) <= 80 else None


def partner_outlet(tree: object) -> str | None:
    """The outlet a breadcrumb through the partner section names ("Accueil › Partenaires › Le Courrier › Société"):
    the trail is the line (up to three boxes up) around the crumb link naming the partner section."""
    for link in tree.iter("a"):
        crumb = (link.text or "").lower()
        if not any(w in crumb for w in patterns.PARTNER_WORDS):
            continue
        node = link.getparent()
        for _ in range(3):
            line = short_text(node, 240) if node is not None else None
            if line is None:
                break
            if (named := partner_crumb(line)) is not None:
                return named
            node = node.getparent()
    return None


CRUMB_REACH = 6  # boxes before the headline searched for a crumb trail ending in a paper's name


def crumb_paper_above(title_el: object | None) -> str | None:
    """The last item of a crumb trail above the headline when it reads as a paper's name."""
    if title_el is None:
        return None
    for el in title_el.xpath("preceding::*[self::div or self::p or self::nav or self::ol or self::ul][position() <= $n]",
                             n=CRUMB_REACH):
        if (line := short_text(el, 120)) and (paper := trail_paper(line)):
            return paper
    return None


def declared_name_of_host(publisher: str | None, declared: str | None) -> str | None:
    """The page's declared source name for a publisher found only as a host ("mariukrantas.example" and JSON-LD's
    sourceOrganization "Marių krantas"), when the host spells that name; else the publisher as found."""
    if publisher and declared and patterns.HOST_NAME.match(publisher) \
            and spells_host(declared, host_core(publisher)):
        return declared
    return publisher


HOST_STEM = 6  # letters of a host's first label that the outlet's name may open with (its ending aside)


def names_link_host(link: object, name: str) -> bool:
    """True when a link's address is the named outlet's site (its first host label spells the name)."""
    core = host_core(host_name(link.get("href") or "") or "")
    return len(core) >= 4 and (spells_host(name, core) or len(core) >= HOST_STEM
                               and unaccented_letters(name).removeprefix("the").startswith(core))
    # ("heradspostur.example" for "Héraðspósturinn": accents and the article's ending aside)


LINK_LABELS = etree.XPath("//text()[starts-with(normalize-space(.), 'Link') or starts-with(normalize-space(.), 'URL')]")


AT_TEXTS = etree.XPath(".//text()[contains(., '@')]")


PARTNER_TEXTS = etree.XPath(".//text()[" + " or ".join(f"contains(., '{n}')" for n in patterns.PARTNER_NEEDLES) + "]")


def credited_partner(tree: object) -> str | None:
    """The partner outlet a short credit line names ("Live-Ticker vun eisem Partner De Séibuer")."""
    for text in PARTNER_TEXTS(tree):
        owner = text.getparent() if text.is_text else text.getparent().getparent()
        line = short_text(owner, 160) if owner is not None else None
        if line and (named := partner_credit(line)) is not None:
            return named
    return None


def near_credit(scope: object) -> str | None:
    """A forwarded newsletter's sender or a partner's credit in the story's own region; the region's text is read
    once (in C) so that the text nodes are searched only when it holds an "@" or a partner word (0.3 ms a page)."""
    text = raw_text(scope)
    forwarded = forwarded_outlet(scope) if "@" in text else None
    return forwarded or (credited_partner(scope) if any(w in text for w in patterns.PARTNER_NEEDLES) else None)


def forwarded_outlet(tree: object) -> str | None:
    """The newsletter a forwarded e-mail quotes ("From: The Millrace Sentinel <briefing@millracesentinel.example>")."""
    return next((name for text in AT_TEXTS(tree) if (name := forwarded_sender(" ".join(text.split())))), None)


def link_row_outlet(tree: object) -> str | None:
    """The name the page prints for the host of a link post's address row ("Link: tarrowadvocate.example/..." and a
    "📰 The Tarrow Advocate" flair)."""
    for text in LINK_LABELS(tree):
        row = text.getparent()
        if row is not None and text.is_text and (m := patterns.LINK_ROW.match(text_of(row))) is not None:
            return name_for_host(m.group("host"), page_texts((tree,)))
    return None


PLUS_TEXTS = etree.XPath("//text()[starts-with(normalize-space(.), '+')]")


def may_link_out(source: str | None, title: str | None) -> bool:
    """True when the page source holds a word every outlet link-out has (East Asian words only on a page whose
    title is East Asian: each word is one scan of the source)."""
    if source is None:
        return True
    words = patterns.MORE_LINK_WORDS if not title or patterns.CJK.search(title) else patterns.MORE_LINK_WORDS_LATIN
    return any(w in source for w in words)


def follow_button_outlet(tree: object) -> str | None:
    """The outlet a source's "+ Follow X" button names ("+ Theo dõi Báo Đồng Liên")."""
    for text in PLUS_TEXTS(tree):
        line = " ".join(text.split())
        if len(line) <= 80 and (named := credited_outlet(line)) is not None:
            return clean_outlet(named)
    return None


BIO_TAIL = 12  # paragraphs at the end of the article's scope that may hold the writer's bio


def bio_outlet(scope: object) -> str | None:
    """The outlet an author bio in the article's scope names ("Maya Trent is the climate reporter for The Ostrander
    Review."); only the scope's last paragraphs are read (all of the page's cost 0.4 ms)."""
    for p in list(scope.iter("p"))[-BIO_TAIL:]:  # a bio closes the story
        line = text_of(p)
        low = line.lower() if len(line) <= 200 else ""
        if any(w in low for w in patterns.BIO_ROLES) and (named := credited_outlet(line)) is not None:
            return clean_outlet(named)
    return None


def labelled_name(label: object) -> str | None:
    """The outlet in the cell or line right after a bare "Source" / "Publication:" label (a details table, a card)."""
    if label.tag == "th":
        return None  # a table's header row: "Zdroj | Titulek | ..." names columns, not the outlet
    value = label.getnext()
    if value is None and (header := label.getparent()) is not None and len(header) == 1:
        return card_body_name(header.getnext())  # "<header><div>About this source</div></header><div>X</div>..."
    if value is not None and value.tag in LOGO_TAGS and not (label.tail or "").strip() and not (
            value.get("alt") or "").strip():
        value = value.getnext()  # past an empty logo between the label and the name ("Kuhusu chanzo" <img> "X")
    if value is None or not isinstance(value.tag, str):
        return None
    name = text_of(value)
    if not name or patterns.FOLLOW_BUTTON.match(name):  # "<img alt='千波新聞'> <span>フォロー</span>": the logo names it
        name = next((img.get("alt").strip() for img in value.iter("img") if (img.get("alt") or "").strip()), "")
    elif value.tag == "a" and any(c.tag in BLOCK_TAGS for c in value.iter()):  # a link card: logo, outlet, headline, host
        name = next((t.strip() for t in value.itertext() if t.strip()), "")
    return clean_outlet(name) if is_name(name, 8) and plausible_outlet(name) else None


def card_body_name(body: object | None) -> str | None:
    """The outlet a card body opens with, under a card header that is only a source label: its first line."""
    if body is None or not isinstance(body.tag, str):
        return None
    first = next((el for el in body.iter() if isinstance(el.tag, str) and (el.text or "").strip()), None)
    name = text_of(first) if first is not None else ""
    return clean_outlet(name) if is_name(name, 8) and plausible_outlet(name) else None


MORE_LINKS = etree.XPath("//a[" + " or ".join(f"contains(., '{w}')" for w in patterns.MORE_LINK_WORDS) + "]")


def more_link_outlet(tree: object) -> str | None:
    """The outlet a portal's link to it names ("北陵新報の記事をもっと見る", "Haberi Ege Postası sitesinde aç")."""
    for link in MORE_LINKS(tree):
        if (text := raw_text(link)) and len(text) <= 60 and (m := patterns.OUTLET_MORE_LINK.match(text)):
            return m.group("name").strip()
    return None


REPRINT_TEXTS = etree.XPath("//text()[contains(., '转载') or contains(., '轉載') or contains(., '转自') or "
                            "contains(., '轉自')]")


def reprint_source(tree: object) -> str | None:
    """The outlet a Chinese reprint notice names ("本文转载自青岚晚报，版权归原作者所有")."""
    for text in REPRINT_TEXTS(tree):
        if len(text) <= 200 and (match := patterns.REPRINT_LINE.search(text)):
            return match.group("name")
    return None


def source_line_candidates(tree: object) -> list:
    """Elements whose text may open with a source word, in document order: the owner of each text node that
    opens with one (the element of a text, the parent of a tail) and its ancestors. Reading text nodes once is
    5x cheaper than reading every element's whole text."""
    found: set = set()
    for el in tree.iter():
        text, tail = el.text, el.tail
        if text and not text.isspace() and (opens_with_source_word(text) or closes_with_source_word(text)):
            found.update(ancestry(el))
        if tail and not tail.isspace() and opens_with_source_word(tail):
            found.update(ancestry(el.getparent()))
    return sorted(found, key=doc_key)


def closes_with_source_word(text: str) -> bool:
    """True for a short notice whose last sentence opens with a source word ("... Artikel asal: X.")."""
    if len(text) > 300 or ". " not in text or not patterns.SOURCE_START.may_open(text.rpartition(". ")[2]):
        return False  # (most notices: their last sentence opens with no source word)
    last = last_sentence(" ".join(text.split()))
    return last is not None and opens_with_source_word(last)


def opens_with_source_word(text: str) -> bool:
    """True for a text node starting with a source word ("Source:", "Provided by", "Quelle") or a lone "©"."""
    text = unemoji(text)  # "🔗 منبع: X"
    if text.lstrip()[:3] not in ("(c)", "(C)") and not patterns.SOURCE_START.may_open(text):
        return False  # (most text nodes: no need to normalise them)
    head = " ".join(text[:120].split())
    return head in ("©", "(c)", "(C)") or patterns.SOURCE_START.match(head) is not None


def caption_credit(tree: object) -> str | None:
    """The outlet credited by the first image caption of the page ("Image: WSJ"), if any; a photo agency or studio
    ("Photo: Bridger Range Photo", "Seawall Studio") credits the picture only."""
    for el in tree.iter("figcaption"):
        match = patterns.CAPTION_LINE.match(text_of(el))
        if match and match.group("name"):
            name = clean_outlet(match.group("name"))
            return None if name and patterns.PHOTO_AGENCY_NAME.search(name) else name
    return None


def pick_publisher(byline: Byline, source_line: str | None, meta: Metadata, credit: str | None = None,
                   labelled: bool = False) -> str | None:
    """The original outlet: the byline's, a 'Source:' line's, JSON-LD's publisher, an image credit, else the site; a
    labelled credit ("Source: X", "출처 : X") before the byline's outlet (a community's or a section's name)."""
    if byline.publisher and (partner := partner_credit(byline.publisher)) is not None:
        byline = replace(byline, publisher=partner)  # a credit line read as the byline's outlet: "... Partner X"
    if spelled_as_chip(source_line, byline.publisher):
        source_line = byline.publisher  # "Původně vyšlo v Jizerském poslu" under "Jizerský posel · 3 h": the chip's case
    extends = completes_name(source_line, byline.publisher)
    first = (source_line, byline.publisher) if byline.weak or extends or labelled else (byline.publisher, source_line)
    # (a byline's "Kvisthøj" or "Pwani" against a credit's "Kvisthøj Folkeblad", "Sauti ya Pwani": the credit names
    # the outlet in full)
    writers = [part for w in (byline.author, meta.author) if w for part in patterns.WRITERS_SPLIT.split(w) if part]
    for name, read_off_page in ((first[0], True), (first[1], True), (meta.publisher, False), (credit, True)):
        if name and read_off_page and any(same_name(name, w) for w in writers):
            continue  # the writer's name on a line of its own ("Ayu Lestari" / "Kontributor"), not an outlet
        if name and not (meta.site and same_name(name, meta.site) and (byline.publisher or source_line)):
            return name
    return original_host_name(meta.url, meta.site) or meta.site


WIRE_PARAGRAPHS = 2  # paragraphs whose opening dateline may name the agency (a kept dek or old lede comes first)


def host_or_linked_outlet(publisher: str | None, named: list[str], pruned: tuple, meta: Metadata,
                          linked: tuple | None) -> str | None:
    """The outlet a bare host name stands for, found among the page's texts ("halvardreview.example" -> "The Halvard
    Review", a credit line naming it in full first); or, on a page that names only itself (linked: its headline's
    links and the cropped article), the outlet those links lead to; else publisher."""
    if publisher and patterns.HOST_NAME.match(publisher):
        return name_for_host(publisher, [*named, *page_texts(pruned)]) or publisher
    if linked is not None and (not publisher or meta.site and same_name(publisher, meta.site)):
        headline_links, target = linked
        return linked_outlet([*headline_links, *origin_links(target)], pruned, meta) or publisher
    return publisher


def teaser_outlet_credited(related: list, roots: tuple, meta: Metadata, blocks: list[Block]) -> str | None:
    """An outlet the page's own teasers name that a credit of the article names too (see outlet_in_credits), read in
    the cropped article, else in the pruned page (an "About this article" box beside the story); outside links and
    headings."""
    names = credit_names(related, [n for n in (meta.site, host_name(meta.url)) if n])
    if not names:
        return None
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    return next((found for root in dict.fromkeys(roots) if (found := outlet_in_credits(names, credit_texts(root),
                                                                                        paragraphs))), None)


def credit_texts(root: object) -> Iterator[str]:
    """The plain text pieces under root that may be a credit: not a link's or a heading's (a teaser's headline
    "Köln: Kurden demonstrieren ..." names a kicker, not an outlet)."""
    stack = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in CREDIT_NOT_IN:
            continue  # (its subtree is skipped whole; its tail is its parent's text, read there)
        for text in (el.text, *(c.tail for c in el)):
            if text and not text.isspace():
                yield " ".join(text.split())
        stack.extend(el)


CREDIT_NOT_IN = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "nav"})


def wire_outlet(blocks: list[Block]) -> str | None:
    """The agency named by the dateline opening one of the first paragraphs ("WASHINGTON (AP) —" -> "AP")."""
    firsts = [b.text for b in blocks if b.kind == "paragraph" and b.text.strip()][:WIRE_PARAGRAPHS]
    return next((agency for text in firsts if (agency := wire_agency(text))), None)


CREDIT_BLOCKS = 6  # the first body blocks where a repost's own writer credit may stand ("ଲେଖା: X, Outlet")


def credited_writer_outlet(raw: list[Block], byline: Byline) -> str | None:
    """The outlet a writer credit among the first body lines names with the writer ("By Jane Roe, The Harbour
    Times", "ଲେଖା: ସୁମିତ୍ରା ପଣ୍ଡା, ଶାଳବନ ସମାଚାର"), under a page byline naming someone else (a repost quoting the
    original's byline under its own poster's), or, under none, in quotes ("Текст: X, «Заветлужье сегодня», date")."""
    for block in raw[:CREDIT_BLOCKS]:
        line = block.text.strip().split("\n", 1)[0]  # (a <br>-lined post's first line)
        if len(line) <= MAX_CHROME_LINE and patterns.TEXT_BYLINE.match(line) \
                and (meta := parse_meta(line)) is not None and meta.author and meta.outlet \
                and (not same_name(meta.author, byline.author) if byline.author else f"«{meta.outlet}»" in line) \
                and plausible_outlet(meta.outlet):  # (under no page byline, the outlet must be quoted: «X»)
            return meta.outlet
    return None


def uninflected(name: str | None, roots: tuple) -> str | None:
    """The outlet's name without the case ending a credit sentence gave it ("a Tiszaparti Hírlapban jelent meg": in
    the X), when the page prints the bare name too (a teaser's "Tiszaparti Hírlap · 2026. november 30.")."""
    ending = patterns.CASE_ENDING.search(name) if name else None
    if ending is None:
        return name
    stem = name[:ending.start()]
    return stem if any(text == stem or text.startswith(stem + " ") for text in page_texts(roots)) else name


def page_texts(roots: tuple) -> Iterator[str]:
    """The short texts (up to 160 characters) and image alternative texts under the given roots: the page's tree
    and the regions already cut from it, for a name whose box was pruned (a share card's "— Priya Lakhani, The
    Halvard Review", a logo's alt "Port Alder Gazette")."""
    for root in roots:
        for el in root.iter():
            for text in (el.text, el.tail, el.get("alt") if el.tag == "img" else None):
                if text and len(text) <= 160 and not text.isspace():
                    yield text.strip()


def linked_outlet(hrefs: list[str], roots: tuple, meta: Metadata) -> str | None:
    """The printed name of the outlet that a page naming only itself links its story back to (its headline's link,
    a "Continue reading" button), found among the page's texts ("The Ashgrove Herald has a metered paywall…")."""
    own = host_name(meta.url)
    hosts = list(dict.fromkeys(h for h in map(host_name, hrefs) if h and h != own))
    texts = list(page_texts(roots)) if hosts else []  # read once, for every host
    for host in hosts:
        name = name_for_host(host, texts)
        if name and not (meta.site and same_name(name, meta.site)):
            return name
    return None


def title_link_hosts(tree: object, title_el: object | None, title: str | None) -> list[str]:
    """Addresses on other sites the headline links to: a link around or in the headline element, or a link whose
    own text is the title (a link aggregator's headline row)."""
    anchors = [] if title_el is None else [*title_el.iterancestors("a"), *title_el.iter("a")]
    if title and len(title) >= 20:
        wanted = title_key(title)
        anchors += [a for a in tree.iter("a") if (a.text or "").strip()[:12] == title[:12] and title_key(text_of(a))
                    == wanted or len(a) and card_titled(a, title[:12], wanted)]
    anchors += domain_tags(title_el)
    return [href for a in anchors if (href := (a.get("href") or "").strip()).startswith("http")]


DOMAIN_TAG_REACH = 3  # boxes after a link post's title searched for its domain tag


def domain_tags(title_el: object | None) -> list:
    """The link post's domain tag near its title: a link reading the host it leads to ("zwolsestadskoerier.example
    ↗", "(tidereporter.example)"), in one of the few boxes after the headline."""
    if title_el is None:
        return []
    found = []
    for box in list(title_el.itersiblings())[:DOMAIN_TAG_REACH]:
        for link in (box, *box.iterdescendants("a")) if box.tag == "a" else box.iterdescendants("a"):
            host = (link.text or "").strip(" ()[]↗→»›\u2197").lower().removeprefix("www.")
            if host and patterns.HOST_NAME.match(host) and host_name(link.get("href")) == host:
                found.append(link)
    return found


def preview_card_site(tree: object, title: str | None) -> str | None:
    """The outlet a link preview card of the story names in its site row ("<a><div>پەیامنێری سلێمانی · ٢١ی ...
    ٢٠٢٦</div><div>the headline</div>...</a>"), if any: a name and a dated part."""
    if not title or len(title) < 20:
        return None
    wanted = title_key(title)
    for link in tree.iter("a"):
        if not len(link) or not card_titled(link, title[:12], wanted):
            continue
        for el in link.iterdescendants():
            if isinstance(el.tag, str) and not len(el) and (name := preview_site(text_of(el))) is not None:
                return name
    return None


def card_titled(link: object, head: str, wanted: str) -> bool:
    """True for a link preview card whose title element reads the headline ("<a><span>host</span><strong>Title
    </strong><span>summary</span></a>")."""
    return any((el.text or "").strip()[:12] == head and title_key(text_of(el)) == wanted
               for el in link.iterdescendants() if isinstance(el.tag, str))


def origin_links(scope: object) -> list[str]:
    """Addresses of the "Continue reading" buttons in the article's scope (Yahoo-like: a logo, "Continue reading",
    a link to the outlet's own page)."""
    return [a.get("href") for a in scope.iter("a") if (a.get("href") or "").startswith("http")
            and (text := short_text(a, 80)) and patterns.ORIGIN_LINK_TEXT.search(text)]


def completes_name(full: str | None, short: str | None) -> bool:
    """True when a credit's name is a byline's short name with up to three more words before or after it
    ("Kvisthøj Folkeblad" for "Kvisthøj", "Sauti ya Pwani" for "Pwani"; not a caption glued on after a colon)."""
    if not full or not short or not (full.startswith(short + " ") or full.endswith(" " + short)):
        return False
    extra = full.replace(short, "", 1)
    if extra.strip() in LOWER_ARTICLES:
        return False  # "de Groninger Grachtenpost" for "Groninger Grachtenpost": the credit sentence's article
    return len(extra.split()) <= 3 and not set(extra) & set(":/|")


def original_host_name(url: str | None, site: str | None) -> str | None:
    """When the page only names itself, the outlet its canonical URL points to ("inexhibit.com" -> "Inexhibit"),
    if that host is not the site's own: republished pages keep the original's canonical link."""
    host = host_name(url)
    if not host or not site:
        return None
    labels = host.split(".")
    second_level = len(labels) >= 3 and labels[-2] in ("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne")
    core = labels[-3] if second_level else labels[-2] if len(labels) >= 2 else host  # news.bbc.co.uk -> bbc
    if same_name(core, site) or same_name(host, site) or core.casefold() in unaccented_letters(site):
        return None  # ("pohjoisenpaiva.example" is "Pohjoisen Päivä"'s own host)
    return core.capitalize() if core.isalpha() else host


def drop_all(sections: list[Section], byline_elements: tuple, title_el: object | None) -> None:
    """Remove every non-article region, the byline lines and the headline from the tree."""
    for section in sections:
        for el in section.elements:
            drop(el)
    for el in byline_elements:
        drop(el)
    if title_el is not None:
        drop(title_el)


def is_icon(text: str) -> bool:
    """A block of one to three pictographs or invisible marks: the "✦" of an AI button, a zero-width space (not a
    "* * *" or "___" separator, which a story's own text keeps)."""
    return 0 < len(text) <= 3 and all(unicodedata.category(c) in ("So", "Cf", "Sk") for c in text)


PROPERTY_KEY_WORDS = 3  # a details table's key: "Section", "Date", "Media outlet"
PROPERTY_ROWS = 2


def property_table(block: Block) -> bool:
    """True for a table of two or more two-cell rows keyed by a word or two ("Section | Opinion", "Date | 2
    December 2026"): a clipping's or a record's details, no story text."""
    rows = [row for row in block.rows if any(cell.strip() for cell in row)]
    return len(rows) >= PROPERTY_ROWS and all(len(row) == 2 and 0 < len(row[0].split()) <= PROPERTY_KEY_WORDS
                                              and len(row[1].split()) <= 12 for row in rows)


def clean_blocks(blocks: list[Block], title: str | None, byline: Byline) -> list[Block]:
    """Drop the repeated title, byline lines, inline noise and promo lines from the body."""
    kept = []
    credit_at = None
    for block in blocks:
        text = block.text.strip()
        if block.kind in ("paragraph", "heading") and (rule := chrome_rule(text, title) or is_icon(text)):
            if rule == "pattern SOURCE_LINE" and credit_at is None:
                credit_at = len(kept)
            continue
        if block.kind == "table" and not any(b.kind == "paragraph" for b in kept) and property_table(block):
            continue  # a clipping's details table over the story: "Outlet | X", "Section | Y", "Date | Z"
        if block.kind == "paragraph" and "\n" in text:
            block = without_chrome_lines(block, title)
        if block.kind == "paragraph" and text.endswith(("]", ")")) and (more := patterns.TRAILING_MORE.search(text)):
            block = replace(block, text=text[:more.start()].rstrip())  # "... in Polsce. [czytaj więcej]"
        if block.text.strip() or block.kind != "paragraph":
            kept.append(block)
    if counters := thread_counters(kept):
        kept = [without_lines(block, counters) for block in kept]
    kept = without_pull_quotes(without_author_bio(kept[:credit_at] if closes_story(kept, credit_at) else kept))
    return [block for n, block in enumerate(kept) if not cut_short_copy(block, kept[n + 1:n + 2])
            and (block.text.strip() or block.kind != "paragraph")]


CREDIT_TAIL_SHARE = 0.5  # what a republisher adds under the closing credit: less text than the story above it


def closes_story(blocks: list[Block], at: int | None) -> bool:
    """True when a closing credit ("First published in X.") stands after the story's text with less after it: what
    follows is the republisher's own (its response, a contact box, a membership pitch), not the story."""
    if not at:
        return False
    before = sum(len(b.text) for b in blocks[:at])
    after = sum(len(b.text) for b in blocks[at:])
    return 0 < after <= CREDIT_TAIL_SHARE * before


def without_pull_quotes(blocks: list[Block]) -> list[Block]:
    """The body without its pull quotes (a quote block whose words a paragraph above already holds: "<blockquote
    class=pullquote>") and the "– Name" line under one."""
    kept: list[Block] = []
    dropped = False
    for block in blocks:
        if dropped and block.kind == "paragraph" and len(block.text.split()) <= 5 \
                and patterns.QUOTE_ATTRIBUTION.match(block.text):
            continue
        dropped = (block.kind == "quote" or block.kind == "paragraph" and quoted(block.text)) \
            and patterns.repeats_paragraph(block.text, len(block.text.split()), (
                b.text for b in kept[-patterns.PULL_QUOTE_REACH:] if b.kind == "paragraph"), anywhere=True)
        if not dropped:
            kept.append(block)
    return kept


def quoted(text: str) -> bool:
    """True for a paragraph that is one quotation, marks at both ends (a <blockquote>'s <p>: "“We think ...”")."""
    text = text.strip()
    return len(text) > 2 and text[0] in "\"“„«‘'‚‹「『" and text[-1] in "\"”“»’'›」』"


BIO_BLOCKS = 3  # paragraphs of an author's bio after its header ("About the author"): more are the story's


def without_author_bio(blocks: list[Block]) -> list[Block]:
    """The body without an author's bio in its second half: an "About the author" header and the few paragraphs
    after it, up to the next heading."""
    for n in range(len(blocks) - 1, len(blocks) // 2 - 1, -1):
        if blocks[n].kind in ("heading", "paragraph") and patterns.AUTHOR_BIO_HEADER.match(blocks[n].text):
            end = n + 1
            while end < len(blocks) and blocks[end].kind != "heading" and end - n <= BIO_BLOCKS:
                end += 1
            return blocks[:n] + blocks[end:] if end - n <= BIO_BLOCKS else blocks
    return blocks


THREAD_POSTS = 3  # counters: a thread numbers its posts "2/9", "3/9" ... (a recipe's lone "1/4" is a quantity)


def thread_counters(blocks: list[Block]) -> frozenset[str]:
    """The "n/m" lines of a thread told in numbered posts (three or more sharing their m, every n up to m): each
    post's counter, not text; none when the lines do not run as such a series."""
    found = [m for b in blocks if b.kind == "paragraph" for line in b.text.strip().split("\n")
             if (m := patterns.THREAD_COUNTER.match(line.strip()))]
    if len(found) < THREAD_POSTS or len({m.group("of") for m in found}) != 1:
        return frozenset()
    if any(int(m.group("n")) > int(m.group("of")) for m in found):
        return frozenset()
    return frozenset(m.group(0) for m in found)


def without_lines(block: Block, lines: frozenset[str]) -> Block:
    """A paragraph without the given lines (its other lines as they were); other blocks as they are."""
    if block.kind != "paragraph" or not any(line.strip() in lines for line in block.text.split("\n")):
        return block
    return replace(block, text="\n".join(line for line in block.text.split("\n") if line.strip() not in lines))


CUT_COPY_CHARS = 60  # a shorter line ending in "…" is no snippet of the paragraph after it (a quote, a pause)


def cut_short_copy(block: Block, after: list[Block]) -> bool:
    """True for a paragraph cut short with an ellipsis that the next paragraph starts with (an opened card's snippet
    over the full story: "Customers will pay $11 more… " then "Customers will pay $11 more a month ...")."""
    text = block.text.strip()
    if block.kind != "paragraph" or not after or not text.endswith(("…", "...")):
        return False
    head = norm(text.rstrip(".… "))
    return len(head) >= CUT_COPY_CHARS and norm(after[0].text).startswith(head)


def without_chrome_lines(block: Block, title: str | None) -> Block:
    """A <br>-lined paragraph without its chrome lines (a "Continue reading on X" link merged into the last one)."""
    lines = block.text.strip().split("\n")
    kept = [line for line in lines if not chrome_rule(line.strip(), title)]
    return block if len(kept) == len(lines) else replace(block, text="\n".join(kept))


@lru_cache(maxsize=64)
def normed_title(title: str) -> str:
    """norm() of a page title, computed once for the many body lines compared with it."""
    return norm(title)


SHORT_CHROME_LINE = 200  # page chrome set as a paragraph is short (the regexes are long: 2 of 3 body lines skip them)
SHORT_CAPTION_LINE = 300
BARE_CAPTION_LINE = 90  # a credit line without a mark ("Litrato halin sa X": photo from X) is this short
CAPTION_MARKS = ":：=/(（.©"  # every caption rule needs one: a label's colon, "사진=", "/ X", "(Credit)", "© X"


PAGER_CHARS = 30  # a slide counter: "Slide 2 of 5"


def chrome_rule(text: str, title: str | None) -> str | None:
    """Why a body line is really chrome (the title again, an ad label, a share bar, a promo...), or None."""
    if title and len(text) <= 2 * len(title) + 20 and norm(text) == normed_title(title):
        return "repeated title"  # (a body line is whitespace-collapsed already: a far longer one is not the title)
    if patterns.homoglyph_copy(text):
        return "ad copy in look-alike letters"
    if patterns.COMMUNITY_APPEAL.match(text):
        return "pattern COMMUNITY_APPEAL"  # (a community blog's appeal paragraph, however long)
    if len(text) > MAX_CHROME_LINE:
        return None
    text = unemoji(text)  # "📎 Read also: X", "👉 Subscribe ...": the glyph before a label
    if len(text) <= 2 * patterns.DECORATED_LABEL_CHARS and patterns.decorated_noise(text):
        return "pattern INLINE_NOISE"  # "- Anzeige-", "— Advertisement —"
    if patterns.divider_line(text):
        return "divider"  # "▼", "· · ·" set as a paragraph
    for name in ("INLINE_NOISE", "SHARE_BAR", "WIDGET_PROMPT", "PROMO_LINE", "COMMENT_CHROME", "SOURCE_LINE", "CREDIT_LINE",
                 "CLOSING_PROMO", "AFFILIATE_LINE", "INLINE_TEASER", "TALK_COUNTER", "PAGE_OF_PAGES"):
        if getattr(patterns, name).match(text):
            return f"pattern {name}"
    if len(text) <= SHORT_CHROME_LINE and patterns.CHROME_LINE.match(text):
        return "pattern CHROME_LINE"  # ("Category: X", "Details", a lite page's note: short lines only)
    if len(text) <= PAGER_CHARS and "/" not in text and patterns.PAGER_LINE.match(text):
        return "pattern PAGER_LINE"  # a slideshow's counter set as a paragraph: "2 of 5", "2 מתוך 5" (a lone "1/4" may
        # be a recipe's quantity)
    if len(text) <= SHORT_CAPTION_LINE and (any(c in text for c in CAPTION_MARKS) or len(text) <= BARE_CAPTION_LINE) \
            and patterns.CAPTION_LINE.match(text):
        return "pattern CAPTION_LINE"  # ("Photo: X", "圖：X", "... Fot. X": a label's colon, a credit's brackets)
    if (len(text) <= CONSENT_BUTTONS or "ooki" in text or "rivac" in text) and patterns.CONSENT_LINE.match(text):
        return "pattern CONSENT_LINE"  # (a banner's text names cookies or privacy; its buttons are short)
    if len(text) <= SHORT_PROMO_LINE and patterns.APPEAL_LINE.match(text):
        return "pattern APPEAL_LINE"  # a post's own promo lines, on a short paragraph only ("Support local news: ...")
    if (credit := patterns.TEXT_BYLINE.match(text)) and (is_name(credit.group("name"), 4) or (
            meta := parse_meta(text)) is not None and meta.kind == "byline" and meta.author and (meta.outlet or meta.time)) \
            or len(text) <= SHORT_PROMO_LINE and patterns.POSTED_IN.match(text) and parse_meta(text) is not None:
        return "writer credit"  # "Tekst: Femke Brouwer", "By Dana Whitcombe", "Текст: X, «Outlet», 16 декабря 2026" on a
        # line of its own
    return None


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 date or datetime, if the value is one."""
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value
    return None


@dataclass(frozen=True)
class Explained:
    """What --explain reports for an HTML page: every decision the path took, with its inputs."""

    title: str | None
    byline: Byline
    sections: list[Section]
    raw: list[Block]
    kept: list[Block]
    candidates: list[tuple[object, str]]


def explain(x: Explained) -> tuple[Decision, ...]:
    """One decision per title, byline line, removed region, body block, dropped line and left-out line."""
    out = [Decision(x.title[:80], "title", "headline")] if x.title else []
    out += [Decision(text_of(el)[:80], "byline", "line next to the headline") for el in x.byline.elements]
    out += [Decision(text_of(s.elements[0])[:80], s.role, s.rule) for s in x.sections]
    kept = {id(b) for b in x.kept}
    for block in x.raw:
        if id(block) in kept:
            out.append(Decision(block.text[:80], "body", "kept by main-body extraction"))
        else:
            out.append(Decision(block.text[:80], "noise", chrome_rule(block.text.strip(), x.title) or "filtered"))
    body = norm(" ".join(b.text for b in x.raw))
    out += [Decision(line[:80], "chrome", "left out by main-body extraction (links, boilerplate)")
            for _, line in x.candidates if norm(line)[:120] not in body]
    return tuple(out)
