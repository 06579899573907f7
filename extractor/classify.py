"""Stage: give page regions a role (related, comment, promo, chrome) from tags, class tokens and header text."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from lxml import etree

from . import patterns

SKIP_CONTAINERS = {"html", "body", "main"}
HEADER_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LIST_TAGS = {"ul", "ol", "dl", "table", "form", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"}
BLOCKISH_TAGS = {"p", "div", "li", "section", "header", "td", "th", "dt", "dd", "summary", "legend", "caption",
                 "figcaption", "article", "aside"}
INLINE_TAGS = {"a", "b", "i", "em", "strong", "span", "u", "small", "sup", "sub", "mark", "code", "abbr", "cite",
               "q", "time", "font", "br", "ruby", "rt", "rb", "rp"}
BOX_TAGS = frozenset(("div", "section", "article", "main"))  # boxes whose <p> children count as the prose around them
LEAFISH_TAGS = {"p", "span", "div", "strong", "b", "em", "li", "a", "header", "summary", "label", "legend", "dt",
                "figcaption", "section", "caption", "th"}  # (a table of cards headed by a row's "<th>More from X")


HEADERISH_TAGS = HEADER_TAGS | LEAFISH_TAGS  # tags a section header's text can sit in
HEADER_BLOCKERS = frozenset(("p", "div", "ul", "ol", "section"))  # children that make a box more than a header


@dataclass(frozen=True)
class Section:
    """A page region that is not the article: its elements (one, or a header and its following siblings)."""

    elements: tuple
    role: str
    rule: str
    header: str | None = None


def text_of(el: object) -> str:
    """Visible text of an element, whitespace collapsed."""
    try:
        raw = (el.text or "") if len(el) == 0 else raw_text(el)  # a leaf's text without a serializer call
        return " ".join(raw.split())
    except (ValueError, AttributeError, TypeError):
        return ""


SMALL_BOX = 4  # children: up to this many, short_text() reads the whole text at once


def short_text(el: object, limit: int) -> str | None:
    """text_of(el) when it is at most `limit` characters long, else None, reading no further than needed: the
    characters other than blanks counted so far bound the collapsed length from below (a link's parent may be a
    list of 300 links: its whole text for each link was quadratic)."""
    if len(el) <= SMALL_BOX:  # a few children: serialising in C beats a Python loop, whatever their size
        text = text_of(el)
        return text if len(text) <= limit else None
    parts, solid = [], 0
    for part in el.itertext():
        solid += sum(map(len, part.split()))
        if solid > limit:
            return None
        parts.append(part)
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def raw_text(el: object) -> str:
    """All text inside an element (not its tail), as lxml's text_content() gives it, but serialized in C: 1.2 us
    against 3.6 us for a small box (text_content() sets up an XPath evaluation on every call)."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def class_tokens(el: object) -> frozenset[str]:
    """Lower-cased class and id tokens, with their hyphen-joined tails ("msn-more-for-you" -> "more-for-you")."""
    return tokens_of(f"{el.get('class') or ''} {el.get('id') or ''}")


@lru_cache(maxsize=8192)
def tokens_of(raw: str) -> frozenset[str]:
    """The lower-cased token set of one class/id string, with hyphen-joined heads and tails and the words of a
    PascalCase name ("PromoSmall-description" -> promo, small); cached: pages repeat the same classes many times."""
    tokens: set[str] = set()
    for token in raw.replace("_", " ").split():  # CLASS_SPLIT at C speed: a page brings ~40 new class strings
        if not token.islower() and not token.isupper():
            tokens.update(word.lower() for word in patterns.CAMEL_WORDS.findall(token))
        token = token.lower()
        tokens.add(token)
        if "-" in token:
            parts = token.split("-")
            for i in range(1, len(parts)):
                tokens.add("-".join(parts[i:]))
                tokens.add("-".join(parts[:i]))
    return frozenset(tokens)


