"""Article head of a text dump: the title line, the meta lines around it, and where the body starts."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from . import patterns as P
from .regexcache import compile_regex as rx
from .segment import Line, icon_row, is_address_row
from .text_meta import (
    as_time,
    is_highlight_quote,
    is_name,
    is_person_name,
    is_signed_name,
    paper_named,
    partner_credit,
    unemoji,
    writer_and_outlet,
)
from .text_teasers import is_title_like

HEAD_META = frozenset({"time", "sep", "glued", "byline", "outlet", "read"})
_HEAD_FILL = frozenset({"meta", "source", "caption", "logo", "noise", "share", "chrome", "promo"})
_WORD_CHAR = rx(r"[^\W\d_]")
_CREDIT_TAIL = rx(r"\([^()!?]{0,40}[A-Z][^()!?]{1,60}\)\s*$")  # a photo caption's credit: "... in Paris. (Yoni Rykner)";
# (an aside that asks or exclaims is the headline's own: "Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?)")
_HANDLE = rx(r"(^|\s)@\w{3,}")  # a channel's contact line ("Segnalazioni: @valdora24_bot"): no headline holds a handle
_CRUMB_CHAR = rx(r"[^\W_]")  # a letter or digit before a repeated title: a crumb trail ("Home News", "4.")
SENTENCE_END = (".", "!", "?", "。", "！", "？", '"', "”", "’", "'", "»", ")", "…", "।", "።")
# How much the prose under a candidate title counts (times log10 of its characters). Measured on text dumps of
# trafilatura's 990 evaluation pages (innerText-like, fixtures/aggregator/textdump.py), snippet F1: 1.0 -> 0.634,
# 2.0 -> 0.669, 3.0 -> 0.683 (4.0: 0.691, but a feed of cards then outranks its story); aggregator sets unchanged.
# Re-measured after the session-4 text-path changes: 3.0 -> 0.7248, 3.5 -> 0.7278, 4.5 -> 0.7291 (4.0 and up fail
# the feed-card test).
PROSE_WEIGHT = 3.5
BODY_STOP = frozenset({"footer", "consent", "article_end", "comment_says", "comment_action"})


@dataclass(frozen=True)
class Head:
    """The chosen title line, the lines of its head (meta, repeats), and the first body line."""

    title_index: int
    title: str
    used: tuple[int, ...]
    body_start: int
    rule: str


def is_head_meta(line: Line) -> bool:
    """True for a byline / outlet / time line that can sit next to a title."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind in HEAD_META


def crumb_last(line: Line) -> str | None:
    """The last crumb of a breadcrumb line ("Home » World » Title" -> "Title")."""
    m = P.BREADCRUMB.match(line.text)
    return m.group("last").strip() if m else None


def crumb_trail(line: Line) -> bool:
    """A breadcrumb trail of three crumbs or more ("Acuèlh > Dins la premsa > Title"): no headline itself."""
    return len(P.CRUMB_SEPARATOR.findall(line.text)) >= 2 and crumb_last(line) is not None


def print_credit(text: str) -> str | None:
    """The paper a print clipping's credit names ("The Post, 14 January 2026, page 27" -> "The Post"), else None."""
    m = P.PRINT_CREDIT.match(text) if "," in text else None
    return m.group("name").strip() if m and as_time(m.group("date").strip()) else None


def more_crumbs_after(lines: tuple[Line, ...], k: int) -> bool:
    """True when a numbered crumb ("2. Money news") has another one right under it ("3. Title"): not the last."""
    return k + 1 < len(lines) and lines[k + 1].kind == "list" and lines[k + 1].text[:1].isdigit() \
        and lines[k].text[:1].isdigit()


def crumb_heads(crumb: Line, text: str) -> bool:
    """True when a crumb trail's last crumb (three words or more) is the start of the headline, cut at its colon or
    dash ("... > Lo Camin dels Pastres tornat dobrir" over "Lo Camin dels Pastres tornat dobrir : 42 quilomètres")."""
    last = crumb_last(crumb)
    if not last or len(last.split()) < 3 or not text.startswith(last):
        return False
    return text[len(last):].lstrip()[:1] in (":", "–", "—", "-", "|")


ELLIPSES = ("...", "…")
PREVIEW_REACH = 15  # lines above a link card within which the post it previews was printed


def cut_excerpt_of(lines: tuple[Line, ...], j: int, others: range) -> bool:
    """True when line j is an excerpt cut with an ellipsis ("Ol manmeri bilong Karkar ... wanpela…") whose words open
    one of the lines `others`: a link preview of that paragraph."""
    text = " ".join(lines[j].text.split())
    if lines[j].words < P.PULL_QUOTE_WORDS[0] or not text.endswith(ELLIPSES):
        return False
    cut = text.rstrip(".…").rstrip()
    return any(" ".join(lines[k].text.split()).startswith(cut) and len(lines[k].text) > len(cut) for k in others)


def previews_story_above(lines: tuple[Line, ...], i: int) -> bool:
    """True for a link card's headline: the line under it is an excerpt of a paragraph printed just above (a
    channel's post, then the card of its link repeating the headline): the title is the post's, above."""
    return i + 1 < len(lines) and cut_excerpt_of(lines, i + 1, range(max(0, i - PREVIEW_REACH), i))


def is_prose(line: Line) -> bool:
    """True for a line that reads as running text: a long line, or a sentence that ends like one."""
    if line.kind not in ("text", "list") or line.text.startswith(ELLIPSES) and line.text.endswith(ELLIPSES):
        return False  # (a search result's excerpt, cut at both ends: "...the company will install panels...")
    return line.words >= 20 or (line.words >= 6 and line.text.endswith(SENTENCE_END))


def picture_credit(text: str) -> bool:
    """A short copyright line that may credit a picture inside the text ("Copyright: X", "© Foto: Y")."""
    low = text.lower()
    return "©" in text or "copyright" in low or "(c)" in low


