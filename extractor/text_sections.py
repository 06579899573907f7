"""Section finding for text dumps: header lines -> related / comment / promo spans, confirmed by their content."""
from __future__ import annotations

from dataclasses import dataclass, replace

from . import patterns as P
from .model import Comment, Teaser
from .segment import Line
from .text_comments import parse_comments
from .text_meta import tidied_outlet
from .text_teasers import (
    bare_bullet,
    bullet_cards,
    headline_row,
    is_prose_line,
    is_title_like,
    opens_article,
    parse_teasers,
    river_at,
    shared_tail_outlets,
    summary_sentence,
    writer_row,
)

_STOP = frozenset({"footer", "consent"})
_PROMO_FILL = frozenset({"promo", "promo_header", "chrome", "share", "comment_chrome", "noise", "logo"})
_KIND = {"related_header": "related", "comment_header": "comment", "promo_header": "promo"}


@dataclass(frozen=True)
class Section:
    """A span of lines opened by a header: [header, end)."""

    kind: str                      # related | comment | promo | counter (a comment count that opens no thread)
    header: int
    end: int
    teasers: tuple[Teaser, ...] = ()
    comments: tuple[Comment, ...] = ()

    def covers(self, i: int) -> bool:
        """True when line i is inside this section (header included)."""
        return self.header <= i < self.end


def section_limit(lines: tuple[Line, ...], start: int) -> int:
    """Index of the next header, footer or consent line at or after start."""
    for i in range(start, len(lines)):
        if lines[i].is_header or lines[i].kind in _STOP:
            return i
    return len(lines)


PITCH_MIN = 4  # words of the pitch under a box's button-like header ("Subscribe" / "Get the Morning Tide ...")


def promo_end(lines: tuple[Line, ...], start: int, limit: int) -> int:
    """Where a promo block ends: after its promo lines and short labels (sponsor names, buttons); a "People also ask"
    block runs over its questions and their answers."""
    i = start
    if start > 0 and P.CTA_BUTTON.match(lines[start - 1].text) and (
            start >= limit or lines[start].words < PITCH_MIN or len(P.CRUMB_SPLIT.split(lines[start].text)) >= 3) \
            and not any(is_prose_line(line) for line in lines[:start]):
        return start  # a top bar's lone "Subscribe" button over a kicker or a crumb trail and the headline: no box
    qa = start > 0 and P.FAQ_HEADER.match(lines[start - 1].text) is not None
    cards = False  # a sponsored card's description seen: its box holds cards (name, rating, pitch, price, button)
    listed = False  # a shop's or a classifieds grid's card seen
    while i < limit:
        line = lines[i]
        if qa and line.text.rstrip().endswith(("?", "？", "؟")) and line.words <= 25:
            i += 1
            while i < limit and lines[i].kind in ("chrome", "noise"):
                i += 1  # (a wiki's "[edit]" link under the question)
            i += 1 if i < limit and is_prose_line(lines[i]) else 0  # a question, then its answer
            continue
        short = line.kind in ("text", "list") and line.words <= 12
        nxt_meta = i + 1 < limit and lines[i + 1].kind == "meta"
        if P.DISMISS_BUTTON.match(line.text):
            return i + 1  # the overlay's "No thanks" button closes it
        if i > start and P.BREADCRUMB.match(line.text):
            break  # a crumb trail opens the page's own head
        if short and line.words >= 6 and is_title_like(line.text) and (i > start and i + 1 < limit
                                                                        and lines[i + 1].kind == "text"
                                                                        and lines[i + 1].words >= 20
                                                                        and not card_pitch(lines, i + 1, limit)
                                                                        or dated_story_under(lines, i)):
            break  # a headline with its standfirst under it, or its dateline and text further down (past a wiki's tabs
            # and tagline): the page's own head after a menu
        after_button = cards and P.CTA_BUTTON.match(lines[i - 1].text) is not None  # (the next card's name)
        if (card := listing_card_end(lines, i, limit)) > i:
            i, listed = card, True
            continue
        if listed and short and i + 1 < len(lines) and (lines[i + 1].kind == "list" or is_prose_line(lines[i + 1])):
            break  # a subheading over the story's next list or paragraph, past the shop's last card ("Preparació")
        if not short and card_pitch(lines, i, limit):
            cards = True
            i += 1
            continue
        if line.kind in _PROMO_FILL or (short and (not nxt_meta or after_button)):
            i += 1
            continue
        break
    return i


