"""Teaser parsing for text dumps: a related section's lines -> Teaser items, and where the section ends."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from . import patterns as P
from .model import Teaser
from .regexcache import compile_regex as rx
from .segment import Line, is_address_row
from .text_meta import (
    Meta,
    as_time,
    count_words,
    dated_headline,
    is_name,
    parse_meta,
    plausible_outlet,
    undouble,
)

SENTENCE_STOPS = P.SENTENCE_STOPS

# "Title May 4, 2025", "Title (12/03/2025)", "Title Outlet — 28 Şubat 2025" (the dash stays with what precedes it).
_TRAILING_TIME = rx(r"^(?P<title>.+?)\s+[(\[]?(?P<time>(" + P.TEXT_DATE + "|" + P.TEXT_COUNTED_TIME
                            + r"))[)\]]?\s*$", re.IGNORECASE)
# A headline row of a news river: "Title Outlet 34m", "Title Outlet 2 hours ago", "Title Outlet May 4, 2025".
_ROW_TIME = rx(r"^(?P<title>.+?)\s+(?P<time>(\d{1,3}\s?(m|min|h|hr|d)|" + P.TEXT_COUNTED_TIME + "|" + P.TEXT_DATE
                       + r"))\s*$", re.IGNORECASE)
FAR_META = 6  # lines: a related list's first meta row further down than this is not its cards'
RIVER_MIN = 3  # headline rows in a run before it counts as a river of teasers
# "Title Outlet · time" where the time may be a bare word ("hier", "ontem") since the separator marks it.
_SEPARATED_TAIL = rx(r"^(?P<head>.+?)\s*[·•|]\s*(?P<time>(" + P.TEXT_RELATIVE_TIME + "|" + P.TEXT_SHORT_TIME
                             + "|" + P.TEXT_DATE + r"))\s*$", re.IGNORECASE)
# A list item "Title 12 January 2026 | Outlet": the date at the end of the title, the outlet after the separator.
_DATED_OUTLET_TAIL = rx(r"^(?P<head>.{8,}?)\s+(?P<time>" + P.TEXT_DATE + r")\s*[|·•]\s*(?P<outlet>[^|·•\d]{2,60})$",
                        re.IGNORECASE)
# A card flattened into one line by a text browser: "Title Outlet · 2 June 2026 Six new moorings have opened ...".
_SUMMARY_AFTER_CREDIT = rx(r"^(?P<head>.{8,}?\s[·•|]\s(" + P.TEXT_DATE + r"))\s+(?P<summary>\S.{20,})$", re.IGNORECASE)
# Lower-case words inside outlet names: "Correio do Cerrado", "Gazeta da Serra", "Corriere della Sera".
_CONNECTORS = frozenset({"do", "da", "dos", "das", "de", "del", "della", "des", "du", "di", "of", "und", "y", "e", "&"})
_ARTICLES = frozenset({"the", "la", "le", "les", "el", "los", "las", "der", "die", "das", "il", "o", "a"})
_SKIP = frozenset({"noise", "logo", "caption", "share", "chrome", "source"})


@dataclass(frozen=True)
class Parsed:
    """Teasers found in a related section, the lines they used, and the index where the section ends."""

    teasers: tuple[Teaser, ...]
    end: int


def outlet_line(lines: tuple[Line, ...], i: int) -> str | None:
    """The outlet named by a teaser's outlet line: "• India.com", its unbulleted twin, or an outlet meta."""
    line = lines[i]
    if line.kind == "meta" and line.meta and line.meta.kind == "outlet":
        return line.meta.outlet
    if line.kind == "list" and is_name(line.item, 6):
        return line.item
    if line.kind == "text" and is_name(line.text, 6):
        near = lines[max(0, i - 3): i + 4]
        if any(n.kind == "list" and n.item == line.text for n in near):
            return line.text
        if i + 1 < len(lines) and is_address_row(lines[i + 1]):
            return line.text  # a search result's site name over its address row
    return None


def is_teaser_meta(lines: tuple[Line, ...], i: int) -> bool:
    """True for a line that belongs to a teaser's meta run (time, outlet · time, outlet line)."""
    line = lines[i]
    if line.kind == "meta" and line.meta and line.meta.kind in ("time", "sep", "glued", "outlet", "byline"):
        return True
    return outlet_line(lines, i) is not None


def meta_runs(lines: tuple[Line, ...], start: int, limit: int) -> list[tuple[int, int]]:
    """Maximal runs [a, b) of teaser meta lines between start and limit."""
    runs: list[tuple[int, int]] = []
    i = start
    while i < limit:
        if is_teaser_meta(lines, i):
            j = i
            while j < limit and is_teaser_meta(lines, j):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def run_shape(lines: tuple[Line, ...], run: tuple[int, int]) -> frozenset[str]:
    """The kinds of meta lines in a run: teasers of one section share it, the article head breaks it."""
    return frozenset(lines[i].meta.kind if lines[i].meta else "outlet" for i in range(*run))


def run_fields(lines: tuple[Line, ...], run: tuple[int, int]) -> tuple[str | None, str | None]:
    """(outlet, time) named by a meta run."""
    outlet = time = None
    for i in range(*run):
        meta = lines[i].meta
        if meta is not None:
            outlet = outlet or meta.outlet
            time = time or meta.time
        else:
            outlet = outlet or outlet_line(lines, i)
    return outlet, time


def parse_teasers(lines: tuple[Line, ...], start: int, limit: int, outlets: frozenset[str]) -> Parsed:
    """Parse the teasers of a related section starting at start (after its header), bounded by limit."""
    first = next((i for i in range(start, limit) if lines[i].kind not in _SKIP), limit)
    while first + 1 < limit and P.PERIOD_TAB.match(lines[first].text) and (
            P.PERIOD_TAB.match(lines[first + 1].text) or lines[first + 1].kind == "list"):
        first += 1  # "Dnes" / "Týždeň" over the ranking: its period tabs
    if first >= limit:
        return Parsed((), start)
    if (ranked := _ranked_titles(lines, start, limit)) is not None:
        return ranked
    if (grouped := bullet_cards(lines, first, limit)) is not None:
        return grouped
    if lines[first].kind == "list":
        return _list_teasers(lines, first, limit, outlets)
    runs = meta_runs(lines, first, limit)
    if runs and runs[0][0] == first + 1 and is_list_label(lines, first, runs[0][1]):
        return _meta_first(lines, runs, limit)  # "Timeline" / "Oct 13, 2025" / headline / outlet: date-first cards
    if not runs or runs[0][0] - first > FAR_META and (len(_title_teasers(lines, first, limit).teasers) >= 2
                                                     or paragraphs_between(lines, first, runs[0][0])):
        return _title_teasers(lines, first, limit)  # (meta rows far below belong to the article after the cards)
    if runs[0][0] == first:
        return _meta_first(lines, runs, limit)
    return _title_first(lines, first, runs, limit)


CARD_GROUP_LINES = 6  # lines of one bulleted card: headline, time, outlet, summary, a tag (more are no card)
CARD_HEADLINE_WORDS = 4  # a shorter card head with a digit is a name and a time ("Tomasz Lind 1d" over a comment;
# "Harold James Lunde" over an obituary's date is a card)
CARD_META_WORDS = 6  # a card's time or outlet line ("oras 2 liu ba", "Notísia Lite TL")


def bare_bullet(line: Line) -> bool:
    """True for a list marker alone on its line ("•"): the dump's mark of an item whose text is in blocks below."""
    return line.text in P.BARE_BULLETS