@lru_cache(maxsize=8192)
def roles_of_tokens(cls: str | None, ident: str | None) -> tuple[bool, tuple[str, str] | None]:
    """(names an embed box, (role, rule) its class/id tokens imply) for one class and id pair."""
    tokens = tokens_of(f"{cls or ''} {ident or ''}")
    embed = not tokens.isdisjoint(patterns.EMBED_TOKENS)
    for role, vocab in (("promo", patterns.AD_NETWORK_TOKENS), ("comment", patterns.COMMENT_TOKENS),
                        ("related", patterns.RELATED_TOKENS),
                        ("promo", patterns.PROMO_TOKENS), ("chrome", patterns.CHROME_TOKENS)):
        if not tokens.isdisjoint(vocab):
            return embed, (role, f"class/id token '{min(tokens & vocab)}'")
    return embed, None


def hidden_by_markup(el: object, aria: bool = True) -> bool:
    """Hidden by the `hidden` attribute, an inline display:none / visibility:hidden or (if aria) aria-hidden."""
    if el.get("hidden") is not None or aria and el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and ("none" in style or "hidden" in style):
        flat = style.replace(" ", "").lower()
        return "display:none" in flat or "visibility:hidden" in flat
    return False


def role_from_tokens(el: object) -> tuple[str, str] | None:
    """Role implied by class/id tokens, ARIA role or tag name, with the rule's name."""
    tag = el.tag
    if tag in ("nav", "footer"):
        return "chrome", f"tag <{tag}>"
    aria = el.get("role")
    if aria and (aria := aria.lower()) in patterns.CHROME_ROLES:
        return ("related" if aria == "complementary" else "chrome"), f"role={aria}"
    label = el.get("aria-label")
    if label and ("cookie" in (label := label.lower()) or "consent" in label):
        return "promo", "aria-label consent"
    cls, ident = el.get("class"), el.get("id")
    if component := el.get("data-component"):  # a component's name ("video-player"; "imageGalleryModal", a link
        ident = f"{ident or ''} {component.lower()}"  # opening a modal, is read whole, not as its camel-case words)
    if cls or ident:
        embed, by_tokens = roles_of_tokens(cls, ident)
        if embed and el.find(".//blockquote") is not None:
            return None  # an embedded social post inside the article
        if by_tokens:
            return by_tokens
    if tag == "aside":
        return "related", "tag <aside>"
    if tag == "header":
        return "chrome", "tag <header>"
    return None


def header_role(el: object) -> tuple[str, str, str] | None:
    """Role of a short header-like element from its text ("Related Articles", "5 thoughts on ...")."""
    tag = el.tag
    if tag not in HEADERISH_TAGS or tag == "th" and column_head(el):
        return None
    if len(el) and tag not in HEADER_TAGS and any(c.tag in HEADER_BLOCKERS for c in el):
        return None
    first = el.text
    if first is not None and len(first) > 120 and (len(first) > 400 or len(" ".join(first.split())) > 120):
        return None  # a paragraph's first words already run past any header
    raw = (first or "") if len(el) == 0 else raw_text(el)
    if len(raw) > 400:
        return None
    text = " ".join(raw.split())
    if not text or len(text) > 120:
        return None
    role = patterns.section_header_role(text) or (
        "related" if tag in HEADER_TAGS and patterns.HEADING_ONLY_RELATED.match(text) else None)
    if role is None or is_inline_part(el, text):
        return None
    return role, f"header '{text[:40]}'", text


def column_head(cell: object) -> bool:
    """True for a table's column name ("Topic | Replies | Views"), not a row-wide "<th colspan=2>More from X"."""
    row = cell.getparent()
    return row is not None and sum(1 for c in row if c.tag in ("th", "td")) > 1