def body_table(lines: tuple[Line, ...], covered: frozenset[int],
               boxes: frozenset[int] = frozenset()) -> tuple[tuple[int, str, int], ...]:
    """For every line i: characters of prose after it up to the first boundary, that boundary's kind, and how many
    prose lines there are; the lines of `boxes` (small promo boxes under a headline) are looked through.

    One backward pass, so scoring every line as a title stays linear in the dump's length.
    """
    table: list[tuple[int, str, int]] = [(0, "end", 0)] * len(lines)
    total, stop, count = 0, "end", 0
    posts = credited_posts(lines)
    for j in range(len(lines) - 1, -1, -1):
        table[j] = (total, stop, count)
        if j in boxes:
            continue
        if j in covered or lines[j].is_header and promo_box_end(lines, j) == j:
            total, stop, count = 0, "section", 0
        elif lines[j].kind in BODY_STOP and not (lines[j].kind == "footer" and lines[j].words <= 6 and count >= 3
                                                 and picture_credit(lines[j].text)) \
                and not credit_under_head(lines, j) and not reactions_under_head(lines, j) and not tags_under_head(lines, j) \
                and not closes_annotation(lines, j):
            total, stop, count = 0, lines[j].kind, 0  # (a short "Copyright: X" picture credit with text below is none)
        elif j in posts:
            total, stop, count = 0, "source", 0
        elif is_prose(lines[j]):
            total, count = total + len(lines[j].text), count + 1
    return tuple(table)


CREDITED_POSTS = 3  # closing credits that make a dump a stream of credited posts (a channel's), each credit its end


def credited_posts(lines: tuple[Line, ...]) -> frozenset[int]:
    """The closing credits of a stream of CREDITED_POSTS or more credited posts (each ends its post), else none."""
    credits = frozenset(j for j in range(1, len(lines)) if closes_post(lines, j))
    return credits if len(credits) >= CREDITED_POSTS else frozenset()


def closes_post(lines: tuple[Line, ...], j: int) -> bool:
    """A credit line ("via X", "Source: X") right under a paragraph: in a stream of CREDITED_POSTS such posts it
    closes its post, and the prose below it is another's (one such credit may stand above the teasers, whose text
    must not count for them); under a byline or a headline it opens the story and ends nothing."""
    return lines[j].kind == "source" and j > 0 and is_prose(lines[j - 1])


def credit_under_head(lines: tuple[Line, ...], j: int) -> bool:
    """An "This article originally appeared on X" credit right under the byline or share row: the story starts after
    it, so it ends nothing."""
    return lines[j].kind == "article_end" and P.SOURCE_LINE.match(lines[j].text) is not None \
        and any(lines[k].kind in ("meta", "share") for k in range(max(0, j - 2), j))  # (not a card's "Read full story")


def tags_under_head(lines: tuple[Line, ...], j: int) -> bool:
    """A "Tags: a, b, c" row in the meta block under the headline ("Datum: X" / "Von: Y" / "Tags: ..."): the story
    follows it, so it ends nothing."""
    return lines[j].kind == "article_end" and j > 0 and lines[j - 1].kind == "meta" \
        and P.TAGS_LABEL.match(lines[j].text) is not None


def closes_annotation(lines: tuple[Line, ...], j: int) -> bool:
    """The buttons row ("Reply Share Flag") under a note signed "handle · date" between a story's paragraphs, with the
    story going on right after it: it ends the note, not the story."""
    if lines[j].kind != "comment_action" or j + 1 >= len(lines) or not is_prose(lines[j + 1]):
        return False
    return any(lines[k].kind == "meta" and lines[k].meta is not None and lines[k].meta.time
               and all(lines[m].kind == "text" for m in range(k + 1, j)) for k in range(max(0, j - 4), j - 1))


def reactions_under_head(lines: tuple[Line, ...], j: int) -> bool:
    """The article's own reaction bar right under its dateline ("14 Oktober 2025 om 08:15" / "👍 128 ❤️ 41 💬 3"):
    the story follows it, so it closes no comment."""
    return lines[j].kind == "comment_action" and j > 0 and lines[j - 1].kind == "meta"


def promo_box_end(lines: tuple[Line, ...], j: int) -> int:
    """The first prose line after a promo header at j that opens a small box inside the article ("Summarize with X
    AI" / one line / "Try it free": at most three short lines, then running text again; or a lone chip right under
    the byline), else j."""
    if lines[j].kind != "promo_header":
        return j
    for k in range(j + 1, min(len(lines), j + 5)):
        if is_prose(lines[k]) and lines[k].words >= 20:  # (a chip right under the byline: "Summarize with X AI Listen")
            return k if k > j + 1 or j and lines[j - 1].kind in ("meta", "share") else j
        if lines[k].is_header or lines[k].words > 30 or lines[k].kind == "list" or lines[k].rule == "MORE_LINK":
            return j  # (a "Read more" link or a bullet opens a teaser list, not the article again)
    return j


PROMO_BOX_LINES = 6  # an app cut's pitch between its two promo lines: a paragraph and a short feature list
PROMO_PITCH_WORDS = 90  # ... the paragraph: a few sentences (holdout26's has 65 words)


def promo_pair_end(lines: tuple[Line, ...], j: int) -> int:
    """The line after the promo line closing a box opened by the promo line at j ("Les videre i Fjordflyt-appen" / the
    app's pitch naming it / three short features / "Åpne i appen Fortsett i nettleseren"), else j. Only short lines
    and one long line naming a word of the opening line lie between: story paragraphs between two ads are kept."""
    if lines[j].kind != "promo":
        return j
    words = {w for w in lines[j].text.lower().split() if len(w) >= 5}
    long_lines, unnamed = 0, False
    for k in range(j + 1, min(len(lines), j + PROMO_BOX_LINES + 2)):
        line = lines[k]
        if line.kind == "promo":  # (a notification prompt's pitch need not repeat its question's words)
            return k + 1 if k > j + 1 and (not unnamed or "NOTIFY_PROMPT" in (line.rule, lines[j].rule)
                                           or lines[j].rule == "SPONSOR_LINE") else j  # (a sponsor's pitch)
        if line.is_header or line.words > PROMO_PITCH_WORDS:
            return j
        if line.words >= 12:
            long_lines += 1
            unnamed = unnamed or not words & set(line.text.lower().split())
            if long_lines > 1:
                return j
    return j


def body_chars(lines: tuple[Line, ...], i: int, covered: frozenset[int]) -> tuple[int, str, int]:
    """Characters of prose after line i up to the first boundary, its kind, and the number of prose lines."""
    return body_table(lines, covered)[i]


def outlet_names(lines: tuple[Line, ...]) -> frozenset[str]:
    """Outlet names the dump prints in meta lines and credits ("© Provided by X", "Source: X")."""
    names = {line.meta.outlet for line in lines if line.meta is not None and line.meta.outlet}
    for line in lines:
        if line.kind == "source" and (m := P.SOURCE_LINE.match(unemoji(line.text))):
            names.add(m.group("name").strip())
    return frozenset(n for n in names if n)