def bullet_cards(lines: tuple[Line, ...], start: int, limit: int, taken: frozenset[int] = frozenset()) -> Parsed | None:
    """Cards printed as list items holding blocks: "•" alone, then the card's headline, its time, outlet and summary
    lines, two or more of one size in a row; None when the items do not look so (a comment thread's items open with a
    name). What the time and outlet lines say need not be known: their place in the card tells."""
    groups: list[tuple[int, int]] = []
    i = start
    while i < limit and i not in taken and bare_bullet(lines[i]):
        end = next((k for k in range(i + 1, limit) if bare_bullet(lines[k]) or k in taken or lines[k].is_header
                    or lines[k].kind in ("footer", "consent")), limit)
        groups.append((i + 1, end))
        i = end
    sizes = [end - first for first, end in groups[:-1]]
    if len(groups) < 2 or not all(1 <= n <= CARD_GROUP_LINES for n in sizes) or max(sizes) - min(sizes) > 1:
        return None
    last, end = groups[-1]
    if end <= last:
        return None  # (a bullet closing the page: no card under it)
    groups[-1] = (last, min(end, last + max(sizes)))  # (the last card does not read on into the page's chrome)
    time_at = timed_offset(lines, groups)
    cards = tuple(card for first, end in groups if (card := bullet_card(lines, first, end, time_at)) is not None)
    return Parsed(cards, groups[-1][1]) if len(cards) == len(groups) else None


def short_meta(line: Line) -> bool:
    """A card's short time or outlet line: a few words, no sentence's end."""
    return line.words <= CARD_META_WORDS and line.text[-1] not in ".!?"


def timed_offset(lines: tuple[Line, ...], groups: list[tuple[int, int]]) -> int | None:
    """The place in the cards of their time line: where most cards hold a short line with a digit ("oras 2 liu ba";
    the card without one there says "horikalan", yesterday)."""
    offsets = [k - first for first, end in groups for k in range(first + 1, end)
               if short_meta(lines[k]) and P.ANY_DIGIT.search(lines[k].text)]
    best = max(set(offsets), key=offsets.count, default=None)
    return best if best is not None and offsets.count(best) * 2 >= len(groups) else None


def bullet_card(lines: tuple[Line, ...], first: int, end: int, time_at: int | None) -> Teaser | None:
    """One bulleted card: its headline first, then a time (a meta row, a short line with a digit or in the cards'
    time place), an outlet (another short line) and a summary (a longer line); None when the first line is no
    headline."""
    head = lines[first]
    if head.kind not in ("text", "list") or head.words < 3 or not is_title_like(head.item or head.text) \
            or head.words < CARD_HEADLINE_WORDS and P.ANY_DIGIT.search(head.text) \
            or any(line.kind in ("comment_action", "comment_chrome") for line in lines[first:end]):
        return None  # (a comment's "Name 1d" over its text and its "Reply ♥ 12" row)
    published = outlet = summary = None
    for k in range(first + 1, end):
        line = lines[k]
        meta = line.meta if line.kind == "meta" else None
        if meta is not None and (meta.time or meta.outlet) and meta.kind != "byline":
            published, outlet = published or meta.time, outlet or meta.outlet
        elif short_meta(line):
            if k - first == time_at or P.ANY_DIGIT.search(line.text) or as_time(line.text):
                published = published or line.text
            else:
                outlet = outlet or line.text
        elif summary is None:
            summary = line.text
    return Teaser(title=head.item or head.text, publisher=outlet, published=published, summary=summary)


def paragraphs_between(lines: tuple[Line, ...], start: int, end: int) -> bool:
    """True when two paragraphs (20+ words) follow each other in [start, end): running text, which no teaser card
    holds (one summary a card), so a meta row past them is not the cards' own."""
    return any(is_prose_line(lines[k]) and lines[k].words >= 20 and is_prose_line(lines[k + 1])
               and lines[k + 1].words >= 20 for k in range(start, end - 1))


def is_list_label(lines: tuple[Line, ...], k: int, after_run: int) -> bool:
    """A one- or two-word label over a list whose cards open with their date ("Timeline" / "Oct 13, 2025" /
    headline): the list's own header, not a headline (the card's headline comes after the date)."""
    label, run = lines[k], lines[k + 1]
    return label.kind == "text" and label.words <= 2 and not P.ANY_DIGIT.search(label.text) \
        and label.text[-1:].isalpha() and run.meta is not None and run.meta.kind == "time" \
        and after_run < len(lines) and lines[after_run].kind == "text" and lines[after_run].words >= 4 \
        and is_title_like(lines[after_run].text)


def _ranked_titles(lines: tuple[Line, ...], start: int, limit: int) -> Parsed | None:
    """A ranking whose numbers stand on lines of their own ("1" / "Title" / "2" / "Title"), or None."""
    out: list[Teaser] = []
    i = start
    while i + 1 < limit and _RANK.match(lines[i].text) and lines[i + 1].kind == "text" \
            and is_title_like(lines[i + 1].text):
        out.append(Teaser(title=lines[i + 1].text))
        i += 2
    return Parsed(tuple(out), i) if len(out) >= 2 else None


_RANK = rx(r"^\s*\d{1,2}\.?\s*$")
_RANK_PREFIX = rx(r"^\d{1,2}\s+(?=\D)")
_VIEW_COUNT = rx(r"\s+\d+(\.\d+)?\s*(万|萬|k|K|M)(\s*(views|次|阅读|閱讀|人看过))?\s*$")
_LEADING_CLOCK = rx(r"^(\d{1,2}[:.]\d{2})\s+(?=\D)")
_BRACKET_OUTLET = rx(r"^(?P<title>.{10,}?)\s*[(（](?P<outlet>[^()（）\d]{2,40})[)）]\s*$")
# A digest's item naming outlet and date after the title, in brackets or after a dash, maybe with a summary after a
# colon: "Title (Il Sfuei di Udin, 14/12): summary", "Title (Midi Causses Info, 14 décembre)", "Title — Corsica
# Stasera, 13/12/2026".
_CREDITED_ITEM = rx(r"^(?P<title>.{10,}?)(\s*[(（](?P<outlet>[^()（）,\d]{2,50}),\s*(?P<time>[^()（）]{2,30})[)）]"
                    r"(\s*:\s*(?P<summary>\S.{5,}))?|\s+[—–]\s+(?P<outlet2>[^,—–\d]{2,50}),\s*(?P<time2>[^,—–]{2,30}))\s*$")


def credited_item(text: str) -> Teaser | None:
    """The teaser a digest's "Title (Outlet, date): summary" or "Title — Outlet, date" item prints, if its date is
    one (a day and month, a yearless date, a short date)."""
    m = _CREDITED_ITEM.match(text)
    if m is None:
        return None
    outlet, time = (m.group("outlet"), m.group("time")) if m.group("outlet") else (m.group("outlet2"), m.group("time2"))
    time = time.strip()
    if not (as_time(time) or P.YEARLESS_DATE.match(time) or P.SHORT_DAY_MONTH.match(time)) or not is_name(outlet, 6):
        return None
    return Teaser(title=m.group("title").strip(), publisher=outlet.strip(), published=time, summary=m.group("summary"))