def line_of(el: object) -> str:
    """The text an element shows on its own line: its text and inline children, not its block children."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCKISH_TAGS and child.tag not in LIST_TAGS:
            parts.append(raw_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def is_inline_part(el: object, text: str) -> bool:
    """True when el is only part of a longer line ("<p><b>Related:</b> <a>...</a></p>", a tag in a tag list).

    A line ends at a block boundary or a <br>, so "<b>Comments (4)</b><br>" inside a long cell is a line of its own.
    """
    node = el
    while node.tag not in HEADER_TAGS and node.tag not in BLOCKISH_TAGS:
        if stands_alone(node):
            return False
        parent = node.getparent()
        if parent is None:
            return False
        if len(line_of(parent)) > len(text) + 3:
            return True
        node = parent
    return False


def stands_alone(node: object) -> bool:
    """True when a <br> or a block (or the edge of its parent) sits right before and right after an inline element."""
    before, parent = node.getprevious(), node.getparent()
    if parent is None:
        return True
    text_before = (before.tail if before is not None else parent.text) or ""
    after = node.getnext()
    if text_before.strip() or (node.tail or "").strip():
        return False
    ends = [before, after]
    return any(e is not None for e in ends) and all(e is None or breaks_line(e) for e in ends)


def breaks_line(el: object) -> bool:
    """A <br>, <hr> or block element: what ends a rendered line."""
    return isinstance(el.tag, str) and (el.tag in ("br", "hr") or el.tag in BLOCKISH_TAGS or el.tag in LIST_TAGS)


def ancestry(el: object | None) -> frozenset:
    """An element and all its ancestors (empty for None).

    Holds the element proxies themselves: lxml recycles proxies, so their id() is not stable.
    """
    nodes = set()
    while el is not None:
        nodes.add(el)
        el = el.getparent()
    return frozenset(nodes)


def protected(el: object, title_path: frozenset) -> bool:
    """Never drop the page root, the main container, or anything holding the title."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag in SKIP_CONTAINERS or el in title_path


def main_candidates(tree: object, title_el: object | None) -> tuple[object | None, object | None]:
    """The container of the article's prose: the first strong paragraph parent after the title (Readability-style).

    Each paragraph-like element (p, a <dd> definition, or a div holding its own text) scores its text length for its
    parent and half of it for the grandparent; link-heavy text does not count. Among strong parents (half the best
    score, or 300 characters and a fifth of it), the first one after the title wins, so teaser or comment lists
    further down that hold more text do not.
    """
    scores: dict = {}
    for el in tree.iter("p", "div", "pre", "blockquote", "td", "dd", "section", "article"):
        own = own_text_length(el)
        if own < 40 or link_density(el, own if el.tag == "p" else None) > 0.5 or in_card_link(el):
            continue
        for parent, share in score_targets(el):
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + own * share
    if not scores:
        return None, None
    scores = {el: score for el, score in scores.items() if not headline_rail(el) and ai_box_label(el) is None} or scores
    best = max(scores.values())
    strong = [el for el, score in scores.items() if score >= 0.35 * best]
    start = doc_key(title_el) if title_el is not None else ()
    titled = ancestry(title_el)
    after = [el for el in strong if doc_key(el) > start or el in titled]
    after = [el for el in after if not outscored_inside(el, after, scores)]
    first = min(after or strong, key=doc_key)
    return first, max(scores, key=scores.get)


CARD_LINK_CHARS = 1500  # a teaser card made one link: headline, outlet and a summary of a few lines at most


def in_card_link(el: object) -> bool:
    """True for text inside a link of a card's size: a teaser's summary in an app's list of linked cards
    (<li><a class="item-link">title, outlet, summary</a></li>), never story prose. A link left open over the rest of
    a broken page holds far more and is not one."""
    link = next(el.iterancestors("a"), None)
    return link is not None and short_text(link, CARD_LINK_CHARS) is not None  # (bounded: one link may hold a page)


def headline_rail(el: object) -> bool:
    """True for a box whose own children include three or more headings that are each one link: teasers whose bare
    summary paragraphs look like the story's (a "Lue myös" rail inside the story's container), never its prose."""
    return sum(1 for child in el if isinstance(child.tag, str) and linked_heading(child)) >= TEASER_ITEMS


def linked_heading(el: object) -> bool:
    """True for a heading that is one link and nothing else ("<h3><a href=...>Headline</a></h3>")."""
    if el.tag not in HEADER_TAGS:
        return False
    links = list(el.iter("a"))
    return len(links) == 1 and text_of(links[0]) == text_of(el) != ""


def doc_key(el: object) -> tuple[int, ...]:
    """A sort key in document order (an ancestor before its descendants): child indexes from the root down."""
    path = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    return tuple(reversed(path))


def outscored_inside(el: object, candidates: list, scores: dict) -> bool:
    """True when a candidate holds another candidate that scores higher (a row around the article column)."""
    return any(other is not el and scores[other] > scores[el] and is_inside(other, el) for other in candidates)


