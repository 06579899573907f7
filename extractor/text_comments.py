"""Comment parsing for text dumps: a comment section's lines -> Comment items, and where the section ends."""
from __future__ import annotations

from dataclasses import dataclass

from . import patterns as P
from .model import Comment
from .segment import Line
from .text_meta import dated_name, is_name, parse_meta

_CHROME = frozenset({"comment_chrome", "comment_header", "chrome", "noise", "share", "logo"})


@dataclass(frozen=True)
class Thread:
    """Comments found in a comment section and the index where the section ends."""

    comments: tuple[Comment, ...]
    end: int


def comment_start(lines: tuple[Line, ...], i: int, limit: int) -> tuple[str, str | None, int] | None:
    """(author, time, next index) when line i opens a comment: "Jane · 4m", "1. Jane says:" + time, "Jane" + time."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < limit else None
    nxt_time = nxt.meta.time if nxt is not None and nxt.kind == "meta" and nxt.meta and nxt.meta.kind == "time" else None
    if nxt_time is None and nxt is not None and nxt.kind == "text" and P.YEARLESS_DATE.match(nxt.text):
        nxt_time = nxt.text  # a workspace's "Sam Okoro" / "Nov 4": a day without a year under the commenter
    if nxt_time is None and nxt is not None and (lead := lead_time(nxt)) and line.kind == "text" and is_name(line.text, 4):
        return P.REPLY_MARK.sub("", line.text), lead, i + 1  # a board's "Name" / "11/24 19:12<TAB>text" ("└ Name":
        # a reply's writer)
    if line.kind == "comment_says":
        m = P.COMMENT_SAYS.match(line.text)
        author = m.group("author").strip() if m else line.text
        return author, nxt_time, i + (2 if nxt_time else 1)
    if line.kind == "meta" and line.meta and line.meta.kind in ("sep", "glued") and line.meta.outlet:
        return line.meta.outlet, line.meta.time, i + 1
    if line.kind == "meta" and line.meta and line.meta.kind == "byline" and line.meta.author:
        return line.meta.author, line.meta.time, i + 1
    if line.kind in ("text", "list") and is_name(line.item or line.text, 4) and nxt_time:
        return line.item or line.text, nxt_time, i + 2
    if line.kind == "list" and (item := parse_meta(line.item)) is not None and item.kind == "glued" \
            and item.outlet and is_name(item.outlet, 4):
        return item.outlet, item.time, i + 1  # "• Martijn K. 2 uur geleden": a commenter listed with the time
    if line.kind == "list" and line.words <= 10 and (named := avatar_name_time(line.item)) is not None:
        return named[0], named[1], i + 1  # "• HO Hannah Obi Jun 12, 9:12 AM": initials, name and time
    return None


def lead_time(line: Line) -> str | None:
    """The date cell heading a table row read as a list item ("11/24 19:12<TAB>text"), else None (a rank is none)."""
    if line.rule != "LEAD_CELL" or not line.item or not line.text.endswith(line.item):
        return None
    lead = line.text[:-len(line.item)].strip()
    return lead if lead and not lead.isdigit() else None


def avatar_name_time(text: str) -> tuple[str, str] | None:
    """(name, time) of a commenter's row "HO Hannah Obi Jun 12, 9:12 AM" (the avatar's initials first, maybe)."""
    name, time = dated_name(text)
    if time is None:
        return None
    first, _, rest = name.partition(" ")
    if first.isupper() and len(first) <= 3 and rest and first == "".join(w[0] for w in rest.split())[:len(first)]:
        name = rest  # the avatar's initials
    return (name, time) if is_name(name, 4) else None


def parse_comments(lines: tuple[Line, ...], start: int, limit: int) -> Thread:
    """Parse comment threads from start (after the header) until the structure stops or limit."""
    out: list[Comment] = []
    i = start
    while i < limit:
        if lines[i].kind in _CHROME or lines[i].kind == "comment_action" or is_number_label(lines[i]) \
                or avatar_initial(lines, i, limit):
            i += 1
            continue
        head = comment_start(lines, i, limit)
        if head is None:
            if (signed := signed_below(lines, i, limit)) is None:
                break
            out.append(signed[0])
            i = signed[1]
            continue
        author, time, j = head
        text: list[str] = []
        while j < limit and lines[j].kind != "comment_action" and comment_start(lines, j, limit) is None:
            if lines[j].kind in ("comment_chrome", "comment_header") or lines[j].is_header:
                break
            text.append(lines[j].item if lead_time(lines[j]) else lines[j].text)
            j += 1
        if j < limit and lines[j].kind == "comment_action":
            j += 1
        if text:  # (a card's "Outlet｜3天前" row closing a thread that ran on into a rail has no text of its own)
            out.append(Comment(text="\n".join(text), author=author, published=time))
        i = j
    return Thread(tuple(out), i)


def avatar_initial(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """A lone letter over a commenter's name that starts with it (an avatar printed as an initial: "J" / "Jasur T.
    1 soat oldin")."""
    text = lines[i].text
    return len(text) == 1 and text.isalpha() and i + 1 < limit and lines[i + 1].text.startswith(text) \
        and comment_start(lines, i + 1, limit) is not None


def is_number_label(line: Line) -> bool:
    """A "Comment #3" / "ความคิดเห็นที่ 3-1" label over a comment."""
    return line.kind == "text" and P.COMMENT_NUMBER.match(line.text) is not None


def signed_below(lines: tuple[Line, ...], i: int, limit: int) -> tuple[Comment, int] | None:
    """A comment whose author and time come under its text ("text" / "Jane 2 hours ago" / "Like Reply"), as
    forum-style threads print it: (the comment, the index after it), or None."""
    for k in range(i + 1, min(limit, i + 5)):
        line = lines[k]
        if line.kind == "comment_action" or line.is_header or is_number_label(line):
            return None
        head = comment_start(lines, k, limit) if line.kind == "meta" else None
        if head is None:
            continue
        closed = head[2] >= limit or lines[head[2]].kind == "comment_action" or is_number_label(lines[head[2]])
        if not closed or not all(lines[m].kind in ("text", "list") for m in range(i, k)):
            return None
        end = head[2] + (1 if head[2] < limit and lines[head[2]].kind == "comment_action" else 0)
        text = "\n".join(lines[m].text for m in range(i, k))
        return Comment(text=text, author=head[0], published=head[1]), end
    return None