def _bulleted_meta_cards(lines: tuple[Line, ...], first: int, limit: int) -> Parsed | None:
    """Cards printed as "• Outlet hace 3 h" / "Title" pairs (a carousel's slides), maybe each with a summary and an
    outlet line under the title ("• 4 March 2026" / Title / summary / Outlet), or None; a pager under the last one
    ("1 / 4") closes them."""
    out: list[Teaser] = []
    i = first
    posted = 0  # cards so far with their poster's name over the title
    while i + 1 < limit and lines[i].kind == "list" and (meta := parse_meta(lines[i].item)) is not None \
            and meta.time and lines[i + 1].kind == "text" and is_title_like(lines[i + 1].text):
        poster = poster_over_title(lines, i + 1, limit, last_ok=posted > 0 and posted == len(out))
        posted += poster is not None
        if poster is not None:
            meta = replace(meta, author=meta.author or poster)
        title, i = lines[i + 1 + (poster is not None)].text, i + 2 + (poster is not None)
        summary = lines[i].text if meta.kind == "time" and i < limit and lines[i].kind == "text" \
            and lines[i].words >= 8 else None  # (only under a bare date: "• Title2025-12-08" is a dated headline)
        i += summary is not None
        outlet = meta.outlet or meta.author
        if summary and outlet is None and i < limit and lines[i].kind == "text" and is_name(lines[i].text, 6) \
                and (i + 1 >= limit or lines[i + 1].kind == "list"):
            outlet, i = lines[i].text, i + 1  # the card's source under its summary, before the next card's date
        out.append(Teaser(title=title, publisher=outlet, published=meta.time, summary=summary))
    if len(out) < 2:
        return None
    return Parsed(tuple(out), i + 1 if i < limit and P.PAGER_LINE.match(lines[i].text) else i)


POSTER_WORDS = 3  # a forum card's poster or department over its title ("Direção", "Biblioteca escolar")


def poster_over_title(lines: tuple[Line, ...], h: int, limit: int, last_ok: bool) -> str | None:
    """The short name at h over a longer title at h + 1 in a dated card ("• 10 dez, 16:30" / "Direção" / "Reunião de
    pais ..."), the next card's date right after (or, for the last of such cards, anything), else None."""
    if h + 1 >= limit or lines[h].words > POSTER_WORDS or not is_name(lines[h].text, POSTER_WORDS) \
            or lines[h + 1].kind != "text" or not is_title_like(lines[h + 1].text) \
            or lines[h + 1].words <= lines[h].words:
        return None
    follows = h + 2 >= limit or lines[h + 2].kind == "list" and parse_meta(lines[h + 2].item) is not None
    return lines[h].text if follows or last_ok else None


def timed(line: Line) -> bool:
    """A meta line with a time: a teaser's "Outlet · 3 h" row."""
    return line.kind == "meta" and line.meta is not None and bool(line.meta.time)


def _list_teasers(lines: tuple[Line, ...], first: int, limit: int, outlets: frozenset[str]) -> Parsed:
    """Teasers printed as a bulleted or numbered list: "1. Title Outlet", "• Title May 4, 2025"."""
    if (carded := _bulleted_meta_cards(lines, first, limit)) is not None:
        return carded
    i = first
    numbered = lines[first].text[:1].isdigit()
    items, metas, summaries = [], {}, {}
    while i < limit and lines[i].kind == "list" and lines[i].text[:1].isdigit() == numbered:
        items.append(i)  # a change of bullet style starts another list (footer links after a ranking)
        i += 1
        if i + 1 < limit and lines[i].kind == "text" and lines[i].words >= CARD_SUMMARY_WORDS \
                and lines[i].text.rstrip()[-1:] in ".…。" \
                and (timed(lines[i + 1]) or outlet_under_item(lines, i + 1, limit)):
            summaries[items[-1]] = lines[i].text  # "• Title" / its summary / "Outlet · 2 oras ang nakalipas" (or "Outlet")
            i += 1
        if i < limit and timed(lines[i]):
            metas[items[-1]] = lines[i].meta  # "• Title" then "r/channel · 9 hr. ago": each item's own meta line
            i += 1
            if summary_under_meta(lines, i, limit, numbered):
                summaries[items[-1]] = lines[i].text  # "• Title" / "Outlet · 14 Jan" / its summary, card after card
                i += 1
        elif i < limit and outlet_under_item(lines, i, limit):
            outlet, day = with_short_date(lines[i].text)  # "1. Title" then "Outlet" (or "Outlet 11/24") on its own line
            metas[items[-1]] = Meta("outlet", outlet=outlet or None, time=day)
            i += 1
        elif separated_item(lines[items[-1]].item) and summary_under_meta(lines, i, limit, numbered):
            summaries[items[-1]] = lines[i].text  # "• Title Outlet · 9 January 2026" / its summary, card after card
            i += 1
    if items and (items[-1] in metas or separated_item(lines[items[-1]].item)) and items[-1] not in summaries \
            and len(summaries) >= 2 and i < limit and lines[i].kind == "text" and lines[i].words >= 8:
        summaries[items[-1]] = lines[i].text  # the last card's summary, built like the others' (what follows is no item)
        i += 1
    if len(metas) >= 2 and len(metas) * 3 >= len(items) * 2:  # most items carry their own meta line
        return Parsed(tuple(Teaser(lines[k].item, None, m.outlet or m.author if (m := metas.get(k)) else None,
                                   m.time if m else None, summaries.get(k)) for k in items), i)
    return _one_line_items(lines, items, summaries, i, outlets)


def _one_line_items(lines: tuple[Line, ...], items: list[int], summaries: dict[int, str], i: int,
                    outlets: frozenset[str]) -> Parsed:
    """List items that carry their whole card on one line ("Title Outlet · time", "Title (Outlet)", "Title: summary.
    (Outlet, date)"), or a bare title each."""
    texts = [lines[k].item for k in items]
    credited = [credit_split(Teaser(title=t)) for t in texts]
    if len(texts) >= 2 and all(c.publisher for c in credited):  # "Title: summary. (The Skalkaho Sentinel, June 4, 2026)"
        return Parsed(tuple(credited), i)
    runs = [_SUMMARY_AFTER_CREDIT.match(t) for t in texts]
    if len(texts) >= 2 and all(runs):  # lynx's flattened card: "Title Outlet · 2 June 2026 Six new moorings ..."
        return Parsed(tuple(replace(split_separated(m.group("head"), outlets), summary=m.group("summary"))
                            for m in runs if m), i)
    if len(texts) >= 2 and all(_RANK_PREFIX.match(t) for t in texts):  # "1. 1 Crue de l'Orbelle": a rank badge
        texts = [_RANK_PREFIX.sub("", t) for t in texts]
    texts = [P.TITLE_BADGE.sub("", t) for t in texts]  # "円相場 一時1ドル=150円台 NEW": the list's badge goes
    if sum(1 for t in texts if _VIEW_COUNT.search(t)) >= 2:  # "• 1 Title 98.2万": a hot list's read counts go
        texts = [_VIEW_COUNT.sub("", t) for t in texts]
    if sum(1 for t in texts if _LEADING_CLOCK.match(t)) >= 2:  # "• 10:58 Title": a ticker's times go
        texts = [_LEADING_CLOCK.sub("", t) for t in texts]
    credited_items = [credited_item(t) for t in texts]
    if len(texts) >= 2 and sum(1 for c in credited_items if c) * 2 > len(texts):  # "Title (Outlet, 14/12): summary"
        return Parsed(tuple(c or Teaser(title=t) for c, t in zip(credited_items, texts)), i)
    bracketed = [_BRACKET_OUTLET.match(t) for t in texts]
    if len(texts) >= 2 and all(bracketed):  # "Title (Radio Orbelle)": the outlet in brackets after each title
        return Parsed(tuple(Teaser(title=m.group("title"), publisher=m.group("outlet")) for m in bracketed if m), i)
    if all(separated_item(t) for t in texts):  # "Title Outlet · há 1 hora": an outlet before every time
        return Parsed(same_width_outlets(tuple(replace(split_separated(t, outlets), summary=summaries.get(k))
                                               for t, k in zip(texts, items))), i)
    items = [strip_time(t) for t in texts]
    if not any(time for _, time in items) and len(texts) >= 2:
        yearless = [strip_time(t, P.YEARLESS_TAIL) for t in texts]  # "Title 10 червня", "Title 7 червня"
        items = yearless if sum(1 for _, time in yearless if time) * 2 > len(items) else items
    dated = sum(1 for _, time in items if time) * 2 >= len(items)
    if dated:  # "Title Outlet 1天前": only outlets printed elsewhere on the page are cut off a dated title
        return Parsed(split_dated(items, outlets), i)
    suffixes = [name for t, _ in items if (name := outlet_like_suffix(t))]  # "moon shot: firms to bid Al Jazeera"
    named = any(_known_suffix(t, outlets) or _brand_suffix(t) or repeated_tail(t) for t, _ in items) or \
        len(suffixes) * 2 >= len(items) and (len(suffixes) >= 2 or any(len(n.split()) >= 2 for n in suffixes))
    # (one word closing one title of two is the headline's own: "Nelson's OT goal lifts Isles")
    return Parsed(tuple(split_item(t, time, outlets if named else None) for t, time in items), i)