def score_targets(el: object) -> tuple:
    """Who a paragraph's text counts for: its parent and grandparent, or, for loose text in a block holding other
    blocks (Readability wraps such text in a <p> of its own), the block itself and its parent."""
    if el.tag != "p" and any(isinstance(c.tag, str) and c.tag in BLOCKISH_TAGS for c in el):
        return (el, 1.0), (el.getparent(), 0.5)
    parent = above_wrappers(el)
    return (parent, 1.0), (parent.getparent() if parent is not None else None, 0.5)


WRAPPER_CLIMB = 3  # single-child boxes stepped over between a paragraph and its container
WRAPPED_ROWS = 3  # sibling rows, each one box around one child, that make a paragraph's wrappers a row pattern


def above_wrappers(el: object) -> object | None:
    """The parent of el, or, when el sits in a chain of boxes that wrap only it and that chain is one of several
    such rows, the rows' container: a GWT or table-built page puts every paragraph in a cell of a row of its own,
    and those paragraphs count for the table, as siblings would."""
    parent = top = el.getparent()
    if parent is None or len(parent) != 1 or (parent.text or "").strip():
        return parent
    for _ in range(WRAPPER_CLIMB):  # up to the outermost box that still wraps only this paragraph
        up = top.getparent()
        if up is None or len(up) != 1 or (up.text or "").strip():
            break
        top = up
    container = top.getparent()
    if container is None:
        return parent
    rows = sum(1 for c in container if len(c) == 1 and c.tag == top.tag)
    return container if rows >= WRAPPED_ROWS else parent


def own_text_length(el: object) -> int:
    """Length of the text an element holds directly (not inside block children)."""
    if el.tag == "p":
        return len(text_of(el))
    own = (el.text or "").strip()
    lengths = [len(own)] if own else []
    for child in el:  # one pass: the text and tails stripped, inline children collapsed, joined by single spaces
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS and (inline := text_of(child)):
            lengths.append(len(inline))
        if (tail := child.tail) and (tail := tail.strip()):
            lengths.append(len(tail))
    return sum(lengths) + len(lengths) - 1 if lengths else 0


def grand(el: object) -> object | None:
    """The grandparent of an element."""
    parent = el.getparent()
    return parent.getparent() if parent is not None else None


def find_sections(tree: object, title_el: object | None, keep: tuple = (), signups: list = ()) -> list[Section]:
    """All outermost non-article regions of the page, in document order (marked subtrees are not entered).

    The title, the elements in `keep` (the prose containers) and all their ancestors are never a section.
    """
    title_path = ancestry(title_el)
    prose: dict = {}
    for el in keep:
        title_path |= ancestry(el)
        if el is not None:
            prose.update(prose_lengths(el))
    sections: list[Section] = []
    taken: set = set()
    stack = [tree]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el in taken:
            continue
        section = section_at(el, title_path)
        if section is None and el.tag in ("ul", "ol") and any(k is not None and is_inside(el, k) for k in keep):
            section = headline_list_at(el, title_path)
        if section is not None and section.header and swallows(section, prose) and not linked_headlines(section):
            section = None
        if section is not None and not section.header and holds_article_text(section, keep):
            section = None
        if section is not None:
            sections.append(section)
            taken.update(section.elements)
            continue
        stack.extend(reversed(list(el)))
    boxes = form_boxes(signups, title_path, taken)
    return sorted(sections + boxes, key=lambda s: doc_key(s.elements[0])) if boxes else sections


FORM_BOX_WORDS = 40  # a sign-up box: its pitch, its field and its button; more text around a form is the page's


def sign_ups(tree: object) -> list:
    """Sign-up forms, and the boxes of subscribe/join/offer buttons outside forms, found before the page's fields and
    buttons are stripped (form_boxes reads them later)."""
    found = []
    for el in tree.iter("form", "button"):
        if el.tag == "form" and signs_up(el):
            found.append(el)
        elif el.tag == "button" and calls_to_act(el) and (parent := el.getparent()) is not None:
            found.append(parent)
    return found