LISTING_NAME_WORDS = 12  # a classified ad's item name: "Men's hockey skates, size 10, sharpened"
LISTING_TEXT_WORDS = 60  # ... and its description, a few sentences


def listing_card_end(lines: tuple[Line, ...], i: int, limit: int) -> int:
    """After a classifieds card opening at line i (its item's name, its price, its place-and-time row and the seller's
    description: "Snowblower, 24-inch" / "$450" / "Thunder Bay, Westfort · yesterday" / "Two-stage ...") or a shop
    card (name, price, "Add to cart"), else i."""
    if i + 1 >= limit or lines[i].kind not in ("text", "list") or lines[i].words > LISTING_NAME_WORDS \
            or not P.PRICE_ROW.match(lines[i + 1].text) or P.PRICE_ROW.match(lines[i].text):
        return i
    k = i + 2
    if k < limit and P.CTA_BUTTON.match(lines[k].text):
        return k + 1  # a shop card: "Vi ranci, 75 cl" / "14,50 €" / "Afegeix a la cistella"
    if k < limit and lines[k].kind == "meta":
        k += 1
        if k < limit and is_prose_line(lines[k]) and lines[k].words <= LISTING_TEXT_WORDS:
            k += 1  # (a description only under the card's row: a bare "name / price" pair may be the story's)
    return k


HEAD_DATE_REACH = 12  # lines under a headline within which its dateline stands (a wiki's tabs and tagline between)


def dated_story_under(lines: tuple[Line, ...], i: int) -> bool:
    """True when a dated meta line with two prose lines right under it follows line i within a few lines, no section
    header between: line i heads the story."""
    for k in range(i + 1, min(len(lines) - 2, i + HEAD_DATE_REACH)):
        if lines[k].is_header:
            return False
        if lines[k].kind == "meta" and lines[k].meta is not None and lines[k].meta.time:
            under = [line for line in lines[k + 1:k + 6] if line.kind not in ("caption", "noise")][:3]
            return sum(line.kind == "text" and line.words >= 5 for line in under) >= 2 and any(map(is_prose_line, under))
    return False


CARD_PITCH_REACH = 3  # lines after a sponsored card's description within which its button stands


def card_pitch(lines: tuple[Line, ...], i: int, limit: int) -> bool:
    """True for a sponsored card's description: a paragraph with the card's price line ("from £96 per night") and then
    its button ("See availability", "Shop now") within three lines under it."""
    under = range(i + 1, min(limit, i + 1 + CARD_PITCH_REACH))
    button = next((k for k in under if P.CTA_BUTTON.match(lines[k].text)), None)
    return button is not None and any(P.PRICE_ROW.match(lines[k].text) for k in range(i + 1, button))


def parse_section(lines: tuple[Line, ...], h: int, outlets: frozenset[str],
                  above: tuple[Section, ...] = ()) -> Section | None:
    """The section opened by header line h, or None when what follows does not bear the header out (above: the
    sections found before it, whose cards' summaries are no story)."""
    kind = _KIND[lines[h].kind]
    start = h + 1
    limit = section_limit(lines, start)
    bare = start >= limit  # header directly followed by another header, a footer or the end
    if kind == "related":
        parsed = parse_teasers(lines, start, limit, outlets)
        if not story_above(lines, h, above) and not P.READ_ALSO_LABEL.match(lines[h].text) \
                and (head := article_head(lines, start, parsed.end, limit)) is not None:
            parsed = parse_teasers(lines, start, head, outlets)  # a ticker or crumb trail above the story's head
        if parsed.teasers or bare:
            return Section(kind, h, max(parsed.end, start), teasers=parsed.teasers)
        return None
    if kind == "comment":
        thread = parse_comments(lines, start, limit)
        for skip in range(start + 1, min(limit, start + FORM_LINES + 1)):
            button = lines[skip - 1]
            if thread.end > start or button.words > FORM_LINE_WORDS or button.kind == "meta" \
                    or button.text.rstrip().endswith((".", "!", "?", "。")):
                break  # (only a button or a field's label: "Wyślij", "Your comment")
            if (later := parse_comments(lines, skip, limit)).comments:  # past the form's prompt and button
                thread = later  # ("Komentarze (6)" / "Wyślij" / the thread)
        if is_counter_link(lines, thread, start) or head_counter(lines, h, thread, start):
            return Section("counter", h, start)  # "6 comments" in the meta row under a headline, no thread
        if thread.end > start or bare:
            return Section(kind, h, max(thread.end, start), comments=thread.comments)
        return None
    end = promo_end(lines, start, limit)
    return Section(kind, h, end) if end > start or bare else None


