"""Stage: turn related, comment and promo regions of an HTML page into Teasers, Comments and promo lines."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from lxml import etree

from . import patterns
from .classify import HEADER_TAGS, doc_key, hidden_by_markup, is_inside, raw_text, short_text, text_of
from .model import Comment, Teaser
from .text_meta import (
    as_time,
    count_words,
    dated_headline,
    is_name,
    may_hold_time,
    norm,
    parse_meta,
    press_name,
    without_from,
)

BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "blockquote",
              "figcaption", "section", "article", "header", "footer", "ul", "ol", "aside", "main", "pre", "table",
              "tr", "form", "nav", "figure", "details", "summary"}
TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
META_WORDS = 14  # an "Outlet · time" / "Writer, Outlet · date" line is this short: longer lines are not parsed as one
HIDDEN_XPATH = etree.XPath("descendant-or-self::*[@hidden or contains(@style, 'none') or contains(@style, 'hidden')]")
LINK_LIST_SHARE = 0.8  # links per line from which a region is a link list (cards read as text hold 0-0.7)
MAX_ITEMS = 300  # teasers or comments read per region: bounds the work on giant link farms


def leaf_lines(root: object, logos: bool = False) -> list[tuple[object, str]]:
    """(element, text) for every block element that holds text of its own: the lines a text dump would show
    (logos: also the alt of an image-only link beside blocks, as a byline row's outlet logo)."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    holds_block = blocky_subtrees(elements)
    lines = []
    for el in elements:
        if el.tag not in BLOCK_TAGS:
            continue
        if holds_block.get(el):
            own = direct_text(el, holds_block)
            if own:
                lines.append((el, own))
            elif logos:
                lines.extend(inline_logos(el))  # a logo link beside the byline's blocks: its alt, as a dump shows it
            continue
        text = text_of(el) or alt_text(el)
        if text:
            lines.append((el, text))
    return lines


def blocky_subtrees(elements: list[object]) -> dict:
    """For each element: does any descendant have a block tag? One bottom-up pass (reversed document order)."""
    holds: dict = {}
    for el in reversed(elements):
        holds[el] = any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or holds.get(c)) for c in el)
    return holds