def form_boxes(signups: list, title_path: frozenset, taken: set) -> list[Section]:
    """The sign-up forms and buttons' boxes with the short box around them, as promo sections ("Recibe as novas no
    correo" [e-mail] "Subscribirme"); those stripped with a <template> or <noscript>, already in a section or
    holding the title are left."""
    found: list[Section] = []
    for mark in signups:
        if next(mark.iterancestors("html"), None) is None or mark in title_path or not ancestry(mark).isdisjoint(taken) \
                or len(text_of(mark).split()) > FORM_BOX_WORDS:
            continue
        box = mark
        while (parent := box.getparent()) is not None and parent not in title_path \
                and len(text_of(parent).split()) <= FORM_BOX_WORDS:
            box = parent
        found.append(Section((box,), "promo", "sign-up form"))
        taken.add(box)
    return found


def calls_to_act(button: object) -> bool:
    """True for a button outside a form whose label subscribes, joins, upgrades or takes an offer ("Saņemt kuponu")."""
    return next(button.iterancestors("form"), None) is None and patterns.CTA_BUTTON.match(text_of(button)) is not None


def signs_up(form: object) -> bool:
    """True for a form that asks for an e-mail address or whose button subscribes or joins, and has no text area."""
    if next(form.iter("textarea"), None) is not None:
        return False
    for el in form.iter("input", "button"):
        if el.tag == "input" and (el.get("type") or "").lower() == "email":
            return True
        label = text_of(el) if el.tag == "button" else el.get("value") or ""
        if label and patterns.CTA_BUTTON.match(label):
            return True
    return False


def masked_article_boxes(keep: tuple) -> list:
    """Class-marked boxes inside the prose containers that hold article text (a "paywall" div around the rest)."""
    found = []
    for container in (k for k in keep if k is not None):
        for el in container.iter():
            if not isinstance(el.tag, str) or any(is_inside(el, f) for f in found):
                continue
            marked = role_from_tokens(el)
            if marked and holds_article_text(Section((el,), marked[0], marked[1]), keep):
                found.append(el)
    return found


def holds_article_text(section: Section, keep: tuple) -> bool:
    """True when a class-marked box inside the prose container is itself article text (a "paywall" wrapper)."""
    el = section.elements[0]
    if section.role == "comment" or not any(k is not None and is_inside(el, k) for k in keep):
        return False
    paragraphs = [p for p in el.iter("p") if len(text_of(p)) >= 80 and link_density(p) < 0.3]
    return len(paragraphs) >= 3 and link_density(el) < 0.2


def is_inside(el: object, container: object) -> bool:
    """True when el is container or one of its descendants."""
    node = el
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


def prose_lengths(container: object) -> dict:
    """The container's prose (children with 80+ characters of their own text, and the paragraphs of a box among
    them: a flat page's article <div> next to its comment boxes) with their lengths."""
    found = {}
    for child in container:
        if not isinstance(child.tag, str):
            continue
        if (own := own_text_length(child)) >= 80:
            found[child] = own
        elif child.tag in BOX_TAGS:
            found.update((p, n) for p in child.iterchildren("p") if (n := own_text_length(p)) >= 80)
    return found


def swallows(section: Section, prose: dict) -> bool:
    """True when a header's section would take most of the article's prose text with it."""
    if not prose:
        return False
    inside = sum(prose.get(node, 0) for el in section.elements for node in el.iter())
    return inside * 2 > sum(prose.values())


def linked_headlines(section: Section) -> bool:
    """True for a related section holding three or more headings that are each one link: a teaser list, however much
    of the container's paragraph text its summaries hold ("Lue myös" over h3 links and bare <p> summaries)."""
    if section.role != "related":
        return False
    headings = sum(1 for el in section.elements for heading in el.iter(*HEADER_TAGS) if linked_heading(heading))
    return headings >= TEASER_ITEMS or sum(1 for el in section.elements if link_led(el)) >= TEASER_ITEMS


def link_led(el: object) -> bool:
    """True for a paragraph that opens with a link and a line break: a lite page's teaser ("<p><a>Headline</a><br>
    <small>Outlet · 2h</small><br>summary</p>"), not story text with a link in it."""
    if el.tag not in ("p", "li", "div") or (el.text or "").strip() or len(el) < 2:
        return False
    first, second = el[0], el[1]
    return first.tag == "a" and not (first.tail or "").strip() and second.tag == "br"


