"""Stage: the article body of a pruned HTML tree, via trafilatura, as structured Blocks."""
from __future__ import annotations

import re

from .model import Block, Link, Options


def trafilatura_body(tree: object, options: Options, url: str | None = None) -> object | None:
    """Run trafilatura's main-body extraction (no metadata, fast mode) on an already parsed tree.

    Its fallback extractors (readability, justext) are not run: as a retry behind our own walk they cost 0.6 ms a
    page on ScrapingHub and lost F1 there (0.9795 with them, 0.9815 without; snippets 0.9209 both ways).
    """
    from trafilatura import bare_extraction

    try:
        result = bare_extraction(tree, url=url, fast=True, include_comments=False, with_metadata=False,
                                 include_tables=options.tables, include_images=options.images,
                                 include_links=options.links, include_formatting=True)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    return getattr(result, "body", None) if result is not None else None


def blocks_from_xml(body: object | None) -> list[Block]:
    """Convert trafilatura's XML body (p, head, list, quote, table, code, graphic) into Blocks."""
    if body is None:
        return []
    blocks: list[Block] = []
    for el in body:
        blocks.extend(blocks_of(el))
    return [b for b in blocks if b.text or b.items or b.rows or b.src]


def blocks_of(el: object) -> list[Block]:
    """Blocks for one top-level element of trafilatura's output."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "head":
        rend = el.get("rend") or "h2"
        level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
        return [Block("heading", inline_text(el), level=level, links=links_of(el))]
    if tag == "list":
        items = tuple(t for t in (inline_text(i) for i in el.iter("item")) if t)
        return [Block("list", "\n".join(items), items=items, ordered=(el.get("rend") or "").startswith("o"),
                      links=links_of(el))]
    if tag == "quote":
        return [Block("quote", inline_text(el), links=links_of(el))]
    if tag == "code":
        return [Block("code", "".join(el.itertext()).strip("\n"))]
    if tag == "table":
        return [table_block(el)]
    if tag == "graphic":
        return [Block("image", el.get("alt") or el.get("title") or "", src=el.get("src"))]
    if tag in ("div", "section") and len(el):
        return [b for child in el for b in blocks_of(child)]
    return [Block("paragraph", inline_text(el), links=links_of(el))]


def table_block(el: object) -> Block:
    """A table block: rows of cell texts."""
    rows = []
    for row in el.iter("row"):
        cells = tuple(inline_text(c) for c in row.iter("cell"))
        if any(cells):
            rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    rows = [r + ("",) * (width - len(r)) for r in rows]
    return Block("table", "\n".join(" | ".join(r) for r in rows), rows=tuple(rows))


def inline_text(el: object) -> str:
    """Text of an element with <lb/> as a newline and whitespace otherwise collapsed."""
    parts: list[str] = []
    collect(el, parts)
    text = "".join(parts)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def collect(el: object, parts: list[str]) -> None:
    """Depth-first text collection that turns line breaks into newlines."""
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        else:
            collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def links_of(el: object) -> tuple[Link, ...]:
    """Links (anchor text, target) inside an element of trafilatura's output."""
    found = []
    for ref in el.iter("ref"):
        text = " ".join("".join(ref.itertext()).split())
        if text and ref.get("target"):
            found.append(Link(text, ref.get("target")))
    return tuple(found)