def direct_text(el: object, holds_block: dict | None = None) -> str:
    """Text of el that is not inside a block child (text before and between block children); an inline child that
    is a card-wide link around the card's divs gives its lines on their own, not here."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS:
            wide = child.tag == "a" and holds_block and holds_block.get(child)
            parts.append(direct_text(child, holds_block) if wide else raw_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def inline_logos(el: object) -> list[tuple[object, str]]:
    """(link, alt) for each image-only link among the inline children of a block that holds blocks, when the link
    or its image is marked as a logo (class, id or file name): not a content picture or a language flag."""
    return [(child, alt) for child in el if child.tag == "a" and not (child.text or "").strip() and len(child) == 1
            and child[0].tag == "img" and (alt := " ".join((child[0].get("alt") or "").split())) and is_logo(child)
            and is_name(alt, 6) and "logo" not in alt.lower()]  # ("Grafik: idw-Logo" names no outlet)


def is_logo(link: object) -> bool:
    """True when a link or its image says it is a logo ("caas-attr-logo", ".../saltmarsh-beacon-logo.png")."""
    return logo_marked(link, link[0])


def logo_marked(*elements: object) -> bool:
    """True when the class, id or file name of any of the elements holds a logo word (LOGO_MARKS)."""
    marks = " ".join(f"{el.get('class') or ''} {el.get('id') or ''} {el.get('src') or ''}" for el in elements).lower()
    return any(word in marks for word in patterns.LOGO_MARKS)


def alt_text(el: object) -> str:
    """Alt texts of the images in el, as a text dump shows them."""
    return "".join(img.get("alt") or "" for img in el.iter("img")).strip()


def is_time(text: str) -> bool:
    """A line that is only a time or date ("5 hours ago", "2025-08-13 23:12", " · 54m")."""
    return as_time(text.strip(" ·•|-–—")) is not None


@lru_cache(maxsize=4096)
def split_outlet_time(text: str) -> tuple[str | None, str | None]:
    """'The Sun · 4h' -> ('The Sun', '4h'); 'Mint5 hours ago' -> ('Mint', '5 hours ago').

    Read with the text path's meta-line grammar, so teasers, comments and dumps share one parser. Cached: a page
    asks about a card's lines more than once (4,935 calls, 2,523 texts on ScrapingHub).
    """
    if not may_hold_time(text):
        return None, None
    meta = parse_meta(text.strip(" ·•|-–—"))
    if meta is None or not meta.time:
        return None, None
    return meta.outlet or meta.author, meta.time


# ----------------------------------------------------------------------------- teasers

def title_candidates(root: object, header: str | None) -> list[object]:
    """Elements that read like teaser titles: headings, or links with a sentence-like text."""
    found, short, bold = [], [], []
    hidden = hidden_boxes(root) | service_blocks(root)
    related = under_related_header(root, header)
    for el in root.iter(*TITLE_TAGS, "a", "b", "strong"):
        if el.tag in ("b", "strong"):
            if is_bold_lead(el):
                bold.append(el)  # (a post's bold lead line: its headline when the region has no other)
            continue
        if hidden and not_rendered(el, root, hidden):
            continue  # a closed tab panel or a display:none box: the page never shows it
        if el.tag == "a":
            if el.get("aria-current") == "page":
                continue  # the page's own entry in a section's list of articles ("current-article"): no teaser
            el = headline_inside(el)
        text = text_of(el)
        if not text or text == header or is_section_header(text) or len(text) > 250 or patterns.MORE_LINK.match(text):
            continue
        if el.tag != "a" and (count_words(text) < 3 and not patterns.CJK.search(text) or is_card_subtitle(el)):
            continue
        is_short = el.tag == "a" and not looks_like_title(text)  # ("Take C.A.R.E.": taken if its item is built alike)
        if el.tag == "a" and (next(el.iterdescendants("h2", "h3", "h4"), None) is not None
                              or is_short and not short_headline(text)):
            continue
        if len(text) < 120 and count_words(text) <= META_WORDS and split_outlet_time(text)[1]:
            continue  # an "Outlet | 2 hours ago" line is a teaser's meta, not its title
        if el.tag == "a" and names_outlet_of_meta_line(el, text):
            continue  # "via <a>Outlet Name Here</a> · 1 day ago": the outlet's link, not a headline
        if patterns.STORE_BUTTON.match(text):
            continue  # "Get it on Google Play": an app store's button, not a teaser
        if text.startswith("From ") and press_name(without_from(text)):
            continue  # "From The Fal Estuary Echo": a credit's link to the original, not a teaser
        if el.tag == "a" and patterns.COMMENT_PERMALINK.search(el.get("href") or ""):
            continue  # "Hank R. on <a href=...#c000413>Title</a>": a recent-comments widget links the comment
        (short if is_short else found).append(el)
    if short:
        taken = {next(el.iterancestors("li"), None) for el in found} - {None}
        peers = [el for el in short if built_like_peers(el, taken, related)] if taken else []
        found = sorted(found + peers, key=doc_key) if peers else found  # (in page order)
    return drop_nested(found) if found else bold


def under_related_header(root: object, header: str | None) -> bool:
    """True when the region's header (given, or its first heading) is a related header ("Ostatnio wyświetlane
    artykuły", "Related articles")."""
    if not header:
        first = next(root.iter(*HEADER_TAGS), None)
        header = short_text(first, 80) if first is not None else None
    return bool(header) and patterns.section_header_role(header) == "related"


BOLD_LEAD_TEXT = 80  # characters of a post's text under its bold headline


def is_bold_lead(el: object) -> bool:
    """True for a post's headline set as its bold first line ("<div><b>Headline</b><br><br>text ..."): the first thing
    in its block, a line break after it, three words or more and no label's colon, and a post's text after it (a
    box's bold label over a line or two is none)."""
    parent, after = el.getparent(), el.getnext()
    if el.tag not in ("b", "strong") or parent is None or (parent.text or "").strip() or parent[0] is not el:
        return False
    text = text_of(el).strip()
    if after is None or after.tag != "br" or (el.tail or "").strip() or count_words(text) < 3 or text.endswith((":", "：")):
        return False
    rest = len(text_of(parent)) - len(text)
    return rest >= max(BOLD_LEAD_TEXT, 2 * len(text))