def bare_day(line: Line) -> bool:
    """A lone "Today" / "Yesterday" line: a feed reader's menu entry as often as a date, so no dateline."""
    return line.meta is not None and line.meta.kind == "time" and not P.ANY_DIGIT.search(line.text) \
        and line.words == 1


BULLET_DATE_WORDS = 8  # a bulleted meta item that is a full date


def bulleted_date(line: Line) -> bool:
    """A help center's meta list item under the writer: "• 22 grudnia 2026 07:30" (a full date, bulleted)."""
    return line.kind == "list" and line.words <= BULLET_DATE_WORDS and bool(line.item) \
        and as_time(line.item) is not None and P.DATE_IN_LINE.search(line.item) is not None


def is_dateline(line: Line) -> bool:
    """True for a head meta line, a source credit, or a short unparsed line carrying a date or time."""
    if is_head_meta(line) and not bare_day(line) or line.kind == "source":
        return True
    if line.kind != "text" or line.words > 16:
        return False
    if (hint := P.DATELINE_HINT.search(line.text)) is None:
        return dated_row(line.text)
    return line.words <= CLOCK_LINE_WORDS or not CLOCK_ONLY.fullmatch(hint.group()) \
        or P.DATE_IN_LINE.search(line.text) is not None  # ("... at 4:17, the clock ...": no date, a headline)


def dated_row(text: str) -> bool:
    """A meta row in a language whose month names we do not know: parts split by " · " or " | ", a year (four digits,
    1900-2100, in any script's digits) and a day number: "מיטוואָך, כ׳ כּסלו · 10טן דעצעמבער 2025", "ដោយ៖ X ·
    ថ្ងៃអង្គារ ទី៩ ខែធ្នូ ឆ្នាំ២០២៥" (headlines print no such separators)."""
    if " · " not in text and " | " not in text:
        return False
    runs = [(len(run), int(run)) for run in P.DIGIT_RUN.findall(text)]
    return any(n == 4 and 1900 <= v <= 2100 for n, v in runs) and any(n <= 2 and 1 <= v <= 31 for n, v in runs)


CLOCK_LINE_WORDS = 8  # a longer line whose only time-like part is a clock ("After 30 years at 4:17, the courthouse
CLOCK_ONLY = rx(r"\d{1,2}:\d{2}")  # clock will keep time again") is a headline, not a dateline


LEAD_REACH = 10  # lines under a title within which its running text starts (standfirst, byline rows, share bar,
# a picture's alt text and its caption between)


def _lead(lines: tuple[Line, ...], i: int, covered: frozenset[int], boxes: frozenset[int] = frozenset()) -> float:
    """1.0 when running text follows line i at once (past bylines, share bars, captions, small promo boxes), less per
    line between."""
    between = 0
    under = [k for k in range(i + 1, min(len(lines), i + LEAD_REACH + len(boxes))) if k not in boxes]
    for k in under[:LEAD_REACH - 1]:
        if k in covered or lines[k].kind in BODY_STOP and not reactions_under_head(lines, k):
            return 0.0
        if is_prose(lines[k]) and lines[k].text != lines[i].text:
            return max(0.0, 1.0 - 0.25 * max(0, between - 2))
        if lines[k].kind not in _HEAD_FILL and lines[k].text != lines[i].text and not is_dateline(lines[k]):
            between += 1
    return 0.0


POSTER_REPEATS = 4  # a short name printed this often is a feed's poster or channel (over every post), no headline


KICKER_WORDS = 4  # a label this short over a dateline over a headline twice its length labels it, heads nothing


def labels(label: Line, headline: Line) -> bool:
    """True for a label short enough, beside a headline long enough, to be the headline's label ("Notícias do
    desenvolvedor" over the date over the headline)."""
    return label.words <= KICKER_WORDS and headline.words >= max(KICKER_WORDS + 2, 2 * label.words)


def labels_headline_below(lines: tuple[Line, ...], i: int) -> bool:
    """True for a short label over a dateline over a headline twice its length: the date is the headline's."""
    if i + 2 >= len(lines) or not is_dateline(lines[i + 1]):
        return False
    below = lines[i + 2]
    return below.kind == "text" and is_title_like(below.text) and labels(lines[i], below)


def _meta_before(lines: tuple[Line, ...], i: int, counts: Counter | None = None) -> bool:
    """True when a dateline sits right above line i and no headline sits above that dateline (a channel's name over
    every post is none)."""
    top = i - 1
    while top >= 0 and lines[top].kind == "noise" and lines[top].words <= 1:
        top -= 1  # a dialog's close button ("✕") between the post's date and its title
    if top < i - 2:
        return False
    k = top
    while k >= 0 and top - k <= 2 and is_dateline(lines[k]):
        k -= 1
    if k == top or lines[top].kind == "source" and k >= 0 and is_prose(lines[k]):
        return False  # (a "first published by X" credit closing the story above is no dateline of this one)
    if any(P.FEED_LABEL.match(lines[m].text) for m in range(k + 1, i)):
        return True  # a store's news event: its feed label and date over the headline ("ニュース - X" / date)
    named = k >= 1 and lines[k].kind == "text" and is_signed_name(lines[k].text, 5) \
        and lines[k - 1].kind == "text" and is_title_like(lines[k - 1].text) and lines[k - 1].words > lines[k].words + 2
    k -= named  # the writer's name between a headline and its dateline ("Title" / "Delacroix, Amina." / date)
    above = lines[k] if k >= 0 else None
    after_prose = not named and k >= 1 and is_prose(lines[k - 1])  # a button row closing the previous card
    poster = above is not None and counts is not None and counts[above.text] >= POSTER_REPEATS \
        and is_name(above.text, 5)
    label = above is not None and not named and labels(above, lines[i])  # a feed's label over the date over the headline
    return not (above is not None and above.kind == "text" and above.words >= 3 and is_title_like(above.text)
                and not after_prose and not poster and above.text[:1] not in MENU_GLYPHS and not label)  # (an app's
    # top bar)


def signed_above(lines: tuple[Line, ...], i: int) -> bool:
    """True when the line right above line i is a dated byline ("05.02.2020 - Redaktion: Eberhard Fuhr")."""
    above = lines[i - 1] if i else None
    return above is not None and above.kind == "meta" and above.meta is not None and bool(above.meta.author) \
        and bool(above.meta.time)