def same_width_outlets(teasers: tuple[Teaser, ...]) -> tuple[Teaser, ...]:
    """In a script without case, once some "Title Outlet · time" items gave a known outlet, the others end with one of
    the same word count ("속초 영랑호 산책로 ... 설악권뉴스 · 오늘" beside "... 동해안투데이 · 2일 전")."""
    widths = {len(t.publisher.split()) for t in teasers if t.publisher}
    if len(widths) != 1:
        return teasers
    width = next(iter(widths))
    return tuple(replace(t, title=" ".join(words[:-width]), publisher=" ".join(words[-width:]))
                 if not t.publisher and uncased(t.title) and len(words := t.title.split()) > width + 1 - spaceless(words)
                 else t
                 for t in teasers)


def spaceless(words: list[str]) -> bool:
    """True when a headline's first word is a whole CJK headline (no spaces between its words): one word is enough."""
    return bool(words) and len(P.CJK.findall(words[0])) >= CJK_HEADLINE_CHARS


CJK_HEADLINE_CHARS = 6


def summary_under_meta(lines: tuple[Line, ...], i: int, limit: int, numbered: bool) -> bool:
    """True for a summary sentence under a list item's meta line, closed by the next item of the same list (or the
    section's end)."""
    if i >= limit or lines[i].kind != "text" or lines[i].words < 8:
        return False
    return i + 1 >= limit or lines[i + 1].kind == "list" and lines[i + 1].text[:1].isdigit() == numbered


def split_dated(items: list[tuple[str, str | None]], outlets: frozenset[str]) -> tuple[Teaser, ...]:
    """Dated one-line teasers: an outlet printed elsewhere is cut off; once some items end with one, the others
    also end with an outlet ("제목 솔내일보 2025.02.27", "제목 한결경제 2025.01.19"), cut by case or, in scripts
    without case, by the known names' word count."""
    known = [_known_suffix(t, outlets) for t, _ in items]
    widths = {len(k.split()) for k in known if k}
    if not widths:
        return tuple(split_item(t, time, outlets, loose=False) for t, time in items)
    teasers = []
    for (text, time), name in zip(items, known):
        if name is None and len(widths) == 1 and uncased(text):
            words, width = text.split(), next(iter(widths))
            name = " ".join(words[-width:]) if len(words) > width + 1 else None
        teasers.append(split_item(text, time, frozenset({name}) if name else outlets, loose=name is None))
    return tuple(teasers)