FORM_LINES = 2  # a comment form's lines between the thread's header and its first comment: a prompt, a button
FORM_LINE_WORDS = 3


def article_head(lines: tuple[Line, ...], start: int, end: int, limit: int) -> int | None:
    """The first line in [start, end) that is the story's own headline, or None: a share bar, a dated byline and
    prose under it; or a dated meta line and then two paragraphs ("Title" / "By X, date" / one summary is a
    related card)."""
    return next((k for k in range(start, end) if lines[k].kind in ("text", "list")
                 and is_title_like(lines[k].item or lines[k].text)
                 and (k + 1 < limit and lines[k + 1].kind == "share" and opens_article(lines, k, limit)
                      or paragraphs_follow(lines, k + 1, limit))), None)


def story_above(lines: tuple[Line, ...], h: int, sections: tuple[Section, ...] = ()) -> bool:
    """True when two paragraphs stand above line h, outside the sections found there: the story came first, so a
    head below is the next story's."""
    return sum(1 for line in lines[:h] if is_prose_line(line) and line.words >= STORY_ABOVE_WORDS
               and not any(s.covers(line.index) for s in sections)) >= 2


STORY_ABOVE_WORDS = 15  # a paragraph of the story above a box ("Ремонт тривав чотири місяці. ..." has 18 words)


STORY_PARAGRAPH_WORDS = 20  # words a story's paragraph has on average: two under a dated head make a story


def paragraphs_follow(lines: tuple[Line, ...], k: int, limit: int) -> bool:
    """True when a meta line (past a source credit or a standfirst sentence, not a second headline) is followed by two
    paragraphs (captions, noise and promo lines aside)."""
    credited = k < limit and lines[k].kind == "source"  # the original's credit between headline and byline: "Source: X"
    k += credited
    standfirst = k < limit and lines[k].kind == "text" and not is_title_like(lines[k].text)
    meta = next((m for m in range(k, min(k + 1 + standfirst, limit)) if lines[m].kind == "meta"), None)
    if meta is None or lines[meta].meta is None or not (lines[meta].meta.time or lines[meta].meta.author):
        return False
    after = [line for line in lines[meta + 1:meta + 8] if line.kind not in ("caption", "noise", "promo", "share", "meta")
             and not any(seen.text == line.text for seen in lines[meta + 1:line.index])][:2]  # (a second dateline, a "link copied" toast, a
    # picture's caption printed twice: its alt text and its caption)
    return len(after) == 2 and all(is_prose_line(line) and line.words >= 10 for line in after) \
        and (credited or sum(line.words for line in after) >= 2 * STORY_PARAGRAPH_WORDS)  # (a short second paragraph: "The ... St Catherine.")


def head_counter(lines: tuple[Line, ...], h: int, thread: object, start: int) -> bool:
    """True for a comment counter over the story's paragraphs that opens no thread: "Kommentare 0" under the dateline,
    or "Kommentare: 1" in a labelled meta block ("Von: X" / "Tags: ..." / "Kommentare: 1"), the prose under it
    without a Reply/Like row."""
    text = lines[h].text
    zero = thread.end <= start and P.ZERO_COMMENTS.match(text) is not None
    labelled = P.LABELLED_COUNT.match(text) is not None and h > 0 and lines[h - 1].kind in ("meta", "article_end") \
        and not any(lines[k].kind == "comment_action" for k in range(start, min(max(thread.end, start), len(lines))))
    return (zero or labelled) and all(is_prose_line(line) and line.words >= 20 for line in lines[start:start + 2])


def is_counter_link(lines: tuple[Line, ...], thread: object, start: int) -> bool:
    """True when a comment header opens no thread: its one "comment" is several prose lines with no Reply/Like
    row after it (the article itself, read after a byline)."""
    if len(thread.comments) != 1 or thread.comments[0].text.count("\n") < 2:
        return False
    return not any(lines[k].kind == "comment_action" for k in range(start, min(thread.end, len(lines))))


def find_sections(lines: tuple[Line, ...], outlets: frozenset[str]) -> tuple[Section, ...]:
    """All confirmed sections of a dump, in order."""
    out: list[Section] = []
    for i, line in enumerate(lines):
        if line.is_header and not any(s.covers(i) and s.kind != "promo" for s in out) and not in_link_list(lines, i):
            section = parse_section(lines, i, outlets, tuple(out))
            if section is not None:
                out.append(section)
    found = [*out, *rivers(lines, out)]
    found += bullet_rivers(lines, found)
    return tuple(sorted((*found, *paired_rivers(lines, found)), key=lambda s: s.header))