def is_card_row(line: Line) -> bool:
    """An "Outlet · 2h" row without a writer: how feed cards start."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind in ("sep", "glued") \
        and not line.meta.author and bool(line.meta.outlet)


def heads_next_card(lines: tuple[Line, ...], i: int, feed: bool) -> bool:
    """True on a feed page (3+ card rows) when the dateline under line i is a card row that opens a short card
    (another card row follows within four lines): then it belongs to the card below, not to line i."""
    if not feed:
        return False
    k = i + 1
    while k < len(lines) and k - i <= 3 and not is_dateline(lines[k]):
        k += 1
    if k >= len(lines) or k - i > 3 or not is_card_row(lines[k]):
        return False
    return any(is_card_row(lines[m]) for m in range(k + 1, min(len(lines), k + 5)))  # and the next card follows


def card_rhythm(lines: tuple[Line, ...], i: int, feed: bool) -> bool:
    """True on a feed page when a card row sits above line i and another card row within three lines below or four
    above that (a summary, a reactions row between): "Outlet · 1h" / title / summary / "👍 3 💬 0", card after
    card, before the story."""
    if not feed or i == 0 or not is_card_row(lines[i - 1]):
        return False
    top = i - 1
    while top > 0 and is_card_row(lines[top - 1]):
        top -= 1  # (the outlet's row over the date's row: one card's meta on two lines)
    return any(is_card_row(lines[m]) for m in (*range(i + 1, min(len(lines), i + 4)), *range(max(0, i - 5), top)))


def in_card_river(lines: tuple[Line, ...], i: int, after: list[Line], feed: bool) -> bool:
    """True on a feed page when line i sits between two card rows ("Outlet · 4h" above and below it): one more
    headline of a river, whose row under it is its own card's, not a story's dateline."""
    return feed and i > 0 and is_card_row(lines[i - 1]) and bool(after) and is_card_row(after[0])


def score(lines: tuple[Line, ...], i: int, covered: frozenset[int],
          names: frozenset[str] = frozenset(), prose_after: tuple[tuple[int, str], ...] | None = None,
          counts: Counter | None = None, feed: bool = False, boxes: frozenset[int] = frozenset()) -> tuple[float, str] | None:
    """Score line i as the article title, with the rule that fired; None when it cannot be one."""
    line = lines[i]
    if line.kind != "text" and not gallery_headline(lines, i) or i in covered or line.text in names \
            or never_title(lines, i) or previews_story_above(lines, i):
        return None
    after = [lines[k] for k in range(i + 1, min(len(lines), i + 10))  # "Autor" / "Anna W." / "Opublikowano" / date
             if lines[k].text != line.text and lines[k].rule != "META_LABEL"
             and (lines[k].kind not in ("share", "chrome", "caption") or gallery_headline(lines, k))
             and not alt_of_caption(lines, k)][:5]  # (a print
    # / e-mail button column, "Details"; the lead picture's alt text and caption between the standfirst and byline)
    twice = any(lines[k].text == line.text for k in range(i + 1, min(len(lines), i + 4)))  # (an ad label, its alt)
    unstopped_dek = len(after) > 1 and after[0].kind == "text" and 8 <= after[0].words <= 45 and line.words >= 6 \
        and after[0].index == i + 1 and (bylined_row(after[1]) or writer_then_date(after[1:])) and not twice \
        and not crumb_last(line)  # a standfirst without a full stop, printed right under the headline (then "By X",
    # or the writer's name and the date on lines of their own)
    if after and (is_dek(after[0]) or unstopped_dek) and (not any(is_dateline(a) for a in after[:3]) or len(
            after) > 1 and (bylined_row(after[1]) or writer_then_date(after[1:])) and not twice):
        # a standfirst, then "By X" (or the writer's name over the date): the writer's row
        after = [a for a in after[1:] if not is_card_row(a)][:4]  # a standfirst, then the writer's name, the date
    elif after and is_dek(after[0]) and len(after) > 1 and writer_dateline(after[1]) and not twice:
        after = after[1:4]  # a standfirst, then "Jana Horváthová | 12. júna 2025, 7:05" (a writer without "By")
    else:
        after = after[:3]
    before = lines[max(0, i - 2): i]
    near = next((k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].text == line.text), None)
    seen = counts[line.text] if counts is not None else sum(1 for x in lines if x.text == line.text)
    if seen >= POSTER_REPEATS and is_name(line.text, 5):
        return None  # the channel's name over every post of a feed, a button under every comment
    if seen >= 2 and not near and is_person_name(line.text) and after and is_dateline(after[0]):
        return None  # a post's author over its time, who signs a comment further down too ("Sani Bako Admin")
    # a copy one or two lines below (or three, for a line printed only twice): a button under every comment, three
    # lines apart and printed three times, is no title
    rep = near is not None and seen <= 3 and (near - i <= 2 or seen <= 2)
    rep = rep and (line.words >= 3 or bool(P.CJK.search(line.text))  # a short name printed twice in a row is an
                   or i + 1 < len(lines) and lines[i + 1].text != line.text)  # avatar's alt text and the writer's name
    crumb = any(crumb_last(b) == line.text or crumb_heads(b, line.text) for b in before) or any(  # "Home News <title>"
        b.text.endswith(" " + line.text) and b.words <= line.words + 6 and _CRUMB_CHAR.search(b.text[:-len(line.text)])
        and not more_crumbs_after(lines, b.index) for b in lines[max(0, i - 3): i])  # ("• Name" above "Name" is a bullet; "4. Title" the last of a numbered trail)
    meta_after = bool(after) and any(  # a dateline under the title, after at most two names (writer, outlet)
        (is_dateline(after[d]) or d and bulleted_date(after[d])) and all(is_head_name(a, line.text) for a in after[:d])
        for d in range(len(after)))
    meta_after = meta_after and not (after[0].kind == "promo" and after[0].words >= 5) \
        and not credits_title_below(lines, i)  # (a menu above an upsell; a chip heading the headline below)
    meta_after = meta_after and not heads_next_card(lines, i, feed) and not in_card_river(lines, i, after, feed) \
        and not labels_headline_below(lines, i) and not (i + 1 < len(lines) and P.FEED_LABEL.match(lines[i + 1].text))
    # (a store's "ニュース - X" label opens the news event under it: the line above it heads nothing)
    meta_before = _meta_before(lines, i, counts) or (meta_after and i > 0 and is_head_meta(lines[i - 1]))
    meta_before = meta_before and not card_rhythm(lines, i, feed)
    if not is_title_like(line.text) and not (rep or crumb) or live_entry(lines, i):
        return None
    lead = _lead(lines, i, covered, boxes)
    bylined = meta_after and is_head_meta(after[0]) and bool(after[0].meta.author)  # "By X · 3 h" names a writer
    s = 2.0 * rep + 2.0 * crumb + 2.0 * meta_after + 0.5 * bylined + 1.5 * meta_before + 1.0 * lead
    s += STANDFIRST_BONUS * over_standfirst(lines, i)
    s += LABELLED_BONUS * (i > 0 and lines[i - 1].rule == "HEADLINE_LABEL" or over_original_title(lines, i))
    s += QUOTED_BONUS * (bylined and quoted_after_lead_in(lines, i))
    s -= 2.0 if line.words < 3 and not (rep or signed_above(lines, i)) or line.words < 2 else 0.0  # a one- or
    # two-word label names a section; right under a dated byline, two words are a headline ("Faire Lieferketten")
    s -= 1.5 if i and is_prose(lines[i - 1]) and not rep else 0.0  # a button row glued under a card's summary
    chars, stop, paragraphs = prose_after[i] if prose_after is not None else body_chars(lines, i, covered)
    # a Reply button right after one or two paragraphs closes a comment; after an article it opens the comment form
    s += PROSE_WEIGHT * math.log10(1 + chars) - (3.0 if stop == "comment_action" and paragraphs <= 2 else 0.0)
    rule = "+".join(n for n, on in (("repeated", rep), ("breadcrumb", crumb), ("meta-after", meta_after),
                                   ("meta-before", meta_before), ("lead", lead > 0)) if on) or "prose-after"
    return s, rule


GALLERY_HEADLINE_WORDS = 6


def gallery_headline(lines: tuple[Line, ...], i: int) -> bool:
    """True for a gallery's headline that reads like a credited caption ("Picha: Jahazi za Lamu zashindana ...",
    "Photos: ..."): a long unpunctuated line right over a dated byline."""
    line = lines[i]
    return line.kind == "caption" and line.words >= GALLERY_HEADLINE_WORDS and not line.text.endswith(SENTENCE_END) \
        and i + 1 < len(lines) and lines[i + 1].kind == "meta" and lines[i + 1].meta is not None \
        and bool(lines[i + 1].meta.time) and bool(lines[i + 1].meta.author)


LIVE_ENTRIES = 3  # clock-stamped headings that make a live page's entries
LIVE_REACH = 24  # lines in which they follow each other


def live_entry(lines: tuple[Line, ...], i: int) -> bool:
    """True for the heading of a live page's entry: right under its clock ("2:40 p.m." / "Schools will stay closed
    Thursday"), with more clock-stamped headings below; the page's own headline stands over them."""
    if i == 0 or not P.BARE_CLOCK.match(lines[i - 1].text):
        return False
    stamps = sum(1 for k in range(i + 1, min(len(lines) - 1, i + LIVE_REACH))
                 if P.BARE_CLOCK.match(lines[k].text) and lines[k + 1].kind == "text")
    return stamps + 1 >= LIVE_ENTRIES