def short_headline(text: str) -> bool:
    """Two or three words, eight characters or more, no time: a headline only when its list item's peers say so."""
    return 2 <= count_words(text) <= 3 and len(text) >= 8 and not is_time(text)


PEER_ITEMS = 2  # list items of the same build holding accepted headlines, beside a short link's item


def built_like_peers(link: object, taken: set, related: bool = False) -> bool:
    """True for a short link whose list item is built like two or more items of its list whose links were taken
    as headlines (taken: their <li>s; the same child tags): a trending list's "Take C.A.R.E." beside longer titles;
    one such item is enough under a related header, or in a list of two cards."""
    item = next(link.iterancestors("li"), None)
    parent = item.getparent() if item is not None else None
    if parent is None or item in taken:
        return False  # ("<li><a>Headline</a> via <a>Outlet</a></li>": the outlet's link beside a taken headline)
    shape = tuple(c.tag for c in item if isinstance(c.tag, str))
    beside = " ".join(text_of(c) for c in item if isinstance(c.tag, str) and c is not link and not is_inside(link, c))
    if beside.strip() and not any(ch.isalpha() for ch in beside):
        return False  # a link with a count beside it names a feed or a section ("Weatherline Daily 3")
    peers = [li for li in parent if li is not item and li in taken
             and tuple(c.tag for c in li if isinstance(c.tag, str)) == shape]
    others = sum(1 for li in parent if li is not item and li.tag == "li")
    needed = 1 if related or len(shape) >= 2 and others == 1 else PEER_ITEMS  # (under a related header, or in a list
    return len(peers) >= needed  # of two cards, each a link and its meta row: one item built alike is enough)


def is_card_subtitle(heading: object) -> bool:
    """An <h3> right after its card's <h2> headline (a Medium-like card's subtitle), not a teaser of its own."""
    before = heading.getprevious()
    return before is not None and before.tag in TITLE_TAGS and before.tag < heading.tag and not (before.tail or "").strip()


def headline_inside(link: object) -> object:
    """The part of a card-wide link that holds the headline: a link around "<span>Title</span> <span>Outlet · 2h
    </span>" or "<div>· 6 Std.</div><div>Title</div>" reads as title, outlet and time, not as one glued title."""
    if len(link) == 0 or next(link.iterdescendants(*TITLE_TAGS), None) is not None:
        return link  # a plain link; a heading inside is a candidate of its own
    texts = {c: own_text(c) or ranked_text(c) for c in link.iter() if c is not link and isinstance(c.tag, str)}
    parts = [c for c, text in texts.items() if text]
    named = [c for c in parts if patterns.HEADLINE_CLASS.search(c.get("class") or "")]
    if len(named) == 1 and len(parts) >= 2:
        return named[0]  # the part the card's markup names its headline (a four-word feed label above it)
    longest = max((len(texts[c]) for c in parts), default=0)
    metas = [c for c in parts if is_card_meta(texts[c], longest)]
    rows = {c.getparent() for c in metas} - {link}
    metas += [c for c in parts if c not in metas and c.getparent() in rows  # "<span>Outlet</span><span>· 2h</span>"
              and len(texts[c]) <= 40 and 2 * len(texts[c]) <= longest]  # (not the headline beside them)
    if not metas or len(metas) == len(parts):
        return link
    for part in parts:
        if part not in metas and (count_words(texts[part]) >= 3 or len(patterns.CJK.findall(texts[part])) >= 6):
            return part
    return link


def rank_badge(el: object) -> bool:
    """True for an element whose first child is a most-read list's rank ("<span class=rank>1</span> Title")."""
    first = el[0] if len(el) and isinstance(el[0].tag, str) and not (el.text or "").strip() else None
    rank = text_of(first).strip().rstrip(".") if first is not None else ""
    return rank.isdigit() and len(rank) <= 2


def ranked_text(el: object) -> str:
    """The text after a rank badge ("<div><span>1</span> Title</div>" holds "Title"), else ""."""
    return " ".join((el[0].tail or "").split()) if rank_badge(el) else ""