def section_at(el: object, title_path: frozenset) -> Section | None:
    """The section that starts at el, if el is a marked container or a section header."""
    if protected(el, title_path):
        return None
    by_tokens = role_from_tokens(el)
    if by_tokens:
        role, rule = by_tokens
        if role in ("chrome", "related") and opens_with_promo(el):
            role, rule = "promo", rule + " + promo header"  # a footer or a "related" widget headed "Sponsored"
        elif role == "related" and is_inline_teaser(el):
            role, rule = "chrome", rule + " + inline teaser"  # "See also: <a>X</a>" inside the story: noise
        elif role == "promo" and opening_text(el) and patterns.RELATED_HEADER.match(opening_text(el)):
            role, rule = "related", rule + " + related header"  # a CMS's "PromoList" of teasers: "More from X"
        return Section((el,), role, rule)
    if (label := ai_box_label(el)) is not None:
        return Section((el,), "promo", "AI box", label)  # (with its label as header: its answers are no article text)
    by_header = header_role(el)
    if by_header:
        role, rule, text = by_header
        reach = "faq" if role == "promo" and patterns.FAQ_HEADER.match(text) else role  # (over its questions, answers)
        return Section(section_extent(el, title_path, reach), role, rule, text)
    if is_teaser_card(el):
        return Section(with_card_label(el), "related", "teaser card")
    if inline_teaser_list(el):
        return Section((el,), "related", "inline teaser list")  # "Read more: <a>A</a> | <a>B</a> | <a>C</a>"
    return None


AI_BOX_TAGS = frozenset(("div", "section", "aside"))
AI_NOTE_CHARS = 300  # an AI box's closing disclaimer: a sentence or two
NOTE_CHILDREN = 3  # ... a paragraph with a link or a bold word at most
AI_LABEL_CHARS = 120  # the box's label: a few words


def ai_box_label(el: object) -> str | None:
    """The label of a box opened by an AI feature's label and closed by its disclaimer ("Ask our assistant about
    this story" ... "AI answers can be wrong."; "Local summary · AI-generated" ... "This summary was generated by
    AI and may contain mistakes."), else None: the text path's AI box, read on the markup."""
    if el.tag not in AI_BOX_TAGS or len(el) < 2 or not isinstance(el[0].tag, str) or len(el[0]) > 1:
        return None  # (the label first, a line of text: most boxes stop here, 1 ms a page saved)
    label = short_text(el[0], AI_LABEL_CHARS)
    if not label or not patterns.ai_label(label, len(label.split())):
        return None
    return label if any((note := short_text(child, AI_NOTE_CHARS)) and patterns.ai_note(note, len(note.split()))
                        for child in el[-2:] if isinstance(child.tag, str) and len(child) <= NOTE_CHILDREN) else None


TEASER_CARD_CHARS = 500  # a single teaser card: headline, a summary of two or three lines, a "more" link
CARD_LABEL_CHARS = 60  # the label a story sets over such a card ("Weitere Informationen", "Podcast: X")


def is_teaser_card(el: object) -> bool:
    """A teaser-classed box set among the story's paragraphs that is one card for another page: a heading that is a
    single link and a second link (the summary's "mehr", the picture) to the same address."""
    cls = el.get("class")
    if not cls or el.tag not in ("div", "section", "article", "aside") or "card" not in (low := cls.lower()) \
            and "teaser" not in low or not patterns.CARD_CLASS.search(cls):
        return False
    heading = next(el.iter(*HEADER_TAGS), None)
    if heading is None or len(text_of(el)) > TEASER_CARD_CHARS:
        return False
    links = list(heading.iter("a"))
    if len(links) != 1 or not (href := links[0].get("href")) or text_of(links[0]) != text_of(heading):
        return False
    return any(a.get("href") == href for a in el.iter("a") if a is not links[0])


def with_card_label(card: object) -> tuple:
    """The card, after the short link-free label box right before it ("<div class="boxhead">") when there is one."""
    label = card.getprevious()
    if label is None or label.tag not in ("div", "span", "p") or len(label) or not patterns.CARD_LABEL_CLASS.search(
            label.get("class") or "") or len(text_of(label)) > CARD_LABEL_CHARS:
        return (card,)
    return (label, card)


INLINE_TEASER_CHARS = 200  # an inline "Related: <a>Headline</a>" line is short