def credits_title_below(lines: tuple[Line, ...], i: int) -> bool:
    """True when the only meta under line i is a source chip over another headline-like line with its own dated byline
    ("Vesterålen Lofoten Salten" / "Kilde: Hadsel-Tidende" / headline / "Eirik Johansen 14.07.2026"): the chip heads
    that headline, not the line above it (a region menu)."""
    k = i + 1
    return k + 2 < len(lines) and lines[k].kind == "source" and lines[k + 1].kind == "text" \
        and lines[k + 1].words >= 3 and is_title_like(lines[k + 1].text) and is_dateline(lines[k + 2])


def over_original_title(lines: tuple[Line, ...], i: int) -> bool:
    """True for a translated headline right over its "Original title: X" line."""
    return i + 1 < len(lines) and P.ORIGINAL_TITLE.match(lines[i + 1].text) is not None


MENU_GLYPHS = frozenset(("☰", "≡"))  # a hamburger button's glyph (a "Menü" label may stand over the headline itself)


GLUED_TABS = 3  # words glued lower-case to capital in a line that make it a row of tabs ("TudoDiscussõesCapturas de
# ecrãArteNotíciasGuias"), never a headline
MENU_ITEMS = 4  # short items between bars that make a line a menu ("A | B | C | D"); a headline has one bar at most
MENU_ITEM_WORDS = 3


def menu_row(text: str) -> bool:
    """True for a row of short items between bars: "Houghton | Hancock | Calumet | Outdoors | Obituaries"."""
    items = text.split(" | ")
    return len(items) >= MENU_ITEMS and all(0 < len(item.split()) <= MENU_ITEM_WORDS for item in items)


def ai_label(line: Line) -> bool:
    """P.ai_label of a dump's line."""
    return P.ai_label(line.text, line.words)


def ai_note(line: Line) -> bool:
    """P.ai_note of a dump's line."""
    return P.ai_note(line.text, line.words)