def is_card_meta(text: str, longest: int) -> bool:
    """A card's meta part: a time or "Outlet · time", a day-month date ("03-10"), or a short name beside a headline
    three times its length ("スポーツ東和", "Tom Smith")."""
    return (is_time(text) or split_outlet_time(text)[1] is not None or bool(patterns.SHORT_DATE.match(text))
            or len(text) <= 30 and 3 * len(text) <= longest and count_words(text) <= 4  # (a CJK headline is longer)
            or len(text) <= 40 and is_time(text.split()[-1]))  # "青岚晚报 420评论 昨天": outlet, counter, time


def own_text(el: object) -> str:
    """The text an element holds before its first child element, whitespace collapsed."""
    return " ".join((el.text or "").split())


def names_outlet_of_meta_line(link: object, text: str) -> bool:
    """True when the line around a link (its parent, or up to two boxes higher while short) is a credited meta line
    ("via Outlet · 1 day ago", "Source: Outlet | 2 h") whose outlet is the link's text."""
    node = link.getparent()
    for _ in range(3):
        line = short_text(node, 120) if node is not None else ""
        if not line:
            return False
        if line != text and patterns.VIA_PREFIX.match(line):
            who, when = split_outlet_time(line)
            if when:
                return norm(who) == norm(text)
        node = node.getparent()
    return False


def hidden_boxes(root: object) -> frozenset:
    """The elements in root (itself included) hidden from the rendered page: the `hidden` attribute or an inline
    display:none / visibility:hidden, as innerText skips them; aria-hidden boxes still render. Found in C first."""
    marked = HIDDEN_XPATH(root)
    return frozenset(el for el in marked if hidden_by_markup(el, aria=False))


SERVICE_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def service_blocks(root: object) -> frozenset:
    """The blocks in a rail headed as the site's service (an events calendar, a blogroll: patterns.
    SERVICE_BLOCK_HEADER), whose links are no teasers; the heading's block is its parent, or the grandparent when
    the heading stands alone in its box."""
    found = []
    for heading in root.iter(*SERVICE_HEADING_TAGS):
        if heading is root or not patterns.SERVICE_BLOCK_HEADER.match(text_of(heading)):
            continue
        box = heading.getparent()
        if box is not None and len(box) == 1 and box is not root:
            box = box.getparent()
        if box is not None and box is not root:
            found.append(box)
    return frozenset(found)


def not_rendered(el: object, root: object, hidden: frozenset) -> bool:
    """True when el or an ancestor up to root is one of the hidden boxes."""
    node = el
    while node is not None:
        if node in hidden:
            return True
        if node is root:
            return False
        node = node.getparent()
    return False


def is_section_header(text: str) -> bool:
    """A related, comment or promo header ("More for you", "Follow Us"): never a teaser title."""
    return patterns.section_header_role(text) is not None


def looks_like_title(text: str) -> bool:
    """A headline: several words (or CJK characters), not a bare time or outlet."""
    if is_time(text):
        return False
    return count_words(text) >= 4 or len(text) >= 12 and bool(patterns.CJK.search(text))


def drop_nested(elements: list[object]) -> list[object]:
    """Keep the innermost of nested candidates with the same text."""
    texts = {el: text_of(el) for el in elements}
    outer = set()
    for el in elements:
        for anc in el.iterancestors():
            if anc in texts and texts[anc] == texts[el]:
                outer.add(anc)
    return [el for el in elements if el not in outer]


def ancestors_within(el: object, root: object) -> list[object]:
    """The ancestors of el up to and including root (all of them if root is not one)."""
    chain = []
    for anc in el.iterancestors():
        chain.append(anc)
        if anc is root:
            break
    return chain


def item_boxes(cands: list[object], root: object) -> dict:
    """For each teaser title: the highest ancestor inside root that holds no other teaser title."""
    keys = {c: norm(text_of(c)) for c in cands}
    under: dict = {}
    for cand, key in keys.items():
        for anc in ancestors_within(cand, root):
            under.setdefault(anc, set()).add(key)
    several = len(set(keys.values())) > 1
    boxes = {}
    for cand in cands:
        node = cand
        for anc in ancestors_within(cand, root):
            if len(under[anc]) > 1 or anc is root and several:
                break
            node = anc
        boxes[cand] = node
    return boxes