def is_inline_teaser(el: object) -> bool:
    """A one-link "Related: X" / "See also: X" line set inside the story (a related-classed <p> or <div>): noise the
    story's truth leaves out, not a teaser list."""
    if el.tag not in ("p", "div", "span", "aside") or sum(1 for _ in el.iter("a")) != 1:
        return False
    text = short_text(el, INLINE_TEASER_CHARS)
    return text is not None and patterns.INLINE_TEASER.match(text) is not None


INLINE_LIST_CHARS = 600  # "Read more: A | B | C | D | E": five headlines on one line


def inline_teaser_list(el: object) -> bool:
    """A line of two or more linked headlines after a "Read more:" label ("<div><b>Read more:</b> <a>A</a> |
    <a>B</a></div>"): teasers, where a one-link "Related: X" line is the story's noise."""
    if el.tag not in ("p", "div") or len(el) < 2 or sum(1 for c in el if c.tag == "a") < 2:
        return False
    text = short_text(el, INLINE_LIST_CHARS)
    return text is not None and patterns.INLINE_TEASER.match(text) is not None


def headline_list_at(el: object, title_path: frozenset) -> Section | None:
    """A list of linked headlines inside the prose container (teasers the body would otherwise keep), with its own
    heading, in a language no header rule knows ("Aliaj artikoloj"); not in a hidden tab."""
    if len(el) < TEASER_ITEMS or not is_headline_list(el) or introduced(el) \
            or any(hidden_by_markup(box, aria=False) for box in (el, *el.iterancestors())):
        return None
    heading = el.getprevious()
    heading = heading if heading is not None and heading.tag in HEADER_TAGS and len(text_of(heading)) <= 60 \
        and not protected(heading, title_path) else None
    return Section((heading, el) if heading is not None else (el,), "related", "list of linked headlines")


def introduced(el: object) -> bool:
    """True when the element right before a list is a short paragraph ending in a colon that opens no teasers:
    the story's own list of links ("Where to find help tonight:" over the shelters' pages; not "Read more:")."""
    lead = el.getprevious()
    if lead is None or lead.tag != "p" or (el.getparent() is not None and (el.getparent().text or "").strip()):
        return False
    text = text_of(lead)
    return 0 < len(text) <= LEAD_IN_CHARS and text.endswith((":", "：")) and not (
        patterns.RELATED_HEADER.match(text) or patterns.INLINE_TEASER.match(text)
        or patterns.section_header_role(text)) and links_out(el)


LEAD_IN_CHARS = 120


def links_out(el: object) -> bool:
    """True when every link in el leads to another site than the page's own (its canonical or og:url address):
    the story's pointers elsewhere, not the site's own stories ("MÁS INFORMACIÓN:" over links to the same site)."""
    root = el.getroottree().getroot()
    own = next((urlparse(u).hostname or "" for u in (*root.xpath("//link[@rel='canonical']/@href"),
                                                     *root.xpath("//meta[@property='og:url']/@content")) if u), "")
    hosts = [urlparse(a.get("href") or "").hostname for a in el.iter("a")]
    return bool(hosts) and all(h and h.removeprefix("www.") != own.removeprefix("www.") for h in hosts)
TEASER_ITEMS = 3  # list items, each opening with a linked headline, that make a list of teasers
TEASER_ITEM_WORDS = 80  # a teaser item's headline, date, outlet and summary stay under this


def is_headline_list(el: object) -> bool:
    """True for a list whose items all open with a link of four words or more (a headline) leading elsewhere, each
    item short: "<li><a>2025-12-05 · Title · Outlet</a><p>summary</p>", in any language."""
    items = [c for c in el if isinstance(c.tag, str)]
    if len(items) < TEASER_ITEMS or any(c.tag != "li" for c in items):
        return False
    for li in items:
        link = li[0] if len(li) else None
        if (li.text or "").strip() or link is None or link.tag != "a" or (link.get("href") or "#").startswith("#") \
                or len(text_of(link).split()) < 4 or len(text_of(li).split()) > TEASER_ITEM_WORDS:
            return False
    return True


def opens_with_promo(el: object) -> bool:
    """True when a chrome region (a <footer>, a banner) starts with a promo header ("Download the app"), or is a small
    box with an app store's button ("<h2>Learn on the go</h2> ... <img alt='App Store'>")."""
    text = opening_text(el)
    return bool(text and (patterns.PROMO_HEADER.match(text) or patterns.PROMO_LINE.match(text))) or store_box(el)