def never_title(lines: tuple[Line, ...], i: int) -> bool:
    """True for a text line that cannot be the title whatever follows it: too long, a symbol, a badge, a channel's
    header row, a later copy, a dateline, a picture's alt text or credited caption, a handle, a crumb trail, a
    partner's credit."""
    line = lines[i]
    if len(line.text) > 300 or line.words > 30 or len(_WORD_CHAR.findall(line.text)) < 2 or line.cells:
        return True  # a lone bullet, number or symbol; a table's or menu's row of cells ("Leaning Right<TAB>9")
    if menu_row(line.text) or P.SIGN_IN_TAIL.search(line.text) or len(P.GLUED_TAB.findall(line.text)) >= GLUED_TABS:
        return True  # "Houghton | Hancock | Calumet | Outdoors | Obituaries": a section menu, never a headline; a top
        # bar ending with its sign-in button
    if ai_label(line) and P.AI_MARK.search(line.text):
        return True  # an AI box's label ("Belangrijkste punten (gegenereerd door AI)") over its bullets
    if line.words == 1 and len(line.text) <= 5 and (line.text.isupper() or line.text.islower()):
        return True  # a badge or a button ("ALT" on a picture, "GIF", "more")
    if P.ANY_DIGIT.search(line.text) and P.MEMBER_COUNT.search(line.text):
        return True  # a channel's header row with its audience count: "Палеская стужка12 480 удзельнікаўПадпісацца"
    if any(lines[k].text == line.text for k in range(max(0, i - 3), i)):
        return True  # a later copy of a repeated title
    if i and lines[i - 1].text.strip() in MENU_GLYPHS or line.text[:1] in MENU_GLYPHS:
        return True  # the menu a hamburger button opens: "☰" / "Wawancara Basa Kagunan Arsip Babagan kita"; an app's
        # top bar, "☰ খবরঝুড়ি ⌕" (the menu button, the name, the search button)
    if score_ticker(lines, i):
        return True  # a live-score ticker's row ("ঢাকা ১ – ১ সিলেট ৬৭'") next to another
    if i + 1 < len(lines) and P.ISSUE_ROW.match(lines[i + 1].text):
        return True  # a newsletter's name over its issue row ("The Morning Fold" / "No. 412 · Friday, ...")
    if i and lines[i - 1].rule == "META_LABEL" or print_credit(line.text):
        return True  # a property's value under its label ("Byline" / "Gemma Royce"); a clipping's "Paper, date, page 3"
    if is_highlight_quote(line.text) and i + 1 < len(lines) and lines[i + 1].kind == "meta" \
            and any(lines[k].kind == "comment_action" for k in range(i + 2, min(len(lines), i + 6))):
        return True  # the quoted words an annotation hangs on ("“300 hectares”" / "hydro_hannah 13 Jan 2026" / ...)
    parts = line.text.split(" · ")
    if len(parts) >= CHIP_PARTS and all(len(part.split()) <= 2 for part in parts):
        return True  # a row of tags or topic chips: "flooding · council · housing"
    if is_dateline(line) or alt_of_caption(lines, i) or "@" in line.text and _HANDLE.search(line.text) \
            or crumb_trail(line) or partner_credit(line.text) is not None or P.FILE_PATH_LINE.search(line.text):
        return True  # ("Live-Ticker vun eisem Partner X": the credit under a headline; "docs / press / x.md": a path)
    if P.LABELLED_CAPTION.match(line.text) or P.ORIGINAL_TITLE.match(line.text) or P.RATING_ROW.search(line.text):
        return True  # a caption with its labels in capitals: "IMAGE: ... CREDIT: X"; "Original title: X" (a translation)
    if between_byline_and_date(lines, i):
        return True  # "@poster (63) sa Pinoy" / "Panay Balita" / "Disyembre 15, 2026": the original's name (a logo)
        # between the poster's row and the date
    if P.ENGLISH_BY.match(line.text) or icon_row(line.text) or P.AVATAR_ALT.search(line.text):
        return True  # "By Orland Valley Post, adapted by X staff": a credit; "← Back 🎧 Listen Highlight Aa": buttons;
        # "xeberlent profil şəkli": an avatar's alt text
    return line.words >= 12 and line.text.endswith(")") and _CREDIT_TAIL.search(line.text) is not None
    # (a picture's caption ending in its credit, over a card's headline)


TICKER_ROW_WORDS = 8
OUTLET_ROW_WORDS = 4  # an outlet's name between a byline row and a date row


def between_byline_and_date(lines: tuple[Line, ...], i: int) -> bool:
    """True for a short name line with a byline row right above and a time row right below (a post's head)."""
    if not 0 < i < len(lines) - 1 or lines[i].words > OUTLET_ROW_WORDS or lines[i].text[-1:] in ".!?:" \
            or P.ANY_DIGIT.search(lines[i].text):
        return False  # (a reading time, "3–4 minutes", sits there too)
    above, below = lines[i - 1].meta, lines[i + 1].meta
    return above is not None and above.kind == "byline" and below is not None and bool(below.time) \
        and below.kind == "time"


def score_ticker(lines: tuple[Line, ...], i: int) -> bool:
    """True for a short score row ("Chittagong 2 – 1 Comilla FT") right next to another: a live-score ticker."""
    def row(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].words <= TICKER_ROW_WORDS and P.SCORE_ROW.match(lines[k].text) is not None
    return row(i) and (row(i - 1) or row(i + 1))


CHIP_PARTS = 3  # short parts between middle dots that make a line a row of tags, not a headline


def writer_dateline(line: Line) -> bool:
    """A dateline of a person's name and a date ("Jana Horváthová | 12. júna 2025, 7:05"): a first and a last name,
    each capitalised, and an absolute date, not a teaser's "Outlet · 3 h"."""
    meta = line.meta
    name = (meta.outlet or "") if meta is not None and is_dateline(line) and meta.author is None else ""
    return is_person_name(name) and P.DATE_IN_LINE.match((meta.time or "").strip()) is not None


def writer_then_date(rows: list[Line]) -> bool:
    """The writer's name on a line of its own, then the dateline ("زرمینه احمدزۍ" / "۱۳ لړم ۱۴۰۴")."""
    return len(rows) > 1 and rows[0].kind == "text" and is_signed_name(rows[0].text, 4) and is_dateline(rows[1])