def uncased(text: str) -> bool:
    """True for text mostly in a script without letter case (Korean, Chinese, Arabic, Hindi, Thai)."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isupper() or c.islower()) * 2 < len(letters)


def with_short_date(text: str) -> tuple[str, str | None]:
    """(outlet, day) of an outlet line that may end with a yearless month/day ("みすず野通信 11/24", "Радио Ветлуга
    FM13 декабря"); ("", day) for a yearless date alone ("11 декабря")."""
    if P.YEARLESS_DATE.match(text):
        return "", text
    m = P.SHORT_DATE_TAIL.search(text) or (P.OUTLET_DAY_TAIL.search(text) if P.ANY_DIGIT.search(text) else None)
    return (text[:m.start()].strip(), m.group("day")) if m and m.start() else (text, None)


def outlet_under_item(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """True when line i is a bare outlet name (maybe with a yearless date) under a list item, with the next item (or
    the end) right after."""
    line = lines[i]
    name, day = with_short_date(line.text)
    if line.kind != "text" or not (is_name(name, 5) or day and not name) or is_title_like(name) and line.words > 5:
        return False
    return i + 1 >= limit or lines[i + 1].kind == "list" or lines[i + 1].is_header \
        or lines[i + 1].kind in ("comment_chrome", "footer")  # (the last item's, over the comments' "Top Comments")


def separated_item(text: str) -> bool:
    """A list item whose time is set off by a separator: "Title Outlet · time" or "Title date | Outlet"."""
    return _SEPARATED_TAIL.match(text) is not None or _DATED_OUTLET_TAIL.match(text) is not None


def shared_tail_outlets(items: Iterable[str]) -> frozenset[str]:
    """Outlets of "Title Outlet · time" list items read across the page: a trailing capitalised run that another item's
    run ends with names the outlet, the rest is the title's ("... a night shift in January Iron County Register ·"
    beside "... parking lot Iron County Register ·"); a run printed twice is an outlet too."""
    runs = [run for text in items if (m := _SEPARATED_TAIL.match(text)) and (run := _capital_suffix(m.group("head")))]
    seen = set(runs)
    return frozenset(run for run in seen if runs.count(run) >= 2 or any(o.endswith(" " + run) for o in seen))


def split_separated(text: str, outlets: frozenset[str]) -> Teaser:
    """A "Title Outlet · time" list item: the time after the separator, the outlet at the end of what precedes (or a
    "Title date | Outlet" one: the outlet after the separator, the date before it)."""
    if (dated := _DATED_OUTLET_TAIL.match(text)) is not None and is_name(dated.group("outlet"), 6):
        return Teaser(title=dated.group("head").strip(), publisher=dated.group("outlet").strip(),
                      published=dated.group("time"))
    m = _SEPARATED_TAIL.match(text)
    head, time = (m.group("head"), m.group("time")) if m else (text, None)
    return split_item(head, time, outlets)


def strip_time(text: str, tail: re.Pattern[str] = _TRAILING_TIME) -> tuple[str, str | None]:
    """Split a trailing date or time off a one-line teaser ("Title May 4, 2025")."""
    m = tail.match(text)
    if m and (len(m.group("title").split()) >= 2 or len(P.CJK.findall(m.group("title"))) >= 6
              or count_words(m.group("title")) >= 3):  # Thai titles run without spaces
        return m.group("title").rstrip(" —–|·"), m.group("time")
    return text, None


def split_item(text: str, time: str | None, outlets: frozenset[str] | None, loose: bool = True) -> Teaser:
    """Split a one-line teaser into title and trailing outlet when the list carries outlets (outlets not None);
    loose also cuts names seen nowhere else (a domain, CamelCase, a run of capitalised words)."""
    if outlets is not None:
        name = _known_suffix(text, outlets)
        if not name and loose and (name := _brand_suffix(text) or _capital_suffix(text)) and (
                name.count("(") != name.count(")") or len(name) <= 2 and name.isupper() or cut_mid_phrase(text, name)):
            name = None  # "... (Tygodnik Pojezierze)": a cut inside the brackets; "... Radia Łyna FM": a name's last word
        if name:
            return Teaser(title=text[: -len(name)].strip(), publisher=undouble(name), published=time)
    return Teaser(title=text.strip(), published=time)


def cut_mid_phrase(text: str, name: str) -> bool:
    """True when cutting the name off would end the title on a colon or a function word ("Wasserhärte in" |
    "Naumburg und Bad Kösen", "Hausanschluss beantragen:" | "Unterlagen ..."): German nouns, not an outlet."""
    rest = text[: -len(name)].split()
    last = rest[-1] if rest else ""
    return last.endswith((":", "：")) or last in P.FUNCTION_WORDS


def _known_suffix(text: str, outlets: frozenset[str]) -> str | None:
    """The longest outlet name printed elsewhere on the page that ends this text."""
    for name in sorted(outlets, key=len, reverse=True):
        glued_cjk = text.endswith(name) and P.CJK.match(text[-len(name) - 1: -len(name)] or " ")
        if (text.endswith(" " + name) or glued_cjk) and len(text) > len(name) + 4:
            return name
    return None


def _brand_suffix(text: str) -> str | None:
    """A trailing word that reads as an outlet name: a domain ("Cleveland.com") or CamelCase ("SlashGear")."""
    last = text.rsplit(" ", 1)
    if len(last) == 2 and len(last[0].split()) >= 3:
        word = last[1]
        if re.fullmatch(r"[\w-]+(\.[a-z]{2,6})+", word, re.IGNORECASE) or re.fullmatch(
                r"([A-Z]+[a-z]+)+[A-Z]+[a-z]*|[A-Z]{2,}[a-z]+|[a-z]+\d+[a-z]+", word):  # ("my6sense", "9to5mac"-like)
            return word
    return None


def _sentence_case_suffix(text: str) -> str | None:
    """The trailing capitalised run of a sentence-case title ("... firms to bid Al Jazeera" -> "Al Jazeera"); none
    for a Title Case headline, whose own last words are capitalised ("... After Getting New Bedding")."""
    name = _capital_suffix(text)
    if name is None:
        return None
    words = [w for w in text[: -len(name)].split()[1:] if w[:1].isalpha() and len(w) >= 4]
    return name if words and sum(w[:1].islower() for w in words) * 2 >= len(words) else None


LONG_ITEM_WORDS = 9  # a "Title Outlet" item this long is judged Title Case on all but its last three words


def _capital_suffix(text: str) -> str | None:
    """The trailing run of capitalised words (at most three, leaving a title of two words or more); after a Title
    Case headline, whose own words are capitalised too, only the last word, or two when it is an outlet word
    ("... Binge Eating Healthline", "... Immune Responses Quanta Magazine"), and the article before them."""
    words = text.split()
    if title_cased(words[:-3] if len(words) >= LONG_ITEM_WORDS else words[:-1]) and len(words) >= 4 \
            and words[-1][:1].isupper():  # (a long item is judged without its last words: the outlet's own capitals)
        return _title_case_outlet(words)
    n = 0
    while n < min(4, len(words) - 2) and not words[-1 - n].endswith(("?", "!")) and (
            capitalised(words[-1 - n]) or n and words[-1 - n] in _CONNECTORS and capitalised(words[-2 - n])):
        n += 1  # (a question or exclamation mark ends the headline: "... before December? Matchfeed Originals")
    if n == 0:
        return None
    if n == 4 and len(words) > 6 and words[-5].lower() in _ARTICLES and words[-5][:1].isupper():
        n = 5  # "... this week The Real Deal New York": a long name opening with its article
    run = words[len(words) - n:]
    for half in range(1, n // 2 + 1):  # "Experience Experience": a repeated name, keep one copy
        if run[-half:] == run[-2 * half:-half]:
            return " ".join(run[-half:])
    for k in range(1, len(run)):  # "... Obsessed The Beachbody Blog": a name starting with an article
        if run[k].lower() in _ARTICLES:
            return " ".join(run[k:])
    return " ".join(run)


def capitalised(word: str) -> bool:
    """A word with a capital: "Oglio", and the elided Italian or French forms "dell'Oglio", "d'Ampezzo", "l'Eco"."""
    return word[:1].isupper() or bool(_ELIDED_CAPITAL.match(word))


_ELIDED_CAPITAL = rx(r"^(dell|dall|nell|sull|all|d|l|de l)['’][A-ZÀ-Ý]")


def outlet_like_suffix(text: str) -> str | None:
    """A sentence-case title's capitalised tail not governed by a preposition ("... to remain undefeated Florida
    Today"; not "... revient à Vernac", a place in the sentence), or None."""
    name = _sentence_case_suffix(text)
    before = text[: -len(name)].split() if name else []
    return name if before and before[-1].lower() not in P.PREPOSITIONS else None


def repeated_tail(text: str) -> bool:
    """True when a text ends in the same capitalised word twice ("... New CEO at Experience Experience"): a title
    ending in a name, then the outlet of that name."""
    words = text.split()
    return len(words) >= 4 and words[-1] == words[-2] and words[-1][:1].isupper()


def title_cased(words: list[str]) -> bool:
    """True when most words of four letters or more after the first are capitalised: a Title Case headline."""
    long = [w for w in words[1:] if w[:1].isalpha() and len(w) >= 4]
    return len(long) >= 2 and sum(w[:1].isupper() for w in long) * 10 >= len(long) * 6


def _title_case_outlet(words: list[str]) -> str:
    """The outlet ending a Title Case headline: its last word, or two when the last is an outlet word ("Herald",
    "Magazine"), a repeated name once ("Experience Experience"), with "The" before it ("The Beachbody Blog")."""
    if repeated_tail(" ".join(words)):
        return words[-1]
    n = 2 if words[-1].lower() in P.OUTLET_TAIL_WORDS and words[-2][:1].isupper() and len(words) >= 5 else 1
    if len(words) > n + 2 and words[-n - 1].lower() == "the":
        n += 1
    elif (k := next((k for k in (3, 4) if len(words) > k + 2 and words[-k] == "The"), None)) is not None:
        n = k  # "... Survival Kit (with Kids) The Anti-June Cleaver": a Title Case headline writes "the" mid-title
    return " ".join(words[-n:])


def _title_teasers(lines: tuple[Line, ...], first: int, limit: int) -> Parsed:
    """Teasers that are bare titles, one per line, until the first line that reads like prose."""
    out: list[Teaser] = []
    i = first
    ranked = all(_RANK_PREFIX.match(lines[k].text) for k in range(first, min(first + 2, limit)))
    labelled = labels_card(lines, first, limit)  # (a list whose first card is name / headline / summary)
    while i < limit and lines[i].kind in ("text", "list") and is_title_like(lines[i].item or lines[i].text):
        if ranked and not lines[i].text.startswith(f"{len(out) + 1} "):
            break  # "1 Title" / "2 Title" ...: a most-read ranking ends with its numbers
        if len(out) >= 2 and opens_article(lines, i, limit):
            kicker = out and not out[-1].summary and count_words(out[-1].title) <= 4  # "Magazine · Nature"
            return Parsed(tuple(out[:-1] if kicker else out), i - 1 if kicker else i)
        label = lines[i].text if labelled and labels_card(lines, i, limit) else None
        i += 1 if label else 0  # "Рейки і люди" / headline / summary: the card's outlet over its headline
        title, summary = lines[i].item or lines[i].text, None
        title = _RANK_PREFIX.sub("", title) if ranked else title
        i += 1
        if i < limit and (is_prose_line(lines[i]) or out and all(t.summary for t in out) and summary_sentence(lines[i])) \
                and summary_then_title(lines, i, limit):
            summary = lines[i].text  # "Title" / "summary" pairs with no outlet or time (after the first card, a
            # summary may be one short sentence: "Haere mai ki te whakatō kūmara, Rāhoroi 9 Kohitātea.")
            i += 1
        elif len(out) >= 2 and all(t.summary for t in out):
            return Parsed(tuple(out), i - 1)  # a headline without the summary every card had: the list is over
        if summary and not label and outlet_under_dated_card(lines, i, limit):
            label, i = lines[i].text, i + 1  # "4. 6. 2025 · Title" / summary / "Rádio Lipa": a timeline card's outlet
        out.append(undated(Teaser(title=title, publisher=label, summary=summary)))
        while summary and i < limit and lines[i].rule == "MORE_LINK":
            i += 1  # the card's own "Read more..." link
        if i + 1 < limit and P.BARE_CLOCK.match(lines[i].text) and lines[i + 1].kind in ("text", "list"):
            i += 1  # the next video card's length ("4:05") over its headline
    return Parsed(single_card(tuple(out)), i)


CHANNEL_WORDS = 4  # a channel's or outlet's name under a lone card's headline


def single_card(teasers: tuple[Teaser, ...]) -> tuple[Teaser, ...]:
    """One card printed as headline / channel ("Watch: A ride on the trolley ..." / "North Coast Video Desk"): a
    capitalised name of four words at most under a longer headline, with nothing after it, is the card's source."""
    if len(teasers) != 2 or any(t.summary or t.publisher for t in teasers):
        return teasers
    head, name = teasers
    words = name.title.split()
    if len(words) > CHANNEL_WORDS or not all(w[:1].isupper() for w in words) or not is_name(name.title, CHANNEL_WORDS) \
            or count_words(head.title) < len(words) + 3:
        return teasers
    return (replace(head, publisher=name.title),)


def outlet_under_dated_card(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """True for a short name (four words at most) under a card's summary with the next dated card's headline ("11. 3.
    2025 · Title"), the next video card's length ("4:05") or the section's end right after it."""
    return i < limit and lines[i].kind == "text" and is_name(lines[i].text, 4) and not P.DATED_TITLE.match(lines[i].text) \
        and (i + 1 >= limit or P.DATED_TITLE.match(lines[i + 1].item or lines[i + 1].text) is not None
             or P.BARE_CLOCK.match(lines[i + 1].text) is not None)


def labels_card(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """True when line i is a short name (an outlet or channel, four words at most) over a longer headline that has a
    prose summary under it: a card printed as name / headline / summary, without a time."""
    if i + 2 >= limit or lines[i].kind != "text" or lines[i].words > 4 or not lines[i].text[:1].isalnum() \
            or not is_name(lines[i].text, 4):
        return False  # (an "— Outlet" credit closes the card above)
    head, summary = lines[i + 1], lines[i + 2]
    return head.kind == "text" and head.words > lines[i].words + 1 and is_title_like(head.text) \
        and not is_prose_line(head) and is_prose_line(summary)


HEAD_FURNITURE = frozenset(("share", "caption", "chrome"))  # lines between a story's headline and its byline
HEAD_FURNITURE_LINES = 4


def opens_article(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """True when headline i is the article's own head, not one more card: a byline naming a writer follows (past one
    standfirst line and the lead picture's captions), or a share bar and then a date (cards carry no share bar), then
    running text."""
    k = i + 1
    if k < limit and lines[k].kind == "text" and (not is_title_like(lines[k].text) or k + 1 < limit
                                                  and lines[k + 1].kind in HEAD_FURNITURE):
        k += 1  # the standfirst ("Johns paid up to $600 an hour" over the lead picture's caption)
    shared = k
    while k < limit and k - shared < HEAD_FURNITURE_LINES and lines[k].kind in HEAD_FURNITURE:
        k += 1  # "Facebook" / "WhatsApp" / "Email" under the headline; the picture's caption; an "Author" label
    meta = lines[k].meta if k < limit and lines[k].kind == "meta" else None
    if meta is None or not (meta.kind == "byline" and meta.author or k > shared and meta.time):
        return False
    return any(is_prose_line(lines[m]) and lines[m].words >= 20 for m in range(k + 1, min(len(lines), k + 4)))


def summary_then_title(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """True when line i (prose) is followed by another headline-like line or the end of the section (past a "Read
    more..." link)."""
    nxt = i + 1
    while nxt < limit and lines[nxt].rule == "MORE_LINK":
        nxt += 1
    return nxt >= limit or lines[nxt].kind in ("text", "list") and is_title_like(lines[nxt].item or lines[nxt].text) \
        and not is_prose_line(lines[nxt])


def is_title_like(text: str) -> bool:
    """True for a headline-sized line that does not end like a sentence."""
    words = len(text.split())
    truncated = text.endswith(("…", "...")) and words >= 15  # a summary cut off by the feed, not a headline
    return 0 < len(text) <= 250 and words <= 30 and text[-1] not in ".,;:።" and not truncated and not as_time(text) \
        and not ("%" in text and P.GLUED_PERCENT.search(text))


def _head_start(lines: tuple[Line, ...], a: int, floor: int) -> int:
    """Where a title-first teaser's head begins: the title line before meta run a, plus its repeats."""
    h = a - 1
    while h - 1 >= floor and lines[h - 1].text == lines[h].text:
        h -= 1
    # "Title / summary / Outlet · 3h": the headline sits above its summary (a sentence, or, when the two lines
    # are all there is since the last card, simply the longer line: Thai summaries end without a full stop)
    sentence = h - 1 >= floor and sentence_under_headline(lines[h], lines[h - 1])  # (above it: no outlet unless
    # its words are all capitalised, "The Millbrook Standard" over "Opinion: A ban is the easy part. Fixing ... not.")
    summary_below = sentence or is_prose_line(lines[h]) or (h - 1 == floor and lines[h].kind == "text"
                                                            and lines[h].words > lines[h - 1].words >= 6)  # no kicker
    if h - 1 >= floor and summary_below and is_title_like(lines[h - 1].text) and not is_prose_line(lines[h - 1]) \
            and (sentence and not capitalised_words(lines[h - 1].text) or not outlet_above_headline(lines, h - 1, a)):
        h -= 1
    return max(h, floor)


SUMMARY_WORDS = 6  # a sentence this long under a shorter unpunctuated line is a card's summary, not its headline


def sentence_under_headline(line: Line, above: Line) -> bool:
    """A sentence (full stop at its end) of six words or more under a line without one: a card's summary under its
    headline ("Võru linn otsib uut bussivedajat" / "Praeguse vedaja leping lõpeb detsembris ...")."""
    return (line.kind == above.kind == "text" and line.text[-1:] in ".。" and above.text[-1:] not in ".!?。:"
            and line.words >= SUMMARY_WORDS)  # (a headline may end in "?" or "!", a summary seldom does)


def capitalised_words(text: str) -> bool:
    """True when every word of four letters or more is capitalised: a name ("Tideline Weekly"), or a Title Case
    headline; "Võru linn otsib uut bussivedajat" is neither."""
    return all(w[:1].isupper() for w in text.split() if w[:1].isalpha() and len(w) >= 4)


def outlet_above_headline(lines: tuple[Line, ...], k: int, a: int) -> bool:
    """True when line k is a short name over a headline whose meta run names no outlet ("The Millbrook Standard" /
    "Opinion: A ban is the easy part. Fixing the pipes is not." / "1 day ago"): the outlet, not a headline."""
    return is_name(lines[k].text, 5) and run_fields(lines, (a, a + 1))[0] is None


def _title_first(lines: tuple[Line, ...], first: int, runs: list[tuple[int, int]], limit: int) -> Parsed:
    """Teasers shaped title, [title again], [outlet], meta run, [title again], summary..."""
    shape = run_shape(lines, runs[0])
    pre = list(dict.fromkeys(lines[k].text for k in range(first, runs[0][0])))
    named = len(pre) == 2 and is_name(pre[1], 5)  # title, outlet, time: the outlet line sits before the run
    heads = [_head_start(lines, a - named, first if k == 0 else runs[k - 1][1]) for k, (a, _) in enumerate(runs)]
    out: list[Teaser] = []
    end = limit
    for k, run in enumerate(runs):
        if k and run_shape(lines, run) != shape:
            end = heads[k]
            break
        title = lines[heads[k]].text
        stop = heads[k + 1] if k + 1 < len(runs) else last_summary_end(lines, run[1], limit)
        above = [i for i in range(heads[k] + 1, run[0] - named) if lines[i].text != title]  # "Title / summary / date"
        stop = run[1] if above and k + 1 == len(runs) else stop  # (a summary above the date: none under it)
        if k and k + 1 == len(runs) and all(heads[j + 1] == runs[j][1] for j in range(k)):
            stop = run[1]  # every card ended at its meta run ("Title / summary / Outlet · date"): so does the last
        end = stop if k + 1 == len(runs) and stop < limit else end
        if k + 1 < len(runs) and ((cut := story_between_cards(lines, runs, heads, k)) is not None or above
                                  and paragraphs_between(lines, run[1], heads[k + 1] + 1) and (cut := run[1])):
            stop = end = cut  # the story goes on under the box (under a whole "Title / summary / date" card, two
            # paragraphs): the cards after it are another list's
        teaser = _teaser(lines, title, run, [*above, *range(run[1], stop)])
        if named and teaser.publisher is None:
            teaser = Teaser(title, None, lines[run[0] - 1].text, teaser.published, teaser.summary)
        out.append(teaser)
        if end < limit and k + 1 < len(runs):
            break
    return Parsed(outlets_over_headlines(tuple(out)), end)


def story_between_cards(lines: tuple[Line, ...], runs: list[tuple[int, int]], heads: list[int], k: int) -> int | None:
    """Where card k's lines end when the story goes on under it: two or more paragraphs after its meta run, where
    every card before ended within its one-line summary ("Preberite tudi" inside a story, cards with no summary,
    then the story's next subheading and paragraphs); None when the card looks like the others."""
    if k < 2:
        return None
    before = max(heads[j + 1] - runs[j][1] for j in range(k))
    after = range(runs[k][1] + before, heads[k + 1])
    if before > 1 or sum(1 for i in after if is_prose_line(lines[i])) < 2:
        return None
    return runs[k][1] + before


OUTLET_NAME_WORDS = 4  # a card's first line this short, a name, over its time: the outlet, not the headline


def outlets_over_headlines(teasers: tuple[Teaser, ...]) -> tuple[Teaser, ...]:
    """Cards printed outlet / time / headline / summary ("The Northfold Review" / "3 days ago" / "Why small islands
    ..." / ...), read as title-first: when every card's "title" is a short name and its summary opens with a longer
    line that reads as a headline, that line is the title and the name the outlet; else the teasers as they are."""
    def swapped(t: Teaser) -> Teaser | None:
        head, _, rest = (t.summary or "").partition("\n")
        if t.publisher or not is_name(t.title, OUTLET_NAME_WORDS) or t.title.endswith((".", "!", "?")) \
                or len(head.split()) <= len(t.title.split()) + 1 or not is_title_like(head) or head.endswith("."):
            return None
        return replace(t, title=head.strip(), publisher=t.title, summary=rest.strip() or None)
    got = [swapped(t) for t in teasers]
    return tuple(got) if len(got) >= 2 and all(got) else teasers  # (one card shape for the whole list)


def last_summary_end(lines: tuple[Line, ...], start: int, limit: int) -> int:
    """Where the last teaser's summary ends: after one line when article prose carries on below (an inset box)."""
    after = [k for k in range(start + 1, min(limit, start + 5)) if is_prose_line(lines[k])]
    # the summary right under the meta run, then a paragraph longer than any teaser's summary: the article goes on
    long_after = start < limit and is_prose_line(lines[start]) and any(lines[k].words >= 30 for k in after)
    return start + 1 if len(after) >= 2 or long_after else limit


def is_prose_line(line: Line) -> bool:
    """A long sentence-like text line."""
    return line.kind == "text" and line.words >= 12 and (line.text[-1:] in PROSE_END or line.words >= 20)


PROSE_END = ".!?\"”»。！？।።"  # how a sentence of running text ends
CARD_SUMMARY_WORDS = 6  # a card's summary may be one short sentence ("Asosiesen i givim 12 tebol long maket ...")


def summary_sentence(line: Line) -> bool:
    """A short sentence that may be a card's summary: six words or more, closed like a sentence."""
    return line.kind == "text" and line.words >= CARD_SUMMARY_WORDS and line.text[-1:] in PROSE_END


def _meta_first(lines: tuple[Line, ...], runs: list[tuple[int, int]], limit: int) -> Parsed:
    """Teasers shaped meta run, title, summary..."""
    shape = run_shape(lines, runs[0])
    out: list[Teaser] = []
    end = limit
    gap = runs[1][0] - runs[0][1] if len(runs) > 1 else None  # lines per card after its meta run
    links_under = False
    for k, run in enumerate(runs):
        if run[1] >= limit:
            end = run[0]
            break
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        stop = limit if nxt is None else nxt[0]
        if gap is not None and gap <= 2 and nxt is not None and nxt[0] - run[1] > gap + 1:
            stop = end = run[1] + gap  # the cards change shape (a new list under a label of its own): stop here
        if nxt is None and (pager := next((j for j in range(run[1] + 1, min(limit, run[1] + 4))
                                           if P.PAGER_LINE.match(lines[j].text)), None)) is not None:
            stop = end = pager + 1  # "1 / 4" under the last card closes a carousel: what follows is not its summary
        if nxt is not None and run_shape(lines, nxt) != shape:
            stop = min(stop, run[1] + 2)
            end = stop
        closer = next((j for j in range(run[1] + 1, stop) if P.MORE_LINK.match(lines[j].text)), None)
        if closer is not None and k and not links_under:  # "Alle Meldungen aus dem Landkreis" under the last card
            stop = end = closer + 1  # only: the list's own link, so what follows is the page's story, not a card
        links_under = links_under or closer is not None  # (a "Read more" under every card is each card's own)
        title = lines[run[1]].text
        if outlet_over_title(lines, run[1], stop):  # "13.05.2025" / "Feuerwehr Talbrück" / "FW-TB: Brand ..."
            out.append(replace(_teaser(lines, lines[run[1] + 1].text, run, range(run[1] + 2, stop)),
                               publisher=lines[run[1]].text))
        else:
            out.append(_teaser(lines, title, run, range(run[1] + 1, stop)))
        if end != limit:
            break
    return Parsed(tuple(out), end)


def writer_row(line: Line) -> bool:
    """A byline row naming a writer ("Story by Rosa Quintana", "By X · 3 min read"): cards carry none."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind == "byline" and bool(line.meta.author)


def outlet_over_title(lines: tuple[Line, ...], k: int, stop: int) -> bool:
    """True when line k under a card's date is a short name (four words at most) and the line under it a longer
    headline: the card prints date, outlet, headline, summary."""
    if k + 1 >= stop or lines[k].kind != "text" or lines[k].words > 4 or not is_name(lines[k].text, 4):
        return False
    head = lines[k + 1]
    return head.kind == "text" and head.words >= max(4, lines[k].words + 2) and is_title_like(head.text) \
        and not is_prose_line(head) and not head.text.rstrip().endswith((".", "。", "．"))  # (a summary's full stop)


def _teaser(lines: tuple[Line, ...], title: str, run: tuple[int, int], rest: Iterable[int]) -> Teaser:
    """Build one teaser from its title, meta run and its other lines (summary, minus title repeats)."""
    outlet, time = run_fields(lines, run)
    title, dek = dashed_dek(title)
    summary = [dek] if dek else []
    summary += [lines[i].text for i in rest if lines[i].text != title and lines[i].kind not in _SKIP
                and lines[i].kind not in ("article_end", "footer", "promo")]
    return Teaser(title=title, publisher=undouble(outlet) if outlet else None, published=time,
                  summary="\n".join(summary) or None)


def undated(teaser: Teaser) -> Teaser:
    """A timeline card's headline without the date before it ("4. 6. 2025 · Title"): the date is its time; a video
    card's headline without the clip's length after it ("Deer walks into a hardware store 0:48")."""
    if (dated := P.DATED_TITLE.match(teaser.title)) and (day := as_time(dated.group("time"))):
        return replace(teaser, title=dated.group("title"), published=teaser.published or day)
    if (clip := P.TRAILING_LENGTH.search(teaser.title)) and clip.start() >= MIN_CLIP_TITLE:
        return replace(teaser, title=teaser.title[:clip.start()])
    return teaser


MIN_CLIP_TITLE = 12  # characters of headline before a clip's length


def credit_split(teaser: Teaser, outlets: frozenset[str] | None = None) -> Teaser:
    """A card whose headline line carries its credit ("Headline — Outlet · June 9, 2026", a reader view's card row)
    as headline, outlet and date; with the page's outlets, also a bare "Headline Outlet · date" line; another title as
    it is."""
    teaser = undated(teaser)
    m = P.TITLE_CREDIT_TAIL.match(teaser.title) if " · " in teaser.title or " | " in teaser.title else None
    if m is None and teaser.title.endswith((")", ").")):
        m = P.BRACKETED_CREDIT_TAIL.match(teaser.title)  # "Headline: a summary. (The Skalkaho Sentinel, June 4, 2026)"
    parts = {k.rstrip("2"): v for k, v in m.groupdict().items() if v is not None} if m is not None else {}
    if not parts and outlets is not None and not teaser.publisher and not teaser.published \
            and separated_item(teaser.title):
        split = split_separated(teaser.title, outlets)  # a card's one line, read as text: "Title Outlet · 24/11/2026"
        return replace(teaser, title=split.title, publisher=split.publisher, published=split.published) \
            if split.publisher and split.published else teaser
    if not parts or not (time := as_time(parts["time"])) or not is_name(outlet := parts["outlet"], 6) \
            or not plausible_outlet(outlet):
        return teaser
    title, summary = parts["title"], parts.get("summary")
    return replace(teaser, title=title, publisher=teaser.publisher or outlet, published=teaser.published or time,
                   summary=teaser.summary or summary)


DEK_WORDS = 12  # a summary run onto its headline after a dash is a sentence or two ("Headline — The company says ...")


def dashed_dek(text: str) -> tuple[str, str | None]:
    """(headline, summary) of a card line that runs the summary on after an em dash (Techmeme, Memeorandum: "Byte
    Harbor launches a $9 router — The company says ..."); a short tail after the dash ("Headline — Outlet") stays."""
    head, dash, dek = text.partition(" — ")
    if not dash or len(dek.split()) < DEK_WORDS or not dek.rstrip().endswith(SENTENCE_STOPS) or len(head.split()) < 4 \
            or head.endswith(SENTENCE_STOPS) or not is_title_like(head):
        return text, None
    return head.strip(), dek.strip()


def headline_row(line: Line) -> Teaser | None:
    """One row of a headline river ("Union says jobs must go to local ports Maritime Workers Bulletin 9m"), else None."""
    if line.kind in ("text", "list", "meta") and (dated := dated_headline(line.item or line.text)) is not None:
        return Teaser(title=dated[1], publisher=dated[2], published=dated[0])  # "2025-12-05 · Headline · Outlet"
    if line.kind not in ("text", "list") or line.text.endswith(SENTENCE_STOPS) or line.words > 30:
        return None
    m = _ROW_TIME.match(line.item or line.text)
    if m is None or len(m.group("title").split()) < 4:
        return None
    title = m.group("title").rstrip(" —–|·")
    if (led := outlet_led(title)) is not None:
        return Teaser(title=led[1], publisher=led[0], published=m.group("time"))  # "Outlet · Headline · 1 ora fa"
    name = _sentence_case_suffix(title) or _brand_suffix(title) or _capital_suffix(title)
    return Teaser(title=title[: -len(name)].strip(), publisher=undouble(name), published=m.group("time")) \
        if name else Teaser(title=title, published=m.group("time"))


LED_OUTLET_WORDS = 4  # an outlet's name before its headline in a strip's row


def outlet_led(text: str) -> tuple[str, str] | None:
    """(outlet, headline) of a row that names the outlet first: "Muggia Oggi · Traghetto per Muggia, orario ..."."""
    name, sep, rest = text.partition(" · ")
    if not sep or " · " in rest or len(name.split()) > LED_OUTLET_WORDS or not is_name(name, LED_OUTLET_WORDS) \
            or not name[:1].isupper() or count_words(rest) < len(name.split()) + 2 or not is_title_like(rest):
        return None
    return name, rest


RIVER_SUMMARY_WORDS = 40  # a card's summary line under its dated row stays under this


def summarises_dated_row(lines: tuple[Line, ...], i: int) -> bool:
    """True for a prose line right under a "date · headline · outlet" row: that card's summary."""
    return i > 0 and lines[i].kind == "text" and lines[i].words <= RIVER_SUMMARY_WORDS \
        and dated_headline(lines[i - 1].item or lines[i - 1].text) is not None


def river_at(lines: tuple[Line, ...], rows: list[Teaser | None], start: int, taken: frozenset[int]) -> Parsed | None:
    """A run of RIVER_MIN+ headline rows from start (rows[i]: line i read as one, or None); one sponsored or chrome
    line may sit between two rows."""
    teasers, i, end = [], start, start
    while i < len(lines) and i not in taken:
        row = rows[i]
        if row is not None:
            teasers.append(row)
            i = end = i + 1
        elif teasers and summarises_dated_row(lines, i) and (i + 1 >= len(lines) or rows[i + 1] is not None
                                                              or i + 1 in taken or lines[i + 1].is_header):
            teasers[-1] = replace(teasers[-1], summary=lines[i].text)  # a dated card row's summary line under it
            i = end = i + 1
        elif teasers and lines[i].kind in ("promo", "noise", "chrome", "text") and i + 1 < len(lines) \
                and rows[i + 1] is not None and (lines[i].kind != "text" or lines[i].words <= 12
                                                 or P.PROMO_LINE.match(lines[i].text)):
            i += 1  # "Sponsored Compare green energy tariffs ...": an ad row inside the river
        else:
            break
    return Parsed(tuple(teasers), end) if len(teasers) >= RIVER_MIN else None