STORE_BOX_CHARS = 400  # an app pitch: a title, a sentence, the store buttons


def store_box(el: object) -> bool:
    """True for a short box holding an app store's button (an image or link "App Store", "Google Play")."""
    if len(text_of(el)) > STORE_BOX_CHARS:
        return False
    links = list(el.iter("a"))
    if sum(1 for a in links if not store_button(a)) > 1:
        return False  # (a rail of teasers with the app's button under them stays a rail)
    return any(store_button(a) for a in links) or any(patterns.STORE_BUTTON.match(img.get("alt") or "")
                                                       for img in el.iter("img"))


def store_button(node: object) -> bool:
    """True for a link whose text or image names an app store ("Get it on Google Play", <img alt="App Store">)."""
    return any(patterns.STORE_BUTTON.match(label) for label in (
        text_of(node), *(img.get("alt") or "" for img in node.iter("img"))) if label)


def opening_text(el: object) -> str:
    """The first piece of text inside el (its first heading or label, as a region shows it)."""
    return next((text for child in el.iter() if isinstance(child.tag, str) and (text := (child.text or "").strip())), "")


def section_extent(header: object, title_path: frozenset, role: str) -> tuple:
    """The elements a header governs: its outermost ancestor without the title, or it and its next siblings."""
    node = header
    while True:
        parent = node.getparent()
        if parent is None or protected(parent, title_path):
            break
        if text_before(node) > 200 or role == "promo" and len(text_of(parent)) > 400:
            break
        node = parent
    if node is not header and len(text_of(node)) > len(text_of(header)) + 20:
        return (node,)
    return (node, *following_siblings(node, role, title_path))


def text_before(node: object) -> int:
    """Characters of text in the siblings before node: a header deep inside prose is not its container's start."""
    return sum(len(text_of(sib)) for sib in node.itersiblings(preceding=True) if isinstance(sib.tag, str))


def following_siblings(node: object, role: str, title_path: frozenset) -> list:
    """Siblings after a header that belong to its section (comments and a "People also ask" block's answered questions:
    all; others: until body-like text)."""
    siblings = []
    level = heading_level(node)
    for sib in node.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib in title_path or role == "promo" or role_from_tokens(sib) is not None:
            break  # a sibling marked by its own tags or classes is a region of its own
        if level and heading_level(sib) and heading_level(sib) <= level and header_role(sib) is None:
            break
        if role not in ("comment", "faq") and looks_like_body(sib) and not link_led(sib) or header_role(sib) is not None \
                or opens_with_header(sib):
            break  # (another section's header ends this one: "Comments (3)" ... "Related news", or a box opening
            # with one: "<section><h2>Related Articles</h2>...")
        if role == "related" and credits_source(sib):
            break  # "🔗 منبع: <a>X</a>" under a "Read more:" list: the story's credit, not another teaser
        siblings.append(sib)
    return siblings


def opens_with_header(el: object) -> bool:
    """True for a box whose first child is a heading that names a section ("<section><h2>Related Articles</h2>")."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and first.tag in HEADER_TAGS and header_role(first) is not None


CREDIT_CHARS = 200  # a source credit line is short


def credits_source(el: object) -> bool:
    """True for a short block that is a source credit ("Source: X", "🔗 منبع: X"), an icon before it aside."""
    text = short_text(el, CREDIT_CHARS)
    return bool(text) and patterns.SOURCE_LINE.match(patterns.without_icon(text)) is not None


def heading_level(el: object) -> int:
    """1-6 for <h1>-<h6>, else 0."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return int(tag[1]) if tag in HEADER_TAGS else 0


def looks_like_body(el: object) -> bool:
    """A long, link-poor run of text: article prose rather than a teaser list."""
    text = text_of(el)
    if len(text) < 300:
        return False
    return link_density(el) < 0.2 and len(list(el.iterdescendants("a"))) < 3


def link_density(el: object, total: int | None = None) -> float:
    """Share of an element's text that sits inside links (total: its text length, when already known)."""
    links = list(el.iter("a"))
    if not links:
        return 0.0
    total = (len(text_of(el)) if total is None else total) or 1
    linked = sum(len(text_of(a)) for a in links)
    return min(1.0, linked / total)