def bylined_row(line: Line) -> bool:
    """A byline naming a writer ("By Jane Roe · May 4", "Words by X · Photographs by Y")."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind == "byline" and bool(line.meta.author)


def is_dek(line: Line) -> bool:
    """A standfirst under a headline: one sentence of 6-45 words."""
    return line.kind == "text" and 6 <= line.words <= 45 and line.text.endswith(SENTENCE_END)


def longer_dek(lines: tuple[Line, ...], i: int) -> bool:
    """True when the line under headline i is a standfirst printed without its full stop: ten words or more, more
    than the headline has, and the byline's meta line under it (past the lead picture's alt text and caption)."""
    headline, dek = lines[i], lines[i + 1]
    if dek.kind != "text" or not DEK_WORDS <= dek.words <= 45 or dek.words <= headline.words:
        return False
    below = (k for k in range(i + 2, min(len(lines), i + 6))
             if lines[k].kind not in ("caption", "share") and not alt_of_caption(lines, k))
    return next((lines[k].kind == "meta" for k in below), False)


DEK_WORDS = 10  # an unpunctuated standfirst is at least this long
ALT_SHARE = 0.7  # of an alt text's words its caption repeats


def alt_of_caption(lines: tuple[Line, ...], i: int) -> bool:
    """True for an image's alt text printed right above its caption, which repeats it ("Sheep on the dyke" /
    "Sheep on the dyke. Photo: X") or says it in more words ("Stalls on Rothbury high street" / "Stalls on the high
    street on a Thursday in July. (Chronicle photo)": the same first word, most of its words)."""
    if i + 1 >= len(lines) or lines[i + 1].kind != "caption":
        return False
    alt, caption = lines[i].text, lines[i + 1].text
    words, said = alt.casefold().split(), set(caption.casefold().split())
    return caption.startswith(alt) or bool(words) and caption.casefold().startswith(words[0]) \
        and sum(w in said for w in words) >= ALT_SHARE * len(words)


AFTER_COMMENTS = 1.5  # score taken from title candidates under the comment section's header (a commenter's name)


def comments_open(lines: tuple[Line, ...]) -> int:
    """Index of the first comment header standing on its own line after some prose ("コメント128件", "Comments (4)"),
    or past the end: titles come before it."""
    prose = 0
    for k, line in enumerate(lines):
        if line.kind == "comment_header" or line.rule == "COMMENT_COUNTER":
            if prose >= 300:
                return k
        elif is_prose(line):
            prose += len(line.text)
    return len(lines)


def is_head_name(line: Line, title: str) -> bool:
    """A head row above the dateline: meta-like chrome, or a short name (the writer, the outlet)."""
    return line.kind in _HEAD_FILL or line.kind == "text" and (  # ("Delacroix, Amina.": a record's writer)
        is_signed_name(line.text, 5) and len(line.text) <= 0.6 * len(title) or writer_and_outlet(line.text) is not None
        or partner_credit(line.text) is not None)  # "Live-Ticker vun eisem Partner De Séibuer" under the headline


def find_head(lines: tuple[Line, ...], covered: frozenset[int], by_prose: bool = False,
              boxes: frozenset[int] = frozenset()) -> Head | None:
    """Pick the best-scoring title line (earliest on ties) and collect its head lines; with by_prose, the title
    candidate with the most prose under it instead (the safety net when the best one yields next to no body). The
    lines of `boxes` (small promo boxes) are looked through when measuring the text under a line."""
    best: tuple[float, int, str] | None = None
    names = outlet_names(lines)
    prose_after, counts = body_table(lines, covered, boxes), Counter(x.text for x in lines)
    feed = sum(1 for line in lines if is_card_row(line) and line.index not in covered) >= 3  # (a thread's
    # "Name · 3 h" rows make no feed)
    scored = [(got, i) for i in range(len(lines))
              if (got := score(lines, i, covered, names, prose_after, counts, feed, boxes))]
    opened = comments_open(lines)
    scored = [((got[0] - AFTER_COMMENTS, got[1] + "+after-comments"), i) if i > opened else (got, i) for got, i in scored]
    if by_prose and scored:  # the last candidate with (nearly) the most prose under it: the one right above it
        most = max(prose_after[i][0] for _, i in scored)
        i = max(i for _, i in scored if prose_after[i][0] >= 0.9 * most)
        return head_at(lines, i, "most-prose", names, covered)
    for got, i in scored:
        if best is None or got[0] > best[0] + 1e-9:
            best = (got[0], i, got[1])
    if best is None:
        return None
    score_at, i, rule = best
    if "meta-after" not in rule and (earlier := story_above(lines, scored, i, score_at, prose_after)) is not None:
        i, rule = earlier, next(got[1] for got, k in scored if k == earlier) + "+story-above"
    tied = next((got for got, k in scored if k == i + 1 and got[0] >= score_at - 1e-9), None)
    above = next((got for got, k in scored if k == i - 1 and got[0] >= score_at - DEK_MARGIN), None)
    if tied is not None and is_kicker(lines[i], lines[i + 1]):
        i, rule = i + 1, tied[1] + "+under-kicker"  # "The Ashby Wold Courier — Local" over the headline itself
    elif above is not None and "meta-after" in above[1] and lines[i].kind == "text" \
            and is_standfirst(lines[i - 1], lines[i]) and not chip_row(lines[i - 1].text):  # (a kicker row over the headline is no headline over a dek)
        i, rule = i - 1, above[1] + "+over-standfirst"  # the headline, then its longer standfirst, then the writer
    return head_at(lines, i, rule, names, covered)


# A headline over its story beats a line inside that story (a subheading printed twice, as a picture's alt text and
# as the heading). Measured on the text dumps of trafilatura's 990 evaluation pages: snippet F1 0.7808 -> 0.7838, no
# page lost a snippet it had; the aggregator sets unchanged.
SUBHEAD_MARGIN = 4.5  # score: a headline this close to a line inside its own story keeps the title
SUBHEAD_PARAGRAPHS = 3  # prose paragraphs between the two that make the later line a subheading of the story
SUBHEAD_DENSITY = 0.4  # ... and their share of the lines between (a menu and teasers above a story are no story)


def story_above(lines: tuple[Line, ...], scored: list, i: int, score_at: float,
                prose_after: tuple[tuple[int, str, int], ...]) -> int | None:
    """The best-scoring candidate above line i whose story runs, unbroken by any boundary, over several paragraphs
    down to i and past it: line i is then one of its subheadings (a listicle's "Neil Patrick Harris"), else None."""
    found: tuple[float, int] | None = None
    for got, k in scored:
        if k >= i or got[0] < score_at - SUBHEAD_MARGIN or found is not None and got[0] <= found[0] \
                or "lead" not in got[1]:
            continue
        between = [j for j in range(k + 1, i) if is_prose(lines[j])]
        paragraphs = sum(1 for j in between if lines[j].kind == "text")  # (a summary's bullets are no story)
        if paragraphs >= SUBHEAD_PARAGRAPHS and len(between) >= SUBHEAD_DENSITY * (i - k - 1) \
                and runs_through(lines, prose_after, k, i, len(between)):
            found = (got[0], k)
    return found[1] if found is not None else None


def runs_through(lines: tuple[Line, ...], prose_after: tuple[tuple[int, str, int], ...], k: int, i: int,
                 between: int) -> bool:
    """True when the prose under line k, counted to its first boundary, is the prose between k and i plus all the
    prose under i (no boundary in between), and there is some under i."""
    return prose_after[i][2] >= 1 and prose_after[k][2] == between + prose_after[i][2] + is_prose(lines[i])


def over_standfirst(lines: tuple[Line, ...], i: int) -> bool:
    """True when the next line may be the standfirst of headline line i (which ends in no full stop), and no running
    text or lead-in ("... when you do this:") sits right above line i; a row of parts ("Assigned by X · Due Friday") is
    no headline."""
    line, dek = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    above = lines[i - 1] if i else None
    return dek is not None and (is_dek(dek) or longer_dek(lines, i)) and is_standfirst(line, dek) \
        and not line.text.endswith(SENTENCE_END) and not any(sep in line.text for sep in ROW_SEPARATORS) \
        and not (above is not None and (
            is_prose(above) or above.text.endswith((":", "："))))


ROW_SEPARATORS = (" · ", " | ", " • ")  # between the parts of a meta or chip row
def quoted_after_lead_in(lines: tuple[Line, ...], i: int) -> bool:
    """True when a post's lead-in sentence ending in a colon sits right above line i (or above an "X wrote:" line
    over it): "Here is the article in full for those who don't get the paper:" / headline / "By X"; not when the
    headline was printed higher up already (the page's own title, quoted again in a comment)."""
    if any(lines[k].text.startswith(lines[i].text) for k in range(i)):
        return False  # (also "Title (ashgroveherald.example)": a link aggregator's submission row)
    k = i - 1
    if k >= 1 and lines[k].text.endswith((":", "：")) and lines[k].words <= 4:
        k -= 1  # "Lowbank Sentinel wrote:"
    return k >= 0 and lines[k].text.endswith((":", "：")) and lines[k].words >= 6


QUOTED_BONUS = 2.0  # score: a headline with its writer's byline under a post's lead-in ("... the article in full:")
LABELLED_BONUS = 3.0  # score: the value under a details list's "Headline" label
STANDFIRST_BONUS = 0.5  # score: a headline over its standfirst, over a site name or menu line with the same prose below
DEK_MARGIN = 0.5  # score: a headline this close to the standfirst under it, both over the dateline, is the title


def is_standfirst(headline: Line, dek: Line) -> bool:
    """True when a line may be the standfirst under a headline: eight words or more, not much shorter than the
    headline of four words or more above it, which is no kicker."""
    return dek.words >= max(8, 0.7 * headline.words) and headline.words >= 4 and not is_kicker(headline, dek)


def is_kicker(label: Line, headline: Line) -> bool:
    """A short label (six words at most, no full stop) right over a line twice its length or more: a section or
    outlet kicker over the headline, which ties with it; or a row of short parts over a plain line of six words or
    more ("Local news · From our partners", "The Top of the South Rundown · Episode 212" over the headline)."""
    short = label.words <= 6 and headline.words >= 2 * label.words and not label.text.endswith(SENTENCE_END)
    return headline.words >= 6 and (short or chip_row(label.text) and not chip_row(headline.text))


CHIP_WORDS = 6  # words in each part of a kicker row ("Zprávy z okolí · Od partnerů")


def chip_row(text: str) -> bool:
    """A row of two or more short parts between separators, with no full stop: a kicker, a show's or a desk's
    label, not a headline."""
    parts = [p for p in re.split("|".join(map(re.escape, ROW_SEPARATORS)), text.strip())]
    return len(parts) >= 2 and all(1 <= len(p.split()) <= CHIP_WORDS for p in parts) \
        and not text.rstrip().endswith(SENTENCE_END)


def head_at(lines: tuple[Line, ...], i: int, rule: str, names: frozenset[str], covered: frozenset[int]) -> Head:
    """The head of title line i: the meta, logo and crumb lines above it and the fill lines below."""
    title = lines[i].text
    used = [k for k in _before(lines, i, names)]
    j = i + 1
    while j < len(lines) and j - i <= 6 and j not in covered and (
            lines[j].text == title or lines[j].kind in _HEAD_FILL or meta_list_row(lines, j)):
        used.append(j)
        j += 1
    return Head(i, title, tuple(sorted(used)), j, rule)


META_LIST_WORDS = 4  # the writer's or desk's name over a help center's bulleted date, and its "• Updated" item


def meta_list_row(lines: tuple[Line, ...], j: int) -> bool:
    """True for a row of a help center's meta list under its headline: the writer's name over a bulleted date
    ("Member Services" / "• 23 December 2026 09:40"), the date, or a short item after it ("• Updated")."""
    line = lines[j]
    if bulleted_date(line):
        return True
    if line.kind == "list" and line.words <= 2 and j > 0 and bulleted_date(lines[j - 1]):
        return True
    return line.kind == "text" and line.words <= META_LIST_WORDS and not line.text.endswith(SENTENCE_END) \
        and j + 1 < len(lines) and bulleted_date(lines[j + 1])


def _before(lines: tuple[Line, ...], i: int, names: frozenset[str]) -> list[int]:
    """Meta, outlet-name, logo and breadcrumb lines directly above the title."""
    out: list[int] = []
    k = i - 1
    while k >= 0 and i - k <= 3 and (is_head_meta(lines[k]) or lines[k].kind in ("logo", "source")
                                     or crumb_last(lines[k]) or lines[k].text in names or card_outlet(lines, k, i)
                                     or lines[k].rule == "FOLLOW_BUTTON" or site_over_address(lines, k)
                                     or channel_row(lines, k)):
        out.append(k)  # ("Harlow Springs Ledger" / "Follow" / "3h": the outlet, its follow button and the time)
        k -= 1
    return out


def channel_row(lines: tuple[Line, ...], k: int) -> bool:
    """A channel's header over its post: its follower count, or its name right above that count or its follow button
    ("Прибузький часопис" / "24,1 тис. підписників" / "Підписатися")."""
    if P.MEMBER_COUNT.match(lines[k].text):
        return True
    return lines[k].kind == "text" and k + 1 < len(lines) and is_name(lines[k].text, 6) \
        and (lines[k + 1].rule == "FOLLOW_BUTTON" or P.MEMBER_COUNT.match(lines[k + 1].text) is not None)


def site_over_address(lines: tuple[Line, ...], k: int) -> bool:
    """A search result's site name right above its address row ("Kaarnalan Sanomat" / "site.example › uutiset")."""
    return k + 1 < len(lines) and lines[k].kind == "text" and is_name(lines[k].text, 6) and is_address_row(lines[k + 1])


def card_outlet(lines: tuple[Line, ...], k: int, i: int) -> bool:
    """A bare outlet name right above the headline of a card (after the previous card's 'More' button or summary)
    whose time/byline line sits right below it; a section label above a headline is not one."""
    after_card = k > 0 and (lines[k - 1].kind in ("article_end", "share") or is_prose(lines[k - 1])
                            or len(P.CRUMB_SPLIT.split(lines[k - 1].text)) >= 2 and lines[k - 1].words <= 8
                            and paper_named(lines[k].text))
    # ("Full Coverage › Astoria, Oregon" / "Columbia Bar Gazette" / headline: a story cluster's trail over the
    # outlet's card; a one-word desk under a trail is a kicker)
    return (k == i - 1 and after_card and lines[k].kind == "text" and is_name(lines[k].text, 5)
            and i + 1 < len(lines) and is_head_meta(lines[i + 1]))
