"""Markdown renderer: `# Title` then the body as CommonMark (GFM pipe tables), optional YAML front matter."""
from __future__ import annotations

import json
import re
from collections.abc import Sequence

from ..model import Block, Document, Link
from . import DEFAULT, RenderOptions

FRONT_MATTER_KEYS = ("title", "author", "publisher", "site", "published", "published_iso", "url", "language")
INLINE_SPECIAL = re.compile(r"[\\`*\[\]<]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_])")
LINE_START_SPECIAL = re.compile(r"[#>+\-=~|:]|\d{1,9}(?=[.)])")
YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
BULLETS = {False: ("-", "*"), True: (".", ")")}
Span = tuple[int, int, str]


def render_markdown(doc: Document, options: RenderOptions = DEFAULT) -> str:
    """Render a whole Document: optional front matter, `# Title`, then the body."""
    parts = []
    if options.front_matter:
        parts.append(front_matter(doc))
    title = one_line(doc.title)
    if title:
        parts.append("# " + heading_text(title) + "\n")
    body = render_body(doc, options, top_level=2 if title else 1)
    if body:
        parts.append(body)
    return "\n".join(parts)


def render_body(doc: Document, options: RenderOptions = DEFAULT, top_level: int = 2) -> str:
    """Render the body blocks as CommonMark, blocks separated by a blank line ("" when empty)."""
    out: list[str] = []
    previous: Block | None = None
    alternate = False
    for block in doc.body:
        follows_list = previous is not None and previous.kind == block.kind == "list"
        alternate = follows_list and previous.ordered == block.ordered and not alternate
        text = render_block(block, options, top_level, alternate)
        if text:
            out.append(text)
            previous = block
    return "\n\n".join(out) + "\n" if out else ""


def render_block(block: Block, options: RenderOptions, top_level: int = 2, alternate: bool = False) -> str:
    """Render one block ("" when it has nothing to show)."""
    links = block.links if options.links else ()
    if block.kind == "heading":
        return render_heading(block, links, top_level)
    if block.kind == "list":
        return render_list(block.items, block.ordered, links, alternate)
    if block.kind == "quote":
        return render_quote(block.text, links)
    if block.kind == "table":
        return render_table(block.rows, links)
    if block.kind == "code":
        return render_code(block.text)
    if block.kind == "image":
        return render_image(block) if options.images else ""
    return render_paragraph(block.text, links)


def render_heading(block: Block, links: Sequence[Link], top_level: int) -> str:
    """An ATX heading; body levels start at `top_level` (2 under a `# Title`)."""
    text = one_line(block.text)
    if not text:
        return ""
    level = min(6, max(top_level, block.level or top_level))
    return "#" * level + " " + heading_text(text, links)


def heading_text(text: str, links: Sequence[Link] = ()) -> str:
    """Inline Markdown for a heading, with a trailing `#` run escaped so it is not a closing sequence."""
    md = inline(text, links)[0]
    return re.sub(r"(#+)$", r"\\\1", md)


def render_paragraph(text: str, links: Sequence[Link] = ()) -> str:
    """A paragraph: lines kept as soft breaks, blank lines folded, block markers escaped."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return ""
    md = inline("\n".join(lines), links)[0]
    return "\n".join(escape_line_start(ln) for ln in md.split("\n"))


def render_list(items: Sequence[str], ordered: bool, links: Sequence[Link] = (), alternate: bool = False) -> str:
    """A bullet (`-`) or ordered (`1.`) list; `alternate` switches to `*` / `1)` so it is not merged."""
    delim = BULLETS[ordered][1 if alternate else 0]
    out, remaining, n = [], list(links), 0
    for item in items:
        lines = [ln.strip() for ln in item.splitlines() if ln.strip()]
        if not lines:
            continue
        n += 1
        marker = f"{n}{delim} " if ordered else f"{delim} "
        if ordered and lines[0].startswith((f"{n}. ", f"{n}) ")):
            lines[0] = lines[0][len(f"{n}. "):]  # a dump's item keeps its number as shown: printed once, not twice
        md, remaining = inline("\n".join(lines), remaining)
        body = [escape_line_start(ln) for ln in md.split("\n")]
        out.append(marker + ("\n" + " " * len(marker)).join(body))
    return "\n".join(out)


def render_quote(text: str, links: Sequence[Link] = ()) -> str:
    """A block quote: every line prefixed with `> `, paragraph breaks kept as a bare `>`."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    rendered, remaining = [], list(links)
    for para in paras:
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        md, remaining = inline("\n".join(lines), remaining)
        rendered.append("\n".join("> " + escape_line_start(ln) for ln in md.split("\n")))
    return "\n>\n".join(rendered)


