"""Pages of bare text: a lite or legacy page whose story, teasers and menus are all loose text between <br>s in one
box has no element per paragraph or per section for the HTML path to judge, so it is read as the text dump a
browser's innerText makes of it, and the text path reads that."""
from __future__ import annotations

import re

from .classify import hidden_by_markup, own_text_length

BARE_MIN_CHARS = 400  # loose text after <br>s, at least: a story's worth
BARE_SHARE = 0.5  # ... and at least this share of the page's text
PAGE_BOX_LINKS = 10  # links in the box holding most of that text: the page's own box (menus, teasers), no story's
PROSE_P_CHARS = 80  # one <p> holding this much text of its own: the page has paragraph elements to judge

BLOCK_TAGS = frozenset({"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption",
                        "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "pre", "section",
                        "table", "tr", "ul", "center"})
SPACED_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})  # innerText sets a blank line around these
SKIPPED_TAGS = frozenset({"head", "script", "style", "noscript", "template", "title", "svg", "iframe", "select"})
BLANKS = re.compile(r"[ \t\r\n\f]+")


def bare_text_page(tree: object) -> bool:
    """True for a page whose text is mostly loose text after <br>s and that has no paragraph element of prose."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    if body is None:
        return False
    by_box: dict = {}
    for br in body.iter("br"):
        if (tail := (br.tail or "").strip()) and (box := br.getparent()) is not None:
            by_box[box] = by_box.get(box, 0) + len(tail)
    loose = sum(by_box.values())
    if loose < BARE_MIN_CHARS or any(own_text_length(p) >= PROSE_P_CHARS for p in body.iter("p")) \
            or loose < BARE_SHARE * sum(len(t.strip()) for t in body.itertext()):
        return False
    box = max(by_box, key=by_box.get)  # (a blog post's <br>-cut text in its own box is the HTML path's business)
    return sum(1 for _ in box.iter("a")) >= PAGE_BOX_LINKS


def inner_text(tree: object) -> str:
    """The page's text as innerText prints it: a line per block and per <br>, a blank line around paragraphs and
    headings, table cells joined by tabs; hidden boxes, scripts and styles left out."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    parts: list[str] = []
    _render(tree if body is None else body, parts)
    lines = ["\t".join(cell for cell in (" ".join(c.split()) for c in line.split("\t")) if cell)
             for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _render(el: object, parts: list[str]) -> None:
    """Append one element's rendering (and not its tail) to parts."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in SKIPPED_TAGS or hidden_by_markup(el, aria=False):
        return
    if tag == "br":
        parts.append("\n")
        return
    edge = "\n\n" if tag in SPACED_TAGS else "\n" if tag in BLOCK_TAGS else ""
    parts.append(edge)
    if el.text:
        parts.append(BLANKS.sub(" ", el.text))
    for child in el:
        _render(child, parts)
        if child.tail:
            parts.append(BLANKS.sub(" ", child.tail))
    parts.append("\t" if tag in ("td", "th") else edge)