PAIRED_MIN = 3  # headline / meta pairs in a row that make a list of teasers without a header
PAIRED_HEADER_WORDS = 6  # a short line right above such a list is its header ("Next in your queue")


def paired_rivers(lines: tuple[Line, ...], found: list[Section]) -> list[Section]:
    """Headerless lists of two-line teasers outside the sections: a headline (maybe bulleted), then its meta row
    naming an outlet or a time ("• The hidden cost of hot classrooms" / "Schoolhouse Review · 6–7 minutes"), three
    or more in a row (or three-line cards, a summary under each meta row); a short line right above is the list's
    header."""
    taken = frozenset(i for s in found for i in range(s.header, s.end))
    out: list[Section] = []
    i = 0
    while i < len(lines) - 1:
        teasers, k = card_run(lines, i, taken, summaries=False)
        if len(teasers) < PAIRED_MIN:
            teasers, k = card_run(lines, i, taken, summaries=True)
        if len(teasers) < PAIRED_MIN:
            teasers, k = meta_first_run(lines, i, taken)
        if len(teasers) >= PAIRED_MIN:
            out.append(Section("related", list_header(lines, i, taken), k, teasers=tuple(teasers)))
            i = k
        else:
            i += 1
    return out


def bullet_rivers(lines: tuple[Line, ...], found: list[Section]) -> list[Section]:
    """Headerless lists of bulleted cards outside the sections ("•" / headline / time / outlet / summary, a list
    item holding blocks), each card with a time or an outlet line (a story's own list of named points has none); a
    short line right above is the list's header, whatever its language ("Notísia seluk")."""
    taken = frozenset(i for s in found for i in range(s.header, s.end))
    out: list[Section] = []
    i = 0
    while i < len(lines):
        parsed = bullet_cards(lines, i, len(lines), taken) if i not in taken and bare_bullet(lines[i]) else None
        if parsed is not None and all(t.published or t.publisher for t in parsed.teasers):
            out.append(Section("related", list_header(lines, i, taken), parsed.end, teasers=parsed.teasers))
            i = parsed.end
        else:
            i += 1
    return out


def list_header(lines: tuple[Line, ...], i: int, taken: frozenset[int]) -> int:
    """The short line right above a headerless list that is its label, else the list's first line."""
    above = i - 1
    return above if above >= 0 and above not in taken and lines[above].kind == "text" \
        and lines[above].words <= PAIRED_HEADER_WORDS and not lines[above].text.endswith((".", "!", "?")) else i


def card_run(lines: tuple[Line, ...], i: int, taken: frozenset[int], summaries: bool) -> tuple[list[Teaser], int]:
    """The teaser cards in a row from line i (headline, meta row and, with summaries, a summary line each) and the
    line after them; the cards keep one shape (the story's own headline over its bare dateline ends them)."""
    teasers: list[Teaser] = []
    k, shape = i, None
    while k + 1 < len(lines) and k not in taken and k + 1 not in taken and (t := paired_teaser(lines, k)):
        summary = card_summary(lines, k + 2, taken) if summaries else None
        if summaries and (summary is None or not plain_headline(t.title)):
            break  # (a comment's action row over its author and text: "Odpowiedz | Zgłoś | +1 -0")
        if shape is not None and bool(t.publisher) != shape:
            break
        shape = bool(t.publisher)
        teasers.append(replace(t, summary=summary) if summary else t)
        k += 3 if summary else 2
    return teasers, k


def meta_first_run(lines: tuple[Line, ...], i: int, taken: frozenset[int]) -> tuple[list[Teaser], int]:
    """Feed cards in a row from line i, each its source row first, then its headline and a summary ("The Northgate
    Review·3h" / headline / summary), and the line after them. A story's own head ("Outlet · 3h" / headline / lead)
    is no card: more prose follows its lead, where a card's summary is followed by the next card."""
    teasers: list[Teaser] = []
    k = i
    while k + 2 < len(lines) and not taken.intersection(range(k, k + 3)) and (t := source_first_teaser(lines, k)):
        summary = card_summary(lines, k + 2, taken)
        if summary is None and len(teasers) >= 2 and plain_headline(t.title) and not is_prose_line(lines[k + 2]) \
                and not writer_row(lines[k + 2]):  # ("Outlet · Nov 29" / headline / "Story by X": the story's head)
            teasers.append(t)  # the last card of the row, without a summary ("Outlet · ontem" / headline / the tab bar)
            return teasers, k + 2
        if summary is None or not plain_headline(t.title) or k + 3 < len(lines) and is_prose_line(lines[k + 3]):
            break
        teasers.append(replace(t, summary=summary))
        k += 3
    return teasers, k