def teasers_in(roots: Iterable[object], header: str | None = None) -> list[Teaser]:
    """Every teaser (title, url, outlet, time, summary) in a related region."""
    teasers: list[Teaser] = []
    seen: set[str] = set()
    for root in roots:
        cands = title_candidates(root, header)[:MAX_ITEMS]
        if not cands:  # cards without links or headings (divs a script makes clickable): read them as a dump
            for teaser in teasers_as_text(root):
                if norm(teaser.title) not in seen:
                    seen.add(norm(teaser.title))
                    teasers.append(teaser)
            continue
        boxes = item_boxes(cands, root)
        runs = flat_runs(cands, boxes)
        for cand in cands:
            title = patterns.RANK_PREFIX.sub("", text_of(cand), count=1) if rank_badge(cand) else text_of(cand)
            if norm(title) in seen or sponsored_link(cand):
                continue  # (a paid card among the teasers: its link says rel="sponsored")
            seen.add(norm(title))
            teasers.append(teaser_from(boxes[cand], cand, title, runs[cand]))
    return teasers


def sponsored_link(cand: object) -> bool:
    """True for a teaser whose title links with rel="sponsored" (or "nofollow sponsored"): an ad card, no teaser."""
    links = [cand] if cand.tag == "a" else list(cand.iter("a"))
    return any("sponsored" in (a.get("rel") or "").lower().split() for a in links)


def flat_runs(cands: list[object], boxes: dict) -> dict:
    """Each teaser's flat run (flat_run); the last one's cut to the longest run before it, so that it does not read
    on into whatever follows the list (a credit, a table), and none without a run before it to go by."""
    found = set(cands)
    runs = {cand: flat_run(boxes[cand], found) for cand in cands}
    before = [len(runs[cand]) for cand in cands[:-1] if runs[cand]]
    if cands:
        runs[cands[-1]] = runs[cands[-1]][:max(before, default=0)]
    return runs


def flat_run(box: object, cands: set) -> tuple:
    """The siblings after a teaser's headline box up to the next headline, when the teasers are flat siblings
    ("<h3><a>T</a></h3><p>summary</p><p>Outlet · date</p><h3>..."): its summary and meta rows; () for boxed cards."""
    if box.tag not in HEADER_TAGS:
        return ()
    run = []
    for sib in box.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib.tag in HEADER_TAGS or any(el in cands or el.tag == "a" for el in sib.iter()):
            break  # (the next headline, or a box with a link: another card)
        run.append(sib)
    return tuple(run)


def teasers_as_text(root: object) -> tuple[Teaser, ...]:
    """The teasers of a region whose cards hold no link or heading, parsed from its lines as the text path parses a
    dump's related section ("Title" / "Outlet · 2h" / "summary")."""
    from .segment import segment
    from .text_sections import known_outlets
    from .text_teasers import credited_item, parse_teasers

    shown = leaf_lines(root)[:MAX_ITEMS]
    if len(shown) < 2 or sum(1 for _ in root.iter("a")) >= LINK_LIST_SHARE * len(shown):
        return ()  # a list of links (archives, tags, menus): link-less cards it is not (and segmenting costs)
    credited = [t for _, text in shown if (t := credited_item(text)) is not None]
    if len(credited) >= 2 and len(credited) * 2 > len(shown) - 1:
        return tuple(credited)  # a digest's "Title (Outlet, 14/12): summary" items (its header line aside)
    lines = segment("\n".join(text for _, text in shown))
    start = 1 if lines and lines[0].is_header else 0
    found = parse_teasers(lines, start, len(lines), known_outlets(lines)).teasers if len(lines) > start else ()
    carded = len(found) >= 2 and all(t.publisher or t.published for t in found)  # "Outlet · 2h" under every title
    return found if carded else ()


def teaser_from(box: object, cand: object, title: str, run: tuple = ()) -> Teaser:
    """Read outlet, time, summary and link of one teaser box (and of the flat run of siblings after it)."""
    title = patterns.NEXT_LABEL.sub("", patterns.VIDEO_DURATION.sub("", title))  # "1:48 Title", "Up next: Title"
    outlet = published = summary = None
    if (parts := dated_headline(title)) is not None:  # "2025-12-05 · Title · Outlet" as one link
        published, title, outlet = parts
    for el, line in (pair for box_el in (box, *run) for pair in leaf_lines(box_el)):
        if title in line:  # the title shares its line with the outlet and time ("<a>Title</a> Outlet · 2h")
            line = line.replace(title, " ", 1).strip(" ·•|-–—")
        if len(line) < 2:
            continue
        who, when = split_outlet_time(line)
        if when and not published:
            published, outlet = when, outlet or who
        elif (len(line) <= 60 and not re.search(r"[.!?]$", line) and not outlet and not is_noise(line)
              and not is_section_header(line) and not desk_kicker(el, line)):  # a box's "Read also" label is no
            outlet = line  # outlet, nor the desk's one-word kicker ("<p class=pb-kicker>County</p>")
        elif len(line) > 60 and (summary is None or len(line) > len(summary)):
            summary = line
    return Teaser(title=title, url=link_of(cand, box), publisher=outlet, published=published, summary=summary)