def render_table(rows: Sequence[Sequence[str]], links: Sequence[Link] = ()) -> str:
    """A GFM pipe table; the first row is the header, short rows are padded, `|` escaped."""
    width = max((len(r) for r in rows), default=0)
    if not width or not any(c.strip() for r in rows for c in r):
        return ""
    remaining = list(links)
    lines = []
    for i, row in enumerate(rows):
        cells = []
        for cell in list(row) + [""] * (width - len(row)):
            md, remaining = inline(one_line(cell), remaining)
            cells.append(md.replace("|", "\\|"))
        lines.append("| " + " | ".join(cells) + " |")
        if i == 0:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def render_code(text: str) -> str:
    """A fenced code block whose fence is longer than any backtick run inside."""
    body = text.strip("\n")
    if not body.strip():
        return ""
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{body}\n{fence}"


def render_image(block: Block) -> str:
    """An image as `![alt](src)`; nothing when it has no source."""
    if not block.src or not block.src.strip():
        return ""
    alt = re.sub(r"([\\\[\]])", r"\\\1", one_line(block.text))
    return f"![{alt}]({destination(block.src)})"


def inline(text: str, links: Sequence[Link] = ()) -> tuple[str, list[Link]]:
    """Escape text as inline Markdown, turning the first occurrence of each link's anchor into a link.

    Returns the Markdown and the links whose anchor text was not found (for the next piece of the block).
    """
    spans, remaining = link_spans(text, links)
    out, pos = [], 0
    for start, end, href in spans:
        out.append(escape_inline(text[pos:start]))
        out.append(f"[{escape_inline(text[start:end])}]({destination(href)})")
        pos = end
    out.append(escape_inline(text[pos:]))
    return "".join(out), remaining


def link_spans(text: str, links: Sequence[Link]) -> tuple[list[Span], list[Link]]:
    """Non-overlapping (start, end, href) spans for the links found in text, and the links not found."""
    spans: list[Span] = []
    remaining: list[Link] = []
    for link in links:
        anchor, href = link.text.strip(), (link.href or "").strip()
        if not anchor or not href or href.lower().startswith("javascript:"):
            continue
        start = text.find(anchor)
        while start >= 0 and any(s < start + len(anchor) and start < e for s, e, _ in spans):
            start = text.find(anchor, start + 1)
        if start < 0:
            remaining.append(link)
        else:
            spans.append((start, start + len(anchor), href))
    return sorted(spans), remaining


def escape_inline(text: str) -> str:
    """Backslash-escape the characters that would start inline Markdown syntax."""
    return INLINE_SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def escape_line_start(line: str) -> str:
    """Escape a character at the start of a line that would open a block (heading, quote, list...)."""
    match = LINE_START_SPECIAL.match(line)
    if not match:
        return line
    if match.group(0)[0].isdigit():
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return "\\" + line


def destination(href: str) -> str:
    """A link destination safe inside `( )`: no spaces, angle brackets or bare parentheses."""
    href = re.sub(r"[\t\n\r]", "", href).strip()
    href = href.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return re.sub(r"([()\\])", r"\\\1", href)


def one_line(text: str | None) -> str:
    """Text with all whitespace runs folded to single spaces."""
    return " ".join((text or "").split())


def front_matter(doc: Document) -> str:
    """A YAML front-matter block with every metadata key (null when unknown), strings double-quoted."""
    lines = ["---"]
    for key in FRONT_MATTER_KEYS:
        value = getattr(doc, key)
        lines.append(f"{key}: {yaml_string(value) if value else 'null'}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax, plus escapes for what YAML forbids raw)."""
    quoted = json.dumps(str(value), ensure_ascii=False)
    return YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)