def source_first_teaser(lines: tuple[Line, ...], k: int) -> Teaser | None:
    """The teaser whose source row (an outlet and a time) is line k and whose headline is line k + 1, if so."""
    meta, head = lines[k].meta if lines[k].kind == "meta" else None, lines[k + 1]
    if meta is None or meta.kind == "byline" or not meta.outlet or not meta.time or head.kind != "text" \
            or len(head.text.split()) < 4 or not is_title_like(head.text):
        return None
    outlet = meta.outlet
    if (badge := P.EMOJI_BADGE.match(lines[k].text)) is not None and outlet.lower().startswith(badge.group("word").lower()):
        outlet = outlet[len(badge.group("word")):].strip()  # "🔥 Popular Eco da Afurada · há 5 h": the badge goes
    return Teaser(title=head.text, publisher=outlet, published=meta.time)


def plain_headline(text: str) -> bool:
    """A card's headline: one phrase, no row of parts (" | ", " · ") and no second sentence inside."""
    return " | " not in text and " · " not in text and not P.SENTENCE_BREAK.search(text)


def card_summary(lines: tuple[Line, ...], k: int, taken: frozenset[int]) -> str | None:
    """The summary line k under a card's meta row, when it reads as running text and the next card (or nothing)
    follows it: "Аннотатсия: Дар мақола ..." under "Шуълаи Водӣ · 28.01.2026"."""
    if k >= len(lines) or k in taken or not (is_prose_line(lines[k]) or summary_sentence(lines[k])):
        return None
    return lines[k].text if k + 2 >= len(lines) or paired_teaser(lines, k + 1) is not None \
        or not is_prose_line(lines[k + 1]) else None


def paired_teaser(lines: tuple[Line, ...], k: int) -> Teaser | None:
    """The teaser lines k (a headline of 4+ words, no full stop) and k + 1 (its outlet or time row) print, if so."""
    head, meta = lines[k], lines[k + 1].meta if lines[k + 1].kind == "meta" else None
    text = head.item or head.text
    if head.kind not in ("text", "list") or meta is None or not (meta.outlet or meta.time) or meta.kind == "byline" \
            or len(text.split()) < 4 or not is_title_like(text):
        return None
    return Teaser(title=text, publisher=meta.outlet, published=meta.time)


def rivers(lines: tuple[Line, ...], found: list[Section]) -> list[Section]:
    """Headerless runs of headline rows ("Title Outlet 34m" per line, a NewsNow-like river) outside the sections."""
    taken = frozenset(i for s in found for i in range(s.header, s.end))
    rows = [headline_row(line) for line in lines]  # each line read once
    out: list[Section] = []
    i = 0
    while i < len(lines):
        parsed = river_at(lines, rows, i, taken) if i not in taken and (i == 0 or rows[i - 1] is None) else None
        if parsed is not None:
            out.append(Section("related", i, parsed.end, teasers=parsed.teasers))
            i = parsed.end
        else:
            i += 1
    return out


def in_link_list(lines: tuple[Line, ...], i: int) -> bool:
    """True for a promo header that is one bulleted item among others ("• Newsletter" in a site menu): a menu entry,
    not the start of a newsletter box."""
    line = lines[i]
    if line.kind != "promo_header" or not P.BULLET.match(line.text):
        return False
    return any(0 <= k < len(lines) and lines[k].item and lines[k].kind in ("list", "promo_header") for k in (i - 1, i + 1))


def known_outlets(lines: tuple[Line, ...]) -> frozenset[str]:
    """Outlet names printed anywhere in meta lines or shared by "Title Outlet · time" list items (used to split "Title
    Outlet" list teasers)."""
    names = {tidied_outlet(line.meta.outlet) for line in lines if line.kind == "meta" and line.meta and line.meta.outlet}
    names |= shared_tail_outlets(line.item for line in lines if line.kind == "list")
    names |= {tidied_outlet(m.group("name")) for line in lines if line.kind == "source"
              and (m := P.SOURCE_LINE.match(line.text)) is not None}  # ("Sursa: X" names a teaser's outlet too)
    return frozenset(n for n in names if n and len(n) >= 2)