def desk_kicker(el: object | None, line: str) -> bool:
    """True for a desk's kicker: one word or a desk's name in an element whose class names it a kicker ("<p
    class=pb-kicker>County</p>"); an outlet's name in a "section-tag" box ("Dorsey County Ledger") is none."""
    return el is not None and isinstance(el.tag, str) and patterns.KICKER_CLASS.search(el.get("class") or "") is not None \
        and (len(line.split()) == 1 or patterns.SECTION_LABEL.match(line) is not None)


def link_of(cand: object, box: object) -> str | None:
    """The href of the title link (or of the first link in the box)."""
    node = cand
    while node is not None and node is not box.getparent():
        if node.tag == "a" and node.get("href"):
            return node.get("href")
        node = node.getparent()
    first = cand.find(".//a[@href]")
    if first is None:
        first = box.find(".//a[@href]")
    return first.get("href") if first is not None else None


def is_noise(line: str) -> bool:
    """Chrome lines that are neither outlet nor summary."""
    return bool(patterns.INLINE_NOISE.match(line) or patterns.LOGO_LINE.match(line)
                or patterns.COMMENT_CHROME.match(line))


# ----------------------------------------------------------------------------- comments

def comments_in(roots: Iterable[object]) -> list[Comment]:
    """Every comment (author, time, text) in a comment region; none for an empty widget."""
    comments: list[Comment] = []
    for root in roots:
        for box in comment_boxes(root):
            comment = comment_from(box)
            if comment is not None:
                comments.append(comment)
    return comments


def comment_boxes(root: object) -> list[object]:
    """Containers that each hold exactly one timestamp line: one comment each."""
    stamps = [el for el, line in leaf_lines(root) if split_outlet_time(line)[1]][:MAX_ITEMS]
    count: dict = {}
    for stamp in stamps:
        for anc in ancestors_within(stamp, root):
            count[anc] = count.get(anc, 0) + 1
    boxes: list[object] = []
    for stamp in stamps:
        node = stamp
        for anc in ancestors_within(stamp, root):
            if count[anc] > 1 or anc is root:
                break
            node = anc
        if node not in boxes:
            boxes.append(node)
    return boxes


def comment_from(box: object) -> Comment | None:
    """Author, time and text of one comment box."""
    author = published = None
    texts = []
    for _el, line in leaf_lines(box):
        who, when = split_outlet_time(line.removesuffix(" says:").strip())
        if when and not published:
            published, author = when, author or (who.removesuffix(" says:").strip() if who else None)
        elif not author and len(line) <= 40 and not texts and not is_comment_chrome(line):
            author = line.removesuffix("says:").removesuffix(" says").strip() or None
        elif not is_comment_chrome(line):
            texts.append(line)
    text = " ".join(texts).strip()
    return Comment(text=text, author=author, published=published) if text else None


def is_comment_chrome(line: str) -> bool:
    """Reply/like buttons, counters and form labels inside comment threads."""
    return bool(patterns.COMMENT_CHROME.match(line) or patterns.COMMENT_ACTION.match(line))


# ----------------------------------------------------------------------------- promos

def promo_lines(roots: Iterable[object]) -> list[str]:
    """The visible lines of promo regions (with image alt texts, as a dump shows them)."""
    lines: list[str] = []
    for root in roots:
        for _el, line in leaf_lines(root):
            if line not in lines:
                lines.append(line)
    return lines


def iter_roots(sections: Iterable, role: str) -> Iterator[object]:
    """Elements of all sections with a role."""
    for section in sections:
        if section.role == role:
            yield from section.elements
