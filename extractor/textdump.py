"""Text-dump path: separate the article of a rendered-page text dump from teasers, comments, promos and chrome."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from . import patterns as P
from .dumpform import read_dump
from .model import Block, Comment, Decision, Document, Options, Teaser
from .segment import Line, is_address_row, segment, unmarkdown
from .text_head import (
    BODY_STOP,
    CREDITED_POSTS,
    ELLIPSES,
    SENTENCE_END,
    Head,
    ai_label,
    ai_note,
    alt_of_caption,
    between_byline_and_date,
    credited_posts,
    crumb_last,
    cut_excerpt_of,
    find_head,
    is_card_row,
    is_prose,
    print_credit,
    promo_box_end,
    promo_pair_end,
)
from .text_meta import (
    WIRE_REACH,
    as_time,
    count_words,
    credit_names,
    credit_sentence,
    credited_outlet,
    dateline_place,
    forwarded_sender,
    is_card_label,
    is_highlight_quote,
    is_name,
    is_person_name,
    is_signed_name,
    last_sentence,
    name_for_host,
    norm,
    outlet_in_credits,
    parse_meta,
    partner_credit,
    partner_crumb,
    plausible_outlet,
    preview_site,
    reading_time_row,
    spelled_as_chip,
    split_author_outlet,
    trail_paper,
    unemoji,
    unglued_icon,
    unquoted,
    wire_agency,
    without_from,
    without_mail_prefix,
    without_outlet,
    without_trailing_symbols,
    without_unknown_date,
    writer_and_outlet,
)
from .text_sections import Section, find_sections, known_outlets, section_limit
from .text_teasers import credit_split, is_title_like, parse_teasers, timed

# Lines that may sit in the meta rows under a headline: chips, counters, captions, image alt texts, share bars.
_HEAD_ROW = frozenset({"meta", "list", "chrome", "caption", "logo", "noise", "share", "text", "promo"})
_DROP = {"noise": "INLINE_NOISE", "inline_teaser": "INLINE_TEASER", "caption": "CAPTION_LINE", "promo": "PROMO",
         "share": "SHARE_BAR", "logo": "LOGO_LINE", "chrome": "CHROME_LINE", "comment_chrome": "COMMENT_CHROME",
         "comment_action": "COMMENT_ACTION", "source": "SOURCE_LINE", "promo_header": "PROMO_HEADER",
         "consent": "CONSENT_LINE"}


@dataclass(frozen=True)
class Body:
    """The body span [start, end) and the lines kept in it."""

    start: int
    end: int
    kept: tuple[int, ...]


HEAD_BOX_REACH = 8  # lines after a promo box under the headline within which the story starts (a clipping's property
# rows and byline between them: "Outlet<TAB>X" / "Section<TAB>Y" / "Date<TAB>Z" / "By X")
PASTE_NOTE_LINES = 2  # a poster's lines over the story they paste ("I paste the whole text, the page does not open")
HEAD_CREDIT_WORDS = 8  # a credit row in the head: "via Burnett Coast Mail", "gikan sa Bantay Bohol Karon"
CREDIT_TAIL = 8  # lines after the story where a credit naming a teaser's outlet may stand
THREAD_AFTER = 3  # paragraphs: a comment header after this many ends the story even when no thread is read under it
SHORT_BODY = 600  # characters: a shorter body under the best-scored title sends us to the safety net (measured:
# text dumps of the 990 evaluation pages, snippet F1 0.683 without it, 0.699 at 300, 0.702 at 600, 0.698 at 1200)
MOST_PROSE_GAIN = 3  # ... which is taken only when it gives this many times more text


SMALL_BOX_LINES = 5  # a promo box under a headline: its label, a line of pitch, its button ("Summarise with X" / ...)
SMALL_BOX_WORDS = 15  # ... every line of it short


def small_promo_boxes(lines: tuple[Line, ...], sections: list[Section]) -> frozenset[int]:
    """The lines of small promo boxes right under a head's meta row (an AI feature's "Summarise" box between the
    dateline and the story) that the text under a headline is measured through; a box under a menu is none."""
    return frozenset(k for s in sections if s.kind == "promo" and s.end - s.header <= SMALL_BOX_LINES
                     and s.header > 0 and lines[s.header - 1].kind == "meta"
                     and all(lines[k].words <= SMALL_BOX_WORDS for k in range(s.header, s.end))
                     for k in range(s.header, s.end))


def extract_text_dump(text: str, *, url: str | None, options: Options) -> Document:
    """Return the Document of a plain-text dump of a rendered page."""
    dump = read_dump(text)
    headed, text = dump.headed, dump.text
    lines = segment(unmarkdown(text))
    lines, sections = demote_counters(lines, find_sections(lines, known_outlets(lines)))
    covered = frozenset(i for s in sections for i in range(s.header, s.end))
    boxes = small_promo_boxes(lines, sections)
    head = markdown_title(text, lines) or headed and lone_h1(text, lines, covered) or find_head(lines, covered, boxes=boxes)
    if head is None:
        return Document(url=url, input_format="text", promos=_promos(lines, sections, None),
                        explain=_explain(lines, sections, None, None) if options.explain else ())
    head, meta, body = read_article(lines, head, covered, sections)
    if body_size(lines, body) < SHORT_BODY and (alt := find_head(lines, covered, by_prose=True)) is not None \
            and alt.title_index != head.title_index:
        got = read_article(lines, alt, covered, sections)
        spans_head = alt.title_index < head.title_index < got[2].end  # (a rail over the story, read on through it)
        if body_size(lines, got[2]) >= max(MOST_PROSE_GAIN * body_size(lines, body), 2 * SHORT_BODY) and not spans_head:
            head, meta, body = got  # the best-scored title led to next to no text: take the one over most prose
    if not any(is_prose(lines[k]) for k in body.kept):
        body = standfirst_body(lines, head, body)  # (a paywall: a caption and the offer's prices under the head)
    body = thread_body(lines, head, body)
    fields = _fill_fields(lines, head, body, meta)
    title, fields = linked_domain(head.title, fields, lines)
    comments: tuple[Comment, ...] = tuple(c for s in sections for c in s.comments) if options.comments else ()
    outlets = known_outlets(lines)
    feed = (*feed_before(lines, head, covered, outlets), *sorted((*sections, *inline_teasers(lines, covered)),
                                                                 key=lambda s: s.header),
            *feed_after(lines, body, covered, outlets), *card_runs_after(lines, body, covered, outlets),
            *stream_posts(lines, head, body))
    related = unique_titles(credit_split(replace(t, title=unglued_icon(P.NEXT_LABEL.sub("", t.title.strip()))), outlets)
                            for s in feed for t in unranked(s.teasers) if is_headline(t)
                            and not (s.header < head.title_index and norm(t.title) == norm(head.title)))
    # ("Up next: Title", "👉Title": the label or the icon is not the title; a board's card of the story itself, above
    # the expanded post, is no teaser, while a ranking under the story may list it)
    weak = "publisher" not in fields or bare_name_above(lines, head, fields["publisher"])  # (a logo's name over it)
    if weak and (names := credit_names(related, [fields["publisher"]] if "publisher" in fields else [])):
        tail = range(body.start, min(len(lines), body.end + CREDIT_TAIL))
        titles = [t.title for t in related]
        credits = (lines[k].text for k in (*head.used, *tail) if k not in covered and lines[k].kind not in ("meta", "list")
                   and not any(title in lines[k].text for title in titles))  # (a teaser's row is no credit)
        if (named := outlet_in_credits(names, credits, [lines[k].text for k in body.kept])) is not None:
            fields = {**fields, "publisher": named}  # a credit in words no rule knows naming one of the teasers' outlets
    if "publisher" not in fields and (holder := copyright_holder(lines, body.end, len(lines))) is not None:
        fields = {**fields, "publisher": holder}  # the page's own name when nothing else credits one: "© 2025 X."
    credited = in_chip_case(with_article(uncut_credit(lines, narrower_credit(lines, body, fields.get("publisher"))),
                                         lines), lines)
    publisher, author = swapped_by_credit(lines, body, credited, fields.get("author"))
    return Document(
        title=without_mail_prefix(title), author=without_outlet(author, publisher), publisher=publisher,
        published=fields.get("published"), url=url, body=to_blocks(lines, body.kept),
        related=related, comments=comments,
        promos=_promos(lines, sections, body), input_format="text",
        explain=_explain(lines, sections, head, body) if options.explain else (),
    )


def linked_domain(title: str, fields: dict[str, str], lines: tuple[Line, ...]) -> tuple[str, dict[str, str]]:
    """A link aggregator's headline row ends with the linked site's host ("Title (ashgroveherald.example)"): the
    title without it, and, when nothing named the outlet, the name the page prints for that host."""
    match = P.TITLE_HOST.match(title)
    if match is None:
        return title, domain_tag_outlet(title, fields, lines)
    host = match.group("host")
    if "publisher" not in fields:
        fields = {**fields, "publisher": name_for_host(host, (line.text for line in lines)) or host}
    return match.group("title"), fields


DOMAIN_TAG_REACH = 3  # lines under a link post's title searched for its domain tag


def domain_tag_outlet(title: str, fields: dict[str, str], lines: tuple[Line, ...]) -> dict[str, str]:
    """A link post's domain tag a line or two under its title ("zwolsestadskoerier.example ↗"): the outlet is the
    name the page prints for that host, when nothing named one but the site itself."""
    k = next((i for i, line in enumerate(lines) if line.text == title), None)
    tag = next((lines[i].text for i in range(k + 1, min(len(lines), k + 1 + DOMAIN_TAG_REACH))
                if P.HOST_BUTTON.match(lines[i].text)), None) if k is not None else None
    host = (tag or "").strip(" ↗→›»").split()[-1].lower() if tag else None
    named = name_for_host(host, (line.text for line in lines)) if host and P.HOST_NAME.match(host) else None
    return {**fields, "publisher": named} if named else fields


THREAD_POSTS = 3  # numbered posts ("2/9", "3/9", ...) after the head that make a story told as a thread


def thread_body(lines: tuple[Line, ...], head: Head, body: Body) -> Body:
    """A story told as a thread of numbered posts ("1/9" under the head, then each post's text over "2/9", "3/9"
    ...), each post under its own header rows: the posts' texts are the body when the body read so far holds fewer
    of them; else the body as it is."""
    counters = [k for k in range(head.title_index + 1, len(lines)) if P.THREAD_COUNTER.match(lines[k].text)]
    series = [k for k in counters if (m := P.THREAD_COUNTER.match(lines[k].text)) and int(m.group("n")) >= 2]
    tops = {P.THREAD_COUNTER.match(lines[k].text).group("of") for k in series}
    if len(series) < THREAD_POSTS or len(tops) != 1:
        return body
    posts = [k for c in series for k in post_lines(lines, c)]
    if len(posts) <= len([k for k in body.kept if k in set(posts)]) + 1 or len(posts) < THREAD_POSTS:
        return body
    kept = tuple(sorted(set(body.kept) | set(posts)))
    return Body(min(kept), max(kept) + 1, kept)


def post_lines(lines: tuple[Line, ...], counter: int) -> list[int]:
    """The text of the post a counter line closes: the prose lines right above it."""
    found = []
    k = counter - 1
    while k >= 0 and lines[k].kind == "text" and is_prose(lines[k]):
        found.append(k)
        k -= 1
    return found[::-1]


def standfirst_body(lines: tuple[Line, ...], head: Head, body: Body) -> Body:
    """The standfirst as the body when nothing else follows the head (a video page's description)."""
    kept = tuple(k for k in head.used if k > head.title_index and is_prose(lines[k]))
    return Body(kept[0], kept[-1] + 1, kept) if kept else body


RANKED_OUTLET_WORDS = 5  # the outlet's name a ranked list prints under each title


def unranked(teasers: tuple[Teaser, ...]) -> tuple[Teaser, ...]:
    """A "most read" list's teasers without their ranks ("1 Flying fox colony ...", "2 New bakery ..."), when every
    title opens with its place in the list (a short line under each, "1 Title" / "Outlet", is its outlet); else as
    they are."""
    teasers = with_ranked_outlets(teasers)
    ranks = [P.RANK_PREFIX.match(t.title) for t in teasers]
    if len(teasers) < 2 or not all(ranks) or [int(m.group(1)) for m in ranks] != list(range(1, len(teasers) + 1)):
        return teasers
    return tuple(replace(t, title=t.title[m.end():]) for t, m in zip(teasers, ranks))


def with_ranked_outlets(teasers: tuple[Teaser, ...]) -> tuple[Teaser, ...]:
    """Teasers read as "1 Title", "Outlet", "2 Title", "Outlet": the ranked titles, each with the short name under it
    as its outlet (bare bullets between the items aside); else as they are."""
    items = tuple(t for t in teasers if any(ch.isalnum() for ch in t.title))
    if len(items) < 4 or len(items) % 2:
        return teasers
    titles, names = items[::2], items[1::2]
    ranks = [P.RANK_PREFIX.match(t.title) for t in titles]
    if not all(ranks) or [int(m.group(1)) for m in ranks] != list(range(1, len(titles) + 1)) \
            or any(P.RANK_PREFIX.match(n.title) or n.publisher or n.summary or count_words(n.title) > RANKED_OUTLET_WORDS
                   or n.title.rstrip().endswith(SENTENCE_END) for n in names):
        return teasers
    return tuple(replace(t, publisher=t.publisher or n.title) for t, n in zip(titles, names))


def unique_titles(teasers: Iterable[Teaser]) -> tuple[Teaser, ...]:
    """Teasers with each title once: a carousel's cloned slides print the same cards twice."""
    seen: set[str] = set()
    out = []
    for teaser in teasers:
        if teaser.title not in seen:
            seen.add(teaser.title)
            out.append(teaser)
    return tuple(out)


def read_article(lines: tuple[Line, ...], head: Head, covered: frozenset[int],
                 sections: tuple) -> tuple[Head, dict[str, str], Body]:
    """The head (with the meta rows under it), its fields and the body under a chosen title line."""
    head = absorb_head_meta(lines, head, covered)
    meta = split_named_author(_head_fields(lines, head), lines)
    return head, meta, find_body(lines, head, covered, meta.get("author"), sections)


def body_size(lines: tuple[Line, ...], body: Body) -> int:
    """Characters of the body's lines."""
    return sum(len(lines[k].text) for k in body.kept)


def absorb_head_meta(lines: tuple[Line, ...], head: Head, covered: frozenset[int]) -> Head:
    """Take the meta rows between the head and the first paragraph into the head: a byline printed after category
    chips and a comment counter ("• Yerel, Ege", "Deniz Aksoy / Ege Kıyı Gazetesi — 12 Mart 2025")."""
    j, used = head.body_start, list(head.used)
    while j < min(len(lines), head.body_start + 8) and j not in covered:
        line = lines[j]
        if annotation_end(lines, j) > j:
            break  # an annotation on the first paragraph: its writer's row is no byline
        if j == head.body_start and (skip := ai_box_end(lines, j)) > j:
            j = skip  # an AI summary box between the headline and the byline (a coverage page's)
            continue
        if line.kind == "meta" or line.text == head.title:
            used.append(j)  # (the headline printed again over the opened story, in a reader pane)
        elif j == head.body_start and is_standfirst(lines, j, covered):
            used.append(j)  # the standfirst under the headline, above the byline
        elif line.kind == "text" and is_signed_name(line.text, 4) and j + 1 < len(lines) \
                and lines[j + 1].kind == "meta":
            used.append(j)  # the writer's name on its own line, above the date ("Delacroix, Amina.": surname first)
        elif outlet_over_writer(lines, j):
            used.append(j)  # "The Saltmarsh Beacon" / "Dana Whitcomb" / "Tue, November 4, 2025 · 4 min read"
        elif j == head.body_start and is_credited_outlet(lines, j, head) or between_byline_and_date(lines, j) \
                and plausible_outlet(line.text):
            used.append(j)  # "3/14(金) 11:05配信" then "汐見原日報": the outlet under the dateline
        elif line.rule == "META_LABEL" or j > 0 and lines[j - 1].rule == "META_LABEL" and is_name(line.text, 6):
            used.append(j)  # "Autor" / "Anna Wierzbicka", "Źródło" / "Tygodnik X": a definition-list byline
        elif is_prose(line) or line.kind == "text" and line.words >= 6 or line.kind not in _HEAD_ROW \
                and not (line.kind == "source" and line.words <= HEAD_CREDIT_WORDS and ":" not in line.text
                         and j + 1 < len(lines) and lines[j + 1].kind == "meta"):
            break  # (a reader app's "via X" between the writer's row and the date is one of the head's rows; a
            # labelled "Publication: X" row is read with the body's credits)
        j += 1
    if not any(lines[k].kind == "meta" or is_credited_outlet(lines, k, head) for k in used if k >= head.body_start):
        return head
    return replace(head, used=tuple(sorted(used)), body_start=j)


def outlet_over_writer(lines: tuple[Line, ...], j: int) -> bool:
    """A name line over the writer's name line over the dateline (a syndicated story's logo alt, then its writer):
    the outlet."""
    return j + 2 < len(lines) and lines[j].kind == "text" and is_name(lines[j].text, 5) \
        and plausible_outlet(lines[j].text) and lines[j + 1].kind == "text" and is_person_name(lines[j + 1].text) \
        and not P.ROLE_TITLE.search(lines[j + 1].text) \
        and lines[j + 2].kind == "meta" and lines[j + 2].meta is not None and bool(lines[j + 2].meta.time) \
        and lines[j].text != lines[j + 1].text


def is_credited_outlet(lines: tuple[Line, ...], j: int, head: Head) -> bool:
    """A short name right under the head's dateline that the page prints again elsewhere (its credit line after the
    body, a ranking's source line): the original outlet."""
    line = lines[j]
    return (line.kind == "text" and j > 0 and lines[j - 1].kind == "meta" and is_name(line.text, 4)
            and plausible_outlet(line.text) and sum(1 for x in lines if x.text == line.text) >= 2
            and line.text != head.title)


def is_standfirst(lines: tuple[Line, ...], j: int, covered: frozenset[int]) -> bool:
    """A sentence right under the headline with the byline's meta line below it (only short lines between: the
    writer's name, an avatar's alt text, a follow button)."""
    for k in range(j + 1, min(len(lines), j + 6)):
        if k in covered:
            return False
        if lines[k].kind == "meta":
            return True
        if lines[k].words > 4 and lines[k].kind not in ("share", "chrome", "caption") and not alt_of_caption(lines, k):
            return False  # (the lead picture's alt text and caption may stand between it and the byline)
    return False


def demote_counters(lines: tuple[Line, ...], sections: tuple[Section, ...]) -> tuple[tuple[Line, ...], tuple[Section, ...]]:
    """Comment headers that open no thread (a "6 Yorum" counter in the meta row under a headline) become chrome
    lines, so they neither end the head nor the body."""
    counters = {s.header for s in sections if s.kind == "counter"}
    if not counters:
        return lines, sections
    fixed = tuple(replace(line, kind="chrome", rule=counter_rule(lines, line.index)) if line.index in counters else line
                  for line in lines)
    return fixed, tuple(s for s in sections if s.header not in counters)


def counter_rule(lines: tuple[Line, ...], i: int) -> str:
    """A demoted counter's rule: META_COUNTER for one in the meta block under a headline ("Von: X" / "Kommentare:
    1"), which the story follows; COMMENT_COUNTER for a "6 comments" link, after which the comments may open."""
    return "META_COUNTER" if i and lines[i - 1].kind in ("meta", "article_end") else "COMMENT_COUNTER"


def find_body(lines: tuple[Line, ...], head: Head, covered: frozenset[int], author: str | None,
              sections: tuple[Section, ...] = ()) -> Body:
    """The body: from the head to the first boundary, minus inline noise, teaser links and captions."""
    kept: list[int] = []
    prose = 0  # prose lines kept so far (counted as they are kept, not re-read at every line)
    j = head.body_start
    while j < len(lines):
        line = lines[j]
        box = next((s for s in sections if s.covers(j)), None) if j in covered and not kept else None
        if box is not None and box.kind == "promo" and prose_follows(lines, box.end, covered, reach=HEAD_BOX_REACH):
            j = box.end  # a promo box between headline and article (AI summary, audio player): step over it
            continue
        inset = next((s for s in sections if s.covers(j)), None) if j in covered and kept else None
        if inset is not None and not P.NEXT_HEADER.match(lines[inset.header].text) and (
                (is_inset(inset) or inset.kind == "promo" or is_title_list(inset)) and prose_follows(
                lines, inset.end, covered, quiet=True) or inset.kind == "related" and prose_follows(
                lines, inset.end, covered, quiet=True, need=3 - story_resumes(lines, inset.end))):
            j = inset.end  # a "Read also" box (or a carousel) inside the article: the text goes on after it
            continue
        if (poll := poll_end(lines, j)) > j and kept and not prose_follows(lines, poll, covered, quiet=True) \
                and not credited_paragraph(lines, poll):
            break  # a reader poll after the story: what follows it is the page's, not the story's
        if (skip := toc_end(lines, j)) > j or (skip := ad_slot_end(lines, j)) > j \
                or (skip := ai_box_end(lines, j)) > j or (skip := key_points_end(
                lines, j)) > j or (skip := player_box_end(lines, j)) > j or (skip := poll) > j \
                or (skip := video_card_end(lines, j)) > j or not kept and (skip := store_box_end(lines, j)) > j \
                or kept and (skip := map_box_end(lines, j)) > j \
                or (skip := byline_block_end(
                lines, j)) > j or j not in covered and ((skip := promo_box_end(lines, j)) > j
                                                        or (skip := promo_pair_end(lines, j)) > j) \
                or (skip := annotation_end(lines, j)) > j and prose_follows(lines, skip, covered):
            j = skip
            continue
        if (line.kind in ("article_end", "comment_action") and not prose
                or line.kind == "footer" and line.words <= 6) and prose_follows(lines, j + 1, covered) \
                or line.kind == "source" and prose <= 1 \
                and prose_follows(lines, j + 1, covered, quiet=True, need=3):
            # (a credit under the standfirst, "Published by X on Nov. 4, 2025.", with the whole text still to come)
            j += 1  # "This article originally appeared on X" above the text, "Copyright: X" under a picture, the
            continue  # article's own reaction bar under its dateline
        if j in covered or line.kind in BODY_STOP or (kept and _closes(lines, j, author, head.title)):
            break
        if prose >= THREAD_AFTER and (card_pair_at(lines, j) or action_row(line)
                                      and not prose_follows(lines, j + 1, covered, quiet=True)):
            break  # the rest of a digest under the story: "Title" / summary / "via Outlet · 3 hours ago", twice; the
            # story's action row ("Share Save Listen") with no more of the story under it
        if prose and dated_rows_at(lines, j):
            kept = without_trailing_chrome(lines, kept)
            break  # "Name" / "2 di dicembre 2026" / what they said, twice: comments or dated cards, not the story
        if (line.kind == "comment_header" or opens_thread(lines, j) or opens_headerless_thread(lines, j)
                or heads_thread(lines, j)) and prose >= THREAD_AFTER:
            break  # a comment header under the story, its thread unread (times in a language we do not know)
        if line.text == head.title and kept and len(kept) <= PASTE_NOTE_LINES:
            kept, prose = [], 0  # a member's note over the story pasted in full, its headline again: the note is no
            # story, and the pasted byline under the headline is the head's
        if keeps_line(lines, j, head, sections, kept, prose):
            kept.append(j)
            prose += is_prose(line)
        j += 1
    return Body(head.body_start, j, tuple(without_preview_card(lines, without_repeated_dek(lines, kept), head.title)))


def keeps_line(lines: tuple[Line, ...], j: int, head: Head, sections: tuple[Section, ...], kept: list[int],
               prose: int) -> bool:
    """True for a line inside the story's span that is the story's: not inline noise, an outlet's meta, an alt text,
    a widget's or a promo's line, a caption, a pull quote or a preview's excerpt, nor, before the first paragraph,
    the opening meta rows or the lead picture's alt text."""
    line = lines[j]
    return line.kind not in _DROP and line.text != head.title and not _is_outlet_meta(line) \
        and not is_image_alt(lines, j) and not heads_promo(lines, j, sections) and not property_value(lines, j) \
        and not widget_line(lines, j) and not outlet_credited_caption(lines, j, head) and not in_event_list(lines, j) \
        and not slide_alt(lines, j) and not pull_quote(lines, j, kept) and not excerpt_of_next(lines, j) \
        and not (not prose and (opening_meta(lines, j) or lead_picture_alt(lines, j)))


DATED_ROW_NAME_WORDS = 10  # the name or headline over a dated row
DATED_ROW_REACH = 5  # lines from one (name, date) pair to the next: a comment's text or a card's summary between


def dated_rows_at(lines: tuple[Line, ...], j: int) -> bool:
    """True when line j opens two items of a list after the story, each a short unpunctuated line (a commenter's
    name, a teaser's headline) over a row holding nothing but a date ("Petru Antone" / "2 di dicembre 2026" / text,
    then the same again): no story prints its paragraphs that way."""
    def pair(k: int) -> bool:
        return k + 1 < len(lines) and named_row(lines[k]) and dated_row_only(lines[k + 1])
    return pair(j) and any(pair(k) for k in range(j + 2, min(len(lines) - 1, j + 2 + DATED_ROW_REACH)))


def named_row(line: Line) -> bool:
    """A short line with no sentence end (an initial's full stop aside: "Marie-Ange L."): a name or a headline."""
    text = line.text.rstrip()
    initial = len(text) > 2 and text[-1] == "." and text[-2].isupper() and text[-3] in " -"
    return line.kind in ("text", "list") and 0 < line.words <= DATED_ROW_NAME_WORDS \
        and (initial or not text.endswith(SENTENCE_END))


def dated_row_only(line: Line) -> bool:
    """A meta row that is a date alone (day and month, maybe a year and a time), not "Outlet · 3h"."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind == "time" and not line.meta.outlet \
        and not line.meta.author and P.DATE_IN_LINE.search(line.text) is not None


def without_trailing_chrome(lines: tuple[Line, ...], kept: list[int]) -> list[int]:
    """The kept lines up to the last prose line: the short lines after it (an AI box's label, a comment count, a
    form's button) were the page's, between the story and what followed it."""
    last = max((n for n, k in enumerate(kept) if is_prose(lines[k])), default=len(kept) - 1)
    return kept[:last + 1]


EXCERPT_REACH = 4  # lines under a preview card's cut excerpt within which the paragraph it cuts stands


def excerpt_of_next(lines: tuple[Line, ...], j: int) -> bool:
    """True for a link preview's excerpt ("Ol manmeri bilong Karkar ... wanpela…"): a line cut with an ellipsis whose
    words open one of the next few lines, the story's own first paragraph."""
    return cut_excerpt_of(lines, j, range(j + 1, min(len(lines), j + 1 + EXCERPT_REACH)))


def without_repeated_dek(lines: tuple[Line, ...], kept: list[int]) -> list[int]:
    """The kept lines without a standfirst that the first paragraph opens with, word for word (a reader app's deck,
    then the story's "LOBOC, Bohol — " first paragraph holding the same sentence)."""
    if len(kept) < 2 or lines[kept[0]].words < P.PULL_QUOTE_WORDS[0]:
        return kept
    dek, first = " ".join(lines[kept[0]].text.split()), " ".join(lines[kept[1]].text.split())
    if P.SENTENCE_BREAK.search(dek):
        return kept  # (a deck is one sentence; two paragraphs sharing their opening sentences are the page's)
    return kept[1:] if len(first) > len(dek) and dek.rstrip(".") in first else kept


TOC_ITEMS = 2  # entries under a "Contents" header: fewer is a one-item list a story may well print


def toc_end(lines: tuple[Line, ...], j: int) -> int:
    """After a table of contents at line j (its "Contents" header and the list of the subheadings under it), else j."""
    if lines[j].kind not in ("text", "promo_header", "related_header") or not P.TOC_HEADER.match(lines[j].text):
        return j
    k, entries = j + 1, set()
    while k < len(lines) and lines[k].kind == "list" and (entry := toc_entry(lines[k].item or lines[k].text)) not in entries:
        entries.add(entry)  # (up to the first subheading, when the dump prints it as a numbered line: "1. Snow routes")
        k += 1
    return k if k - j - 1 >= TOC_ITEMS else j


def toc_entry(text: str) -> str:
    """A contents entry without its numbers ("1 1. Snow routes" -> "Snow routes"), to know its subheading by."""
    return P.TOC_NUMBERS.sub("", text).strip()


def pull_quote(lines: tuple[Line, ...], j: int, kept: list[int]) -> bool:
    """True for a pull quote (a line whose words an earlier paragraph of the story already holds, set again between
    the paragraphs) and for the "– Name" attribution under it."""
    line = lines[j]
    if j > 0 and line.words <= 5 and P.QUOTE_ATTRIBUTION.match(line.text) and repeats_kept(lines, j - 1, kept):
        return True
    return repeats_kept(lines, j, kept)


def repeats_kept(lines: tuple[Line, ...], j: int, kept: list[int]) -> bool:
    """True when text line j is a pull quote of a kept line before it (patterns.repeats_paragraph)."""
    line = lines[j]
    return line.kind == "text" and P.repeats_paragraph(line.text, line.words, (
        lines[k].text for k in kept[-P.PULL_QUOTE_REACH:] if k < j))


def action_row(line: Line) -> bool:
    """A story's row of share, save and listen buttons in words (not a transcript's bare "5:11" time mark)."""
    return line.rule == "SHARE_BAR" and any(c.isalpha() for c in line.text)


def card_pair_at(lines: tuple[Line, ...], j: int, summed: bool = False) -> bool:
    """Two cards in a row from line j, each a headline, at most one summary line (exactly one when `summed`) and an
    outlet-and-time row (with or without its "via"): a digest's or feed's next items, not the story going on."""
    second = card_end(lines, j, summed)
    return second is not None and card_end(lines, second, summed) is not None


CARD_BUTTONS = 4  # a feed card's action row under its "Outlet · 2h" row: "• Like" / "• Save" / "• Share"


def card_end(lines: tuple[Line, ...], k: int, summed: bool = False) -> int | None:
    """After a "Title" / [summary] / "Outlet · time" card starting at k (and its row of one-word buttons), else
    None."""
    if k >= len(lines) or lines[k].kind != "text" or lines[k].words < 3 or not is_title_like(lines[k].text) \
            or lines[k].text.rstrip().endswith(SENTENCE_END):
        return None
    row = next((i for i in (k + 1, k + 2) if i < len(lines) and lines[i].kind == "meta"), None)
    if row is None or row == k + 2 and not is_prose(lines[k + 1]) or summed and row != k + 2:
        return None
    meta = lines[row].meta
    if meta is None or not meta.outlet or not meta.time or meta.author:
        return None
    end = row + 1
    while end < min(len(lines), row + 1 + CARD_BUTTONS) and lines[end].words <= 2 \
            and lines[end].kind in ("list", "share", "noise", "comment_action"):
        end += 1
    return end


def opening_meta(lines: tuple[Line, ...], j: int) -> bool:
    """Before the story's first paragraph: a byline row (the original's, under a box between the headline and the
    text), the outlet's name right over it, or a link post's domain tag."""
    line = lines[j]
    if P.HOST_BUTTON.match(line.text) or in_property_table(lines, j):
        return True
    if line.kind == "meta" and line.meta is not None and (line.meta.kind == "byline" or line.meta.time and line.words <= 8):
        return True  # (a dated row too: "Maria Kaupa, 2 Disemba 2026" under a link preview's card)
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    return line.kind == "text" and is_name(line.text, 6) and nxt is not None and nxt.kind == "meta" \
        and nxt.meta is not None and nxt.meta.kind == "byline" and bool(nxt.meta.author)


SLIDE_ALT_WORDS = 15  # a slide's picture description under its counter: a phrase, not a sentence


def slide_alt(lines: tuple[Line, ...], j: int) -> bool:
    """True for the short unpunctuated line right under a slideshow's counter ("1 of 5" / "A red car in the station"):
    the slide's picture description, not its text."""
    line = lines[j]
    return j > 0 and lines[j - 1].rule == "PAGER_LINE" and line.kind == "text" and line.words <= SLIDE_ALT_WORDS \
        and not line.text.endswith(SENTENCE_END) and j + 1 < len(lines) and is_prose(lines[j + 1])


EVENT_ROWS = 3  # minute-led rows that make a match-events widget
EVENT_HEADER_WORDS = 4  # ... and the short label over them ("Match events", "ম্যাচের ঘটনা")


def in_event_list(lines: tuple[Line, ...], j: int) -> bool:
    """True for a row of a match-events widget ("23' Goal — X", three or more in a row) or the short label over it."""
    def row(k: int) -> bool:
        return 0 <= k < len(lines) and P.MATCH_EVENT.match(lines[k].text) is not None
    if not row(j):
        label = lines[j].words <= EVENT_HEADER_WORDS and not lines[j].text.endswith(SENTENCE_END)
        return label and all(row(k) for k in range(j + 1, j + 1 + EVENT_ROWS))
    return run_length(j, row) >= EVENT_ROWS


def run_length(j: int, row: Callable[[int], bool]) -> int:
    """How many lines in a row around line j pass `row` (j itself does)."""
    first, last = j, j
    while row(first - 1):
        first -= 1
    while row(last + 1):
        last += 1
    return last - first + 1


PROPERTY_ROWS = 3  # rows of a clipping's or record's property table ("Outlet<TAB>X", "Section<TAB>Y", "Date<TAB>Z")
PROPERTY_ROW_WORDS = 8


def in_property_table(lines: tuple[Line, ...], j: int) -> bool:
    """True for a row of short cells in a run of three or more such rows: a property table over the story (a media
    monitor's clipping record), read before the first paragraph only."""
    def row(k: int) -> bool:
        return 0 <= k < len(lines) and lines[k].cells and lines[k].words <= PROPERTY_ROW_WORDS
    return row(j) and run_length(j, row) >= PROPERTY_ROWS


CAPTION_WORDS = 40  # a picture's caption with its credit


def outlet_credited_caption(lines: tuple[Line, ...], j: int, head: Head) -> bool:
    """A picture's caption credited to the outlet the head names, after its full stop ("Shoppers on North Queen
    Street in Lancaster. Conestoga Valley Courier"): the credit is no sentence's end."""
    text = lines[j].text.rstrip()
    if lines[j].words > CAPTION_WORDS or ". " not in text or text.endswith(SENTENCE_END):
        return False
    tail = text.rsplit(". ", 1)[1].strip()
    near = [*head.used, *range(max(0, head.title_index - 2), head.title_index)]  # (the outlet's logo over the title)
    named = {lines[k].text for k in near} | {lines[k].meta.outlet for k in near if lines[k].meta is not None
                                             and lines[k].meta.outlet}
    return 1 <= len(tail.split()) <= 6 and tail in named


def heads_thread(lines: tuple[Line, ...], j: int) -> bool:
    """A short title right over the comment count ("What listeners are saying" / "37 comments"): the thread's."""
    return j + 1 < len(lines) and lines[j + 1].kind == "comment_header" and box_head(lines[j]) \
        and lines[j].words <= THREAD_TITLE_WORDS


THREAD_TITLE_WORDS = 5
LONE_NOTE_WORDS = 14  # an AI voice's or translation's note among a widget's rows ("Čte syntetický hlas (AI).")


def widget_line(lines: tuple[Line, ...], j: int) -> bool:
    """A line of a widget's, never the story's: a feedback row ("Was this article helpful? Yes No"), the label
    over or under the text a player reads ("Read along", "Show transcript"), an AI note set among other widget rows
    (not between paragraphs: a story about AI may say "AI can make mistakes")."""
    line = lines[j]
    if P.FEEDBACK_ROW.match(line.text) or P.TEXT_LABEL.match(line.text) or P.HOST_BUTTON.match(line.text) \
            or P.BARE_CLOCK.match(line.text):
        return True  # (a live entry's clock on its own line: "2:40 p.m.")
    return line.words <= LONE_NOTE_WORDS and ai_note(line) and any(
        0 <= k < len(lines) and not is_prose(lines[k]) and lines[k].kind != "meta" for k in (j - 1, j + 1))


PLAYER_REACH = 10  # lines from a player's row to its chapter list (captions, the video's title, "Chapters")
PLAYER_LINE_WORDS = 25  # ... each short: a caption line, not a paragraph


def player_box_end(lines: tuple[Line, ...], j: int) -> int:
    """After a media player whose chapter list follows within a few short lines (clock, speeds, captions, the
    video's title, "Chapters", then "1. 0:22 ..." rows), or after a chapter list starting at j (or under its label
    at j), else j. The player's row may be just above j (read with the headline's rows)."""
    played = player_row(lines[j]) or j > 0 and player_row(lines[j - 1])
    if not played and not (box_head(lines[j]) or P.CHAPTER_ROW.match(lines[j].text)):
        return j
    reach = PLAYER_REACH if played or P.CHAPTER_ROW.match(lines[j].text) else 2
    for k in range(j, min(len(lines) - 1, j + reach)):
        if P.CHAPTER_ROW.match(lines[k].text) and P.CHAPTER_ROW.match(lines[k + 1].text):
            end = k
            while end < len(lines) and P.CHAPTER_ROW.match(lines[end].text):
                end += 1
            return end
        if lines[k].words > PLAYER_LINE_WORDS:
            return j
    return j


VIDEO_CARD_LINES = 6  # a video card under its play button: label, title, caption, "Outlet · date"


def video_card_end(lines: tuple[Line, ...], j: int) -> int:
    """After a video card set in the story ("Přehrát 2:14" / "Video" / its title / a caption / "TV X · včera"): from
    its play button to its source row, one long line (the caption) at most between; else j."""
    if not P.PLAY_LABEL.match(lines[j].text) or not P.ANY_DIGIT.search(lines[j].text):
        return j
    long_lines = 0
    for k in range(j + 1, min(len(lines), j + VIDEO_CARD_LINES + 1)):
        if lines[k].kind == "meta" and lines[k].meta is not None and lines[k].meta.time:
            return k + 1
        long_lines += lines[k].words >= PLAYER_LINE_WORDS // 2
        if long_lines > 1 or lines[k].is_header:
            return j
    return j


def player_row(line: Line) -> bool:
    """A media player's clock ("0:00 / 4:06"), alone or in its row of buttons ("▶ CC ⚙ ⛶ 0:00 / 1:48")."""
    return P.TIME_CODE.search(line.text) is not None and (line.kind == "share" or P.INLINE_NOISE.match(line.text)
                                                           is not None)


def poll_end(lines: tuple[Line, ...], j: int) -> int:
    """After a reader poll at j (its label, the question, two or more options with their shares, the vote count),
    else j."""
    k = j + (j + 1 < len(lines) and box_head(lines[j]) and not lines[j].text.rstrip().endswith(("?", "？")))
    if k >= len(lines) or not lines[k].text.rstrip().endswith(("?", "？")):
        return j
    end = k + 1
    while end < len(lines) and P.POLL_OPTION.match(lines[end].text):
        end += 1
    if end - k - 1 < 2:
        end = unvoted_options_end(lines, k + 1)
        if end == k + 1:
            return j
    return end + (end < len(lines) and lines[end].words <= POLL_COUNT_WORDS and P.ANY_DIGIT.search(lines[end].text)
                  is not None and not is_prose(lines[end]))


POLL_COUNT_WORDS = 10  # "2,318 votos · La encuesta cierra en 3 días"
POLL_OPTIONS = 6  # options of a poll not yet voted on, before its vote button
POLL_OPTION_WORDS = 8


def unvoted_options_end(lines: tuple[Line, ...], k: int) -> int:
    """After the options of a poll not yet voted on (two to six short lines from k) and its vote button ("Ano, určitě"
    / "Ne, nemám zájem" / "Hlasovat"), else k."""
    end = k
    while end < min(len(lines), k + POLL_OPTIONS) and lines[end].kind in ("text", "list") \
            and lines[end].words <= POLL_OPTION_WORDS and not P.VOTE_BUTTON.match(lines[end].text) \
            and not lines[end].text.rstrip().endswith(SENTENCE_END):
        end += 1
    return end + 1 if end - k >= 2 and end < len(lines) and P.VOTE_BUTTON.match(lines[end].text) else k
PROPERTY_WORDS = 8  # a property's value under its label ("Clipped by" / "Sam Okoro") stays this short


def property_value(lines: tuple[Line, ...], j: int) -> bool:
    """True for a short value under a property label (a clipper's or read-later app's "Tags" / "flooding · council")."""
    return j > 0 and lines[j - 1].rule == "META_LABEL" and lines[j].words <= PROPERTY_WORDS


THREAD_WINDOW = 12  # lines under a counted label in which a comment thread's repeated button shows


def opens_thread(lines: tuple[Line, ...], j: int) -> bool:
    """True for a counted label ("קאָמענטאַרן (3)", a word or three and a number in brackets) over lines where the
    same short button (three words at most) comes back at least twice with text between: a comment thread with its
    "Reply" under every comment, in a language no header rule knows."""
    if lines[j].kind != "text" or not P.COUNTED_LABEL.match(lines[j].text):
        return False
    seen: dict[str, list[int]] = {}
    for k in range(j + 1, min(len(lines), j + 1 + THREAD_WINDOW)):
        if lines[k].words <= 3:
            seen.setdefault(lines[k].text, []).append(k)
    return any(len(at) >= 2 and all(b - a >= 2 for a, b in zip(at, at[1:])) for at in seen.values())


def opens_headerless_thread(lines: tuple[Line, ...], j: int) -> bool:
    """True when lines j.. are two comments or more without a header: a "Name · 3 год тому" row (a name of four
    words at most and a time) over a sentence, twice in a row, a short button row maybe between (a teaser card's
    headline has no full stop)."""
    if signed_comment_end(lines, j) is not None and signed_comment_end(lines, signed_comment_end(lines, j)) is not None:
        return True  # "Name" / what they said / "14 Janairu · So · Amsa", twice
    if (first := profile_comment_end(lines, j)) is not None and profile_comment_end(lines, first) is not None:
        return True  # "Name" / "Operations Manager at X" / "5d" / what they said / "Like Reply", twice
    k = j
    for n in range(2):
        if k + 1 >= len(lines) or not commenter_row(lines[k]):
            return False
        said = next((end for end in range(k + 2, min(len(lines), k + 2 + SIGNED_COMMENT_LINES) + 1)
                     if all(lines[i].kind == "text" and lines[i].text.rstrip().endswith(COMMENT_ENDS)
                            for i in range(k + 1, end)) and (end >= len(lines) or closes_comment(lines[end]))), None)
        if said is None:
            return False  # (one to three lines of what they said, each a full sentence: a card's headline is none)
        k = said
        if n == 0 and k < len(lines) and not commenter_row(lines[k]) and closes_comment(lines[k]):
            k += 1  # the comment's own buttons ("Reply ♥ Helpful", "⬆ 48 ⬇ · Reply · Share") before the next one
    return True


def closes_comment(line: Line) -> bool:
    """A line that may follow what a commenter said: the next commenter's row or the comment's buttons."""
    return commenter_row(line) or line.kind == "comment_action" or line.words <= 4 or vote_row(line.text)


def vote_row(text: str) -> bool:
    """A comment's button row of short parts ("⬆ 48 ⬇ · השב · שיתוף"): each part two words or a count at most."""
    parts = [p.strip() for p in text.split(" · ")]
    return len(parts) >= 2 and all(len(p.split()) <= 3 and not p.endswith(COMMENT_ENDS[:3]) for p in parts)


COMMENT_ENDS = (".", "!", "?", "…", ")", "🙏", "😅", "🙂", "😊", "👍")  # how a comment's last sentence ends
SIGNED_COMMENT_LINES = 3  # lines a comment signed above and timed below may hold


ANNOTATION_LINES = 3  # what an annotator wrote: one to three lines between their name row and the buttons


def annotation_end(lines: tuple[Line, ...], j: int) -> int:
    """The line after an annotation thread printed between a story's paragraphs (the highlighted words in quotes,
    "handle · 13 Jan 2026", what they wrote, "Reply Share Flag", and so on for each reply), else j."""
    k = j + 1 if lines[j].kind == "text" and is_highlight_quote(lines[j].text) else j
    end = j
    while k < len(lines) and lines[k].kind == "meta" and lines[k].meta is not None and lines[k].meta.time:
        said = k + 1
        while said < len(lines) and said - k <= ANNOTATION_LINES and lines[said].kind == "text":
            said += 1
        if said == k + 1 or said >= len(lines) or lines[said].kind != "comment_action":
            break
        end = k = said + 1
    return end


def signed_comment_end(lines: tuple[Line, ...], k: int) -> int | None:
    """The line after a comment printed as its writer's name, one to three lines of what they said, and a footer
    row of its time and buttons ("Aminu Garba" / "Alhamdulillah! ..." / "14 Janairu · So · Amsa"); None if lines
    k.. are not one."""
    if k is None or k + 2 >= len(lines) or lines[k].kind != "text" or not is_name(lines[k].text, 4) \
            or lines[k].text.endswith(COMMENT_ENDS):
        return None
    for end in range(k + 2, min(len(lines), k + 2 + SIGNED_COMMENT_LINES)):
        said = [lines[i] for i in range(k + 1, end)]
        if not all(s.kind == "text" for s in said) or not said[-1].text.rstrip().endswith(COMMENT_ENDS):
            continue
        if timed_button_row(lines[end].text):
            return end + 1
    return None


def profile_comment_end(lines: tuple[Line, ...], k: int) -> int | None:
    """The line after a comment printed as a professional network's: the writer's name, maybe their job line, the
    time on a line of its own, one to three full sentences, the comment's buttons ("Like Reply"); None if lines k..
    are not one."""
    if k + 3 >= len(lines) or lines[k].kind != "text" or not is_name(lines[k].text, 4) \
            or lines[k].text.endswith(COMMENT_ENDS):
        return None
    at = k + 1 if is_dateline_row(lines[k + 1]) else k + 2 if is_dateline_row(lines[k + 2]) else None
    if at is None:
        return None
    end = at + 1
    while end < len(lines) and end - at <= SIGNED_COMMENT_LINES and lines[end].kind == "text" \
            and lines[end].text.rstrip().endswith(COMMENT_ENDS):
        end += 1
    if end == at + 1 or end >= len(lines) or not (lines[end].kind == "comment_action" or lines[end].words <= 4):
        return None
    return end + 1


def is_dateline_row(line: Line) -> bool:
    """A line holding only a time ("5d", "2 hours ago", "14 January 2026")."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind == "time" or as_time(line.text) is not None


def timed_button_row(text: str) -> bool:
    """A comment's footer: its time, then one to three short buttons ("14 Janairu · So · Amsa", "2 h · Like · Reply")."""
    parts = [p.strip() for p in text.split(" · ")]
    return 2 <= len(parts) <= 4 and (as_time(parts[0]) is not None or P.YEARLESS_DATE.match(parts[0]) is not None) and all(
        0 < len(p.split()) <= 2 and not P.ANY_DIGIT.search(p) for p in parts[1:])


def commenter_row(line: Line) -> bool:
    """A comment's head row: a name of four words at most and a time, nothing else."""
    meta = line.meta
    name = meta.author or meta.outlet if meta is not None else None
    return line.kind == "meta" and bool(meta.time) and bool(name) and count_words(name) <= 4


def is_headline(teaser: Teaser) -> bool:
    """A teaser with a real headline, not a footer link read as a bare title ("Privacy", "About Pressline")."""
    title = teaser.title.strip()
    if not title or P.FOOTER_LINK.match(title) or "©" in title:  # "Site shows stories ... © 2025 Site Inc."
        return False
    long_enough = len(title.split()) >= 2 or len(P.CJK.findall(title)) >= 6
    return long_enough or bool(teaser.publisher or teaser.published or teaser.summary)


def feed_before(lines: tuple[Line, ...], head: Head, covered: frozenset[int],
                outlets: frozenset[str]) -> tuple[Section, ...]:
    """Feed cards ("Outlet · 1h" + headline + summary) printed above the article's own card, as a section."""
    top = min((head.title_index, *head.used))
    first = next((k for k in range(top - 1) if k not in covered and (
        starts_new_item(lines[k], lines[k + 1]) or opens_title_card(lines, k, top)
        or card_pair_at(lines, k, summed=True))), None)  # (a label over meta-first cards is no card's headline)
    if first is None:
        return ()
    parsed = parse_teasers(lines, first, top, outlets)
    return (Section("related", first, parsed.end, teasers=parsed.teasers),) if parsed.teasers else ()


FEED_LISTS = 8  # lists of cards read one after the other under a story (each parse is linear: bounds a hostile dump)


INLINE_LABEL_CHARS = 40  # "Read more:", "Lesen Sie auch:", "WATCH:": the label before an inline teaser's titles


TICKER_ITEMS = 3  # a labelled line of headlines: three at least ("Trending: A · B · C"); two may be a sentence's
TICKER_LABEL_WORDS = 4  # ... under a label of a few words
TICKER_TITLE_WORDS = (3, 20)  # ... each of them a headline's length


def inline_teasers(lines: tuple[Line, ...], covered: frozenset[int]) -> tuple[Section, ...]:
    """The titles of the inline "Read more: A | B | C" lines and of the labelled one-line tickers ("Trending now:
    A · B · C") outside the sections, each line a section of its own (a single "Read also: X" between paragraphs
    is inline noise, as the story prints it)."""
    found = []
    for k, line in enumerate(lines):
        if k in covered:
            continue
        if line.kind == "inline_teaser":
            m = P.INLINE_LABEL_END.search(line.text[:INLINE_LABEL_CHARS])
            titles = [p for p in headline_parts(line.text[m.end():]) if count_words(p) >= 3] if m else []
            least = 2
        else:
            titles, least = ticker_titles(line.text), TICKER_ITEMS
        if len(titles) >= least:
            found.append(Section("related", k, k + 1, teasers=tuple(Teaser(title=t) for t in titles)))
    return tuple(found)


def headline_parts(text: str) -> list[str]:
    """The parts of a row of headlines, split at the separator that cuts it most (" | ", " · ", " • ")."""
    parts = max((text.split(sep) for sep in P.TICKER_SEPARATORS), key=len)
    return [p.strip() for p in parts]


def ticker_titles(text: str) -> list[str]:
    """The headlines of a labelled one-line ticker ("Nag-uso karon: A · B · C"), else []: a label of a few words,
    then three or more headline-long parts, not all of them closed by a full stop (sentences). The label must name a
    rail ("Trending", "Most read"): a "Source: X · Y · date" row or a list of a group's papers is none."""
    m = P.TICKER_LABEL_END.search(text[:INLINE_LABEL_CHARS])
    if m is None or not 0 < count_words(text[:m.start()]) <= TICKER_LABEL_WORDS \
            or P.section_header_role(text[:m.start()]) != "related":
        return []
    parts = headline_parts(text[m.end():])
    low, high = TICKER_TITLE_WORDS
    if len(parts) < TICKER_ITEMS or not all(low <= count_words(p) <= high for p in parts) \
            or all(p.endswith(".") for p in parts):
        return []
    return parts


POSTER_NAME_WORDS = 5  # a channel's name printed over each of its posts


def stream_posts(lines: tuple[Line, ...], head: Head, body: Body) -> tuple[Section, ...]:
    """In a channel's stream of credited posts ("Channel" / headline / text / "via Outlet", CREDITED_POSTS times or
    more), the other posts' headlines (the line under each repeat of the channel's name) as teasers."""
    if not credited_posts(lines):
        return ()
    names = Counter(line.text for line in lines if line.kind == "text" and 0 < line.words <= POSTER_NAME_WORDS)
    name, seen = names.most_common(1)[0] if names else ("", 0)
    if seen < CREDITED_POSTS:
        return ()
    found = [k + 1 for k in range(len(lines) - 1) if lines[k].text == name and k + 1 != head.title_index
             and not body.start <= k + 1 < body.end and lines[k + 1].kind == "text" and lines[k + 1].words >= 4
             and is_title_like(lines[k + 1].text) and not lines[k + 1].text.rstrip().endswith(".")]
    # (a question is a headline too; "8,3 mil suskriptor" under the channel's own name is no post)
    teasers = tuple(Teaser(title=lines[k].text) for k in found)
    return (Section("related", found[0], found[0] + 1, teasers=teasers),) if teasers else ()


def card_runs_after(lines: tuple[Line, ...], body: Body, covered: frozenset[int],
                    outlets: frozenset[str]) -> tuple[Section, ...]:
    """Runs of two or more headerless feed cards ("Title" / summary / "Outlet · 5h" / buttons) further down the page
    than feed_after looks: a reader app's feed going on under the story's comment thread."""
    found: list[Section] = []
    k = body.end
    while k < len(lines) - 1:
        if k in covered or not card_pair_at(lines, k, summed=True):
            k += 1
            continue
        parsed = parse_teasers(lines, k, section_limit(lines, k), outlets)
        if parsed.teasers:
            found.append(Section("related", k, max(parsed.end, k + 1), teasers=parsed.teasers))
        k = max(parsed.end, k + 1)
    return tuple(found)


def feed_after(lines: tuple[Line, ...], body: Body, covered: frozenset[int],
               outlets: frozenset[str]) -> tuple[Section, ...]:
    """The feed cards that follow an article ended by the next card ("Outlet · 5h" + headline), as a section (not
    a comment thread under its header: its "Name · 2h" rows are commenters)."""
    k = body.end  # (past the post's reaction and button rows: "👍 ❤️ 214 · 37 Comments", "Like Comment Share")
    while k < len(lines) and k - body.end < 3 and (lines[k].kind == "comment_action" or lines[k].words <= 4):
        k += 1
    if any(i < len(lines) and (lines[i].kind == "comment_header" or opens_headerless_thread(lines, i))
           for i in range(body.end, k + 2)):
        return ()  # (a thread's "Name · 2h" rows are commenters, not feed cards; its title may stand over its count)
    rows = body.end  # (past the story's own button rows: "Share Save", then an ad line, then "Outlet · 3h")
    while rows < len(lines) and lines[rows].kind in ("share", "comment_action"):
        rows += 1
    near = [i for i in range(body.end, min(rows + 3, len(lines) - 1)) if i not in covered]
    starts = [i for i in near if starts_new_item(lines[i], lines[i + 1])] \
        or [i for i in near[:3] if opens_card(lines, i) or card_pair_at(lines, i)]  # (an "Outlet · 3h" row first,
    # past the story's button rows: not the ad line above it, which a time row under it would make a card)
    if not starts:
        return ()
    end = starts[0]
    limit = section_limit(lines, end)
    parsed = parse_teasers(lines, end, limit, outlets)
    if len(parsed.teasers) < (1 if starts_new_item(lines[end], lines[end + 1]) else 2):
        return ()
    found = [Section("related", end, max(parsed.end, end), teasers=parsed.teasers)]
    while len(found) < FEED_LISTS and found[-1].end < limit - 1 \
            and (more := parse_teasers(lines, found[-1].end, limit, outlets)).teasers:
        found.append(Section("related", found[-1].end, max(more.end, found[-1].end + 1), teasers=more.teasers))
    return tuple(found)  # a list that changed shape goes on as the next list ("Local coverage" cards)


def opens_card(lines: tuple[Line, ...], k: int) -> bool:
    """A headline with a time line under it, maybe under a short outlet name: a card of a feed with no header
    ("Outlet" / "Headline" / "3 hours ago" / summary), as cluster pages print them after the opened story."""
    def timed_at(i: int) -> bool:
        return i < len(lines) and timed(lines[i])

    def headline(i: int) -> bool:
        return i < len(lines) and lines[i].kind == "text" and is_title_like(lines[i].text)

    if headline(k) and timed_at(k + 1) or names_next_result(lines, k):
        return True
    return lines[k].kind == "text" and is_name(lines[k].text, 6) and headline(k + 1) and timed_at(k + 2)


AD_COPY_LINES = 2  # lines of ad copy between an ad slot's label and its sponsor line or button


def ad_slot_end(lines: tuple[Line, ...], j: int) -> int:
    """Where an ad slot inside the story ends: its label ("Anzeige", "آگهی"), one or two lines of copy and the line
    naming the sponsor or a button closing them; j when line j opens no such slot (a lone label stays noise)."""
    if lines[j].kind != "noise" or not P.AD_LABEL.match(lines[j].text):
        return j
    for k in range(j + 1, min(len(lines), j + 2 + AD_COPY_LINES)):
        if lines[k].rule in ("SPONSOR_LINE", "CTA_BUTTON", "PROMO_HEADER") and k > j + 1:
            return k + 1  # "Sponsored by X", "Order now": the slot's last line
        if lines[k].kind != "text" or lines[k].words > PITCH_WORDS:
            break
    return j


AI_BOX_NEAR = 6  # lines from an AI box's label to its disclaimer: a summary of a few bullets or paragraphs
AI_BOX_QA = 30  # ... or an assistant's or FAQ's questions and answers ("Ask our assistant" ... "AI answers can be wrong")


def ai_box_end(lines: tuple[Line, ...], j: int) -> int:
    """After an AI box that starts at j or just before it (label, summary or answers, disclaimer), or at a header
    with the AI's credit right under it ("Samenvatting van de discussie" / "Gemaakt door X AI ..."), else j."""
    labelled = [k for k in (j - 1, j) if k >= 0 and (P.AI_SUMMARY_LABEL.match(unemoji(lines[k].text))
                                                     or glyph_labels_list(lines, k))]
    # a tagged label ("Local summary · AI-generated"), or "Key points by X AI" over plain lines, closes with its note
    # only ("4 min · Narrated by an AI voice" is over the story itself)
    tagged = not labelled and any(ai_label(lines[k]) or P.KEY_POINTS.match(lines[k].text) is not None
                                  for k in (j - 1, j) if k >= 0)  # (the label may close the head's rows)
    if not labelled and not tagged:
        if j + 1 < len(lines) and box_head(lines[j]) and lines[j + 1].kind == "list":
            return noted_bullets_end(lines, j + 1)  # "Tidepool Summary" / bullets / "Summary generated by AI."
        return ai_box_rest(lines, j + 2) if j + 1 < len(lines) and box_head(lines[j]) and ai_note(lines[j + 1]) \
            and not ai_label(lines[j + 1]) else j  # (a tagged label under a row is that box's own label)
    reach = AI_BOX_QA if asks_questions(lines, j + 1) else AI_BOX_NEAR
    for k in range(j + 1, min(len(lines), j + reach)):
        if P.AI_DISCLAIMER.match(lines[k].text) or ai_note(lines[k]):
            return box_footer_end(lines, k + 1)
    if tagged:
        return j
    k = j + 1 if labelled[-1] == j else j  # no disclaimer: the summary is the bullet run or the one paragraph under it
    if k < len(lines) and lines[k].kind == "list":
        while k < len(lines) and lines[k].kind == "list":
            k += 1
        k += k < len(lines) and P.AI_DISCLAIMER.match(lines[k].text) is not None  # (after five bullets and more)
        return box_footer_end(lines, k)
    return k + 1 if k < len(lines) and k + 1 < len(lines) and is_prose(lines[k]) and is_prose(lines[k + 1]) else j


AI_BOX_BULLETS = 6  # bullets of a summary box whose label names no AI and whose closing note does


def noted_bullets_end(lines: tuple[Line, ...], k: int) -> int:
    """After a few bullets from k closed by an AI's note ("Summary generated by AI. Check the full story."), else the
    box's label at k - 1 (the bullets are the story's own list)."""
    first = k
    while k < len(lines) and lines[k].kind == "list" and k - first < AI_BOX_BULLETS:
        k += 1
    if k < len(lines) and (P.AI_DISCLAIMER.match(lines[k].text) or ai_note(lines[k])):
        return box_footer_end(lines, k + 1)
    return first - 1


def box_head(line: Line) -> bool:
    """A short line without a sentence's end (a box's header or button row)."""
    return line.kind in ("text", "promo", "promo_header") and line.words <= P.AI_LABEL_WORDS \
        and not line.text.rstrip().endswith(SENTENCE_END)


def asks_questions(lines: tuple[Line, ...], start: int) -> bool:
    """Two or more questions in the dozen lines from start: an assistant's suggested questions, a FAQ."""
    return sum(1 for line in lines[start:start + 12] if line.text.rstrip(" ]").endswith(("?", "？"))) >= 2


def ai_box_rest(lines: tuple[Line, ...], k: int) -> int:
    """Past the bullets of an AI box whose credit was read (and its closing disclaimer and feedback row)."""
    while k < len(lines) and lines[k].kind == "list":
        k += 1
    k += k < len(lines) and ai_note(lines[k])
    return box_footer_end(lines, k)


def glyph_labels_list(lines: tuple[Line, ...], k: int) -> bool:
    """A short line opened by an AI glyph ("✨ Generated by AI", "✨ Iris përmbledh") right over a bullet run: the
    label of a summary box in any language."""
    return lines[k].words <= 8 and k + 1 < len(lines) and lines[k + 1].kind == "list" \
        and P.AI_GLYPH_LABEL.match(lines[k].text) is not None


def box_footer_end(lines: tuple[Line, ...], k: int) -> int:
    """Past the rows closing an AI summary box: the story it rests on ("Özetin dayandığı haber: X") and its
    feedback row ("Bu özet faydalı mıydı? 👍 👎")."""
    for _ in range(2):
        if k < len(lines) and (P.SOURCE_LINE.match(lines[k].text) or P.APPEAL_LINE.match(lines[k].text)
                               or P.TEXT_PROMO_LINE.match(lines[k].text) or P.FEEDBACK_ROW.match(lines[k].text)):
            k += 1
    return k


def key_points_end(lines: tuple[Line, ...], j: int) -> int:
    """After a "key points" box starting at j (its label, then its bullets), else j."""
    if not P.KEY_POINTS.match(lines[j].text):
        return j
    k = j + 1
    while k < len(lines) and lines[k].kind == "list":
        k += 1
    return k if k > j + 1 else j


LEAD_ALT_WORDS = 8  # the lead picture's alt text over the first paragraph: a few words, no sentence
LEAD_PARAGRAPH_WORDS = 15


def lead_picture_alt(lines: tuple[Line, ...], j: int) -> bool:
    """A few words, no sentence, between the head and a long first paragraph: the lead picture's alt text ("La punt
    da Rueun"), printed where the picture stands; a story does not open with a subheading. A dateline in capitals
    ("BAAR, SWITZERLAND") is the story's."""
    line, nxt = lines[j], lines[j + 1] if j + 1 < len(lines) else None
    if j > 0 and lines[j - 1].words <= 3 and any(c.isdigit() for c in lines[j - 1].text):
        return False  # a live page's entry: its clock ("2:40 p.m."), then its heading
    return line.kind == "text" and line.words <= LEAD_ALT_WORDS and not line.text.rstrip().endswith(SENTENCE_END) \
        and not line.text.isupper() \
        and nxt is not None and nxt.kind == "text" and nxt.words >= LEAD_PARAGRAPH_WORDS and is_prose(nxt)


def is_image_alt(lines: tuple[Line, ...], j: int) -> bool:
    """A short label right above a caption line: the image's alt text, as innerText prints it."""
    line = lines[j]
    return (line.kind == "text" and line.words <= 12 and not is_prose(line) and j + 1 < len(lines)
            and lines[j + 1].kind == "caption")


def story_resumes(lines: tuple[Line, ...], k: int) -> bool:
    """True when the two lines after a related box are paragraphs, no headline over them: the story going on (the
    next story after a list of cards opens with its headline; a card's stray summary has a button under it); a
    carousel's arrows and dots under the box are skipped."""
    while k < len(lines) and lines[k].kind == "noise":
        k += 1
    if k + 2 < len(lines) and is_prose(lines[k]) and lines[k].words >= STORY_LINE_WORDS and lead_in(lines, k + 1):
        return True  # a paragraph, then "Onde doar:" over the story's own list
    if k + 2 < len(lines) and lines[k].kind == "text" and lines[k].words <= CALL_WORDS and not is_prose(lines[k]):
        k += 1  # a box's short call to act under it ("Tukuna he koha ki te marae", donate), no byline after it
    return k + 1 < len(lines) and all(is_prose(line) and line.words >= STORY_LINE_WORDS for line in lines[k:k + 2])


def lead_in(lines: tuple[Line, ...], k: int) -> bool:
    """A short line ending in a colon right over a list ("Where to donate:" / bullets): the story introducing its
    own list."""
    return lines[k].kind == "text" and lines[k].words <= LEAD_IN_WORDS and lines[k].text.rstrip().endswith((":", "："))\
        and k + 1 < len(lines) and lines[k + 1].kind == "list"


LEAD_IN_WORDS = 12


STORY_LINE_WORDS = 15  # paragraphs this long right under a box read as the story going on
CALL_WORDS = 6  # a short line between a box and the story going on: the box's button or call to act


def is_title_list(section: Section) -> bool:
    """A short related list of bare titles ("Baca Juga" / three bullets): an inline read-also box, not a feed."""
    return section.kind == "related" and 1 <= len(section.teasers) <= 5 and not any(
        t.summary or t.published for t in section.teasers)


def is_inset(section: Section) -> bool:
    """A related box of one or two teasers: the size of a "Read also" inset, not a list that ends the page."""
    return section.kind == "related" and 1 <= len(section.teasers) <= 2


def prose_follows(lines: tuple[Line, ...], start: int, covered: frozenset[int], quiet: bool = False,
                  need: int = 0, reach: int = 4) -> bool:
    """True when at least two prose lines (or one long one; or `need` lines when given) come within `reach` lines
    after a box, before any other boundary (and, when quiet, with no outlet/time line among them: more teasers are
    not the article going on)."""
    count = long = 0
    for k in range(start, min(len(lines), start + reach + need)):
        if k in covered or lines[k].kind in BODY_STOP:
            break
        if quiet and lines[k].kind == "meta" and not writer_credit(lines[k]) or lines[k].kind == "comment_header" \
                or lines[k].rule == "COMMENT_COUNTER":
            return False  # more teasers, or the comments opening: not the article going on
        count += is_prose(lines[k]) or need > 0 and lead_in(lines, k)  # ("Onde doar:" over the story's own list)
        long += is_prose(lines[k]) and lines[k].words >= 20  # one paragraph, a sentence longer than a teaser title
        if need and count >= need:
            return True  # (the paragraphs asked for, whatever cards come after them)
    return count >= need if need else count >= 2 or long >= 1


def credited_paragraph(lines: tuple[Line, ...], k: int) -> bool:
    """True for a paragraph at k closed by the story's credit line ("Původně vyšlo v X."): the story's last words."""
    return k + 1 < len(lines) and is_prose(lines[k]) and lines[k + 1].kind == "source"


def heads_promo(lines: tuple[Line, ...], j: int, sections: tuple[Section, ...]) -> bool:
    """A short tagline right above a promo box, part of it ("Het beste uit de regio, elke ochtend" over a
    newsletter form), or one of the (at most two) pitch lines right above a box's button."""
    line = lines[j]
    return (line.kind == "text" and line.words <= 10 and not line.text.endswith(SENTENCE_END)
            and any(s.kind == "promo" and s.header == j + 1 for s in sections)) or pitches_button(lines, j)


PITCH_WORDS = 25  # a box's pitch is one short sentence or two ("Irċievi l-aħbarijiet ewlenin kull filgħodu.")


def pitches_button(lines: tuple[Line, ...], j: int) -> bool:
    """True when line j, and any line between it and a box's button (CTA_BUTTON) under it, is a short line without
    quotation marks (a story's short quoted paragraph is no pitch): a subscription or offer box's pitch. Two lines
    above the button, the first must be a label ("Naročite se na e-novice"), not a sentence: the story's last
    paragraph may stand right over a one-line pitch."""
    pitch = [k for k in range(j, min(j + 4, len(lines) - 1)) if not box_filler(lines[k])][:2]  # (a donation box's
    for n, k in enumerate(pitch):  # amounts between its pitch and its button: "50 kr 100 kr 200 kr")
        labelled = n == 1 or j > 0 and box_label(lines[j - 1])  # ("Støtt lokaljournalistikken" over a longer pitch)
        if lines[k].kind != "text" or lines[k].words > (LABELLED_PITCH_WORDS if labelled else PITCH_WORDS) \
                or P.QUOTE_MARK.search(lines[k].text) or n and lines[j].text.rstrip().endswith(SENTENCE_END):
            return False
        button = next((i for i in range(k + 1, len(lines)) if not box_filler(lines[i])), k + 1)
        if button < len(lines) and lines[button].kind in ("promo", "promo_header") \
                and P.CTA_BUTTON.match(lines[button].text):
            return True  # (an English "Subscribe now" is a PROMO_LINE already)
    return False


LABELLED_PITCH_WORDS = 45  # a pitch under the box's own label may run to two longer sentences
BOX_LABEL_WORDS = 5  # a box's label ("Support local journalism", "The Morning Tide") is this short


def box_filler(line: Line) -> bool:
    """A line a box holds between its pitch and its button: noise, or a row of amounts to give."""
    return line.kind == "noise" or line.words <= 12 and P.AMOUNT_ROW.match(line.text) is not None


def box_label(line: Line) -> bool:
    """A short text line without a sentence's end: a box's label over its pitch."""
    return line.kind == "text" and line.words <= BOX_LABEL_WORDS and not line.text.rstrip().endswith(SENTENCE_END)


def byline_block_end(lines: tuple[Line, ...], j: int) -> int:
    """After a writer's block under the standfirst (avatar alt text, the same name, the date row), else j: the text
    goes on below it ("Thomas Hanke" / "Thomas Hanke" / "27.04.2020 - 18:50 Uhr 3 Kommentare")."""
    if j + 2 < len(lines) and lines[j].kind == "text" and lines[j + 1].text == lines[j].text \
            and is_name(lines[j].text, 4) and lines[j + 2].kind == "meta" and lines[j + 2].meta is not None \
            and lines[j + 2].meta.time:
        return j + 3
    return j


MAP_LABELS = 12  # place names an embedded map prints over its zoom buttons
MAP_LABEL_WORDS = 3


def map_box_end(lines: tuple[Line, ...], j: int) -> int:
    """After an embedded map between paragraphs, else j: its place labels ("Banz" / "Minj" / "Wahgi Wara"), its zoom
    buttons ("+−") and the attribution under them ("© OpenTerraMap kontributa")."""
    k = j
    while k < len(lines) and k - j < MAP_LABELS and lines[k].kind == "text" and lines[k].words <= MAP_LABEL_WORDS \
            and not lines[k].text.endswith(SENTENCE_END):
        k += 1
    if k == j or k >= len(lines) or not P.MAP_ZOOM.match(lines[k].text):
        return j
    k += 1
    return k + 1 if k < len(lines) and lines[k].kind == "footer" and lines[k].words <= 6 else k


STORE_BOX_LINES = 5  # an app or product card between the headline and the byline: name, blurb, price, button


def store_box_end(lines: tuple[Line, ...], j: int) -> int:
    """After a store card between the headline and the story's byline, else j: a few lines (the product's name, a
    blurb of a paragraph or two, its price) closed by a call-to-act button ("Adicionar à lista de desejos"), with the
    byline row ("via X · date", "By Y") right under the button."""
    end = next((p for p in range(j, min(len(lines), j + STORE_BOX_LINES + 1)) if lines[p].rule == "CTA_BUTTON"), None)
    if end is None or end == j or sum(is_prose(lines[k]) for k in range(j, end)) > 2:
        return j
    below = lines[end + 1] if end + 1 < len(lines) else None
    bylined = below is not None and below.kind == "meta" and below.meta is not None and below.meta.kind == "byline"
    return end + 1 if bylined else j


def writer_credit(line: Line) -> bool:
    """A byline naming only the writer ("Tekst: Femke Brouwer" closing the text): no teaser's outlet or time."""
    meta = line.meta
    return meta is not None and meta.kind == "byline" and bool(meta.author) and not meta.time and not meta.outlet


def _closes(lines: tuple[Line, ...], j: int, author: str | None, title: str = "") -> bool:
    """True for a line that ends the article once text has started: a source credit or an author box."""
    line = lines[j]
    if line.kind == "source":
        return True
    if author and (line.text == author or author in line.text and line.words <= 6 and line.kind != "caption"):
        return True  # the author box: "Lucía Barranco", "Foto de Lucía Barranco" (not a photo credit naming the writer)
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    if nxt is not None and starts_new_item(line, nxt) or names_next_result(lines, j) or next_story_head(lines, j, title):
        return True
    return nxt is not None and nxt.text == line.text and line.words <= 6 and line.kind == "text"


SAME_EVENT_SHARE = 0.25  # of a headline's longer words found in the title: another outlet's version of the story


def shared_words(text: str, title: str) -> float:
    """The share of a line's words of four letters or more that the title also has."""
    words = {w for w in P.WORD.findall(text.casefold()) if len(w) >= 4}
    return len(words & set(P.WORD.findall(title.casefold()))) / len(words) if words else 0.0


NEXT_HEAD_REACH = 2  # lines between a next story's headline and its dated row: its outlet's name, a standfirst


def next_story_head(lines: tuple[Line, ...], j: int, title: str = "") -> bool:
    """True when line j (or the kicker over it) opens another full story: a headline about something else than the
    title (a coverage page's cards retell the same event), its dated byline row within two lines (past the outlet's
    name), and two paragraphs under it: a story stack's or an infinite scroll's next story, no subheading."""
    k = j + 1 if lines[j].words <= 2 and j + 1 < len(lines) else j  # "County" over "Pima County opens ..."
    head = lines[k]
    if head.kind != "text" or not 5 <= head.words <= 25 or head.text.endswith(SENTENCE_END) \
            or not is_title_like(head.text) or shared_words(head.text, title) >= SAME_EVENT_SHARE:
        return False
    dated = next((m for m in range(k + 1, min(len(lines), k + 2 + NEXT_HEAD_REACH))
                  if lines[m].kind == "meta" and lines[m].meta is not None and lines[m].meta.time), None)
    if dated is None or any(lines[m].kind != "text" or lines[m].words > 8 for m in range(k + 1, dated)):
        return False
    return sum(1 for m in range(dated + 1, min(len(lines), dated + 4)) if is_prose(lines[m])) >= 2


def outlet_time_row(line: Line) -> bool:
    """An "Outlet · 5h" / "Outlet / 1h" meta line: how a feed card names its source and age."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind in ("sep", "glued") \
        and bool(line.meta.outlet and line.meta.time)


def starts_new_item(line: Line, nxt: Line) -> bool:
    """An "Outlet · 5h" line (or a search result's address row) followed by a headline: the next card of a feed,
    not more of the article."""
    return (outlet_time_row(line) or is_address_row(line)) and nxt.kind == "text" and is_title_like(nxt.text)


def names_next_result(lines: tuple[Line, ...], j: int) -> bool:
    """A site's name over a result's address row and headline: the next search result."""
    return j + 2 < len(lines) and lines[j].kind == "text" and is_name(lines[j].text, 6) \
        and starts_new_item(lines[j + 1], lines[j + 2])


def opens_title_card(lines: tuple[Line, ...], k: int, top: int) -> bool:
    """A headline over an "Outlet / 1h" row that starts title-first cards (a feed reader's list above the opened
    story): a second card row follows within four lines, and most card rows have a summary under them, not the
    headline that meta-first cards put there."""
    def card_row(i: int) -> bool:
        return outlet_time_row(lines[i])
    if not (lines[k].kind == "text" and is_title_like(lines[k].text) and k + 1 < top and card_row(k + 1)
            and (lines[k].words >= 3 or len(P.CJK.findall(lines[k].text)) >= 6)
            and any(card_row(i) for i in range(k + 3, min(top, k + 6)))):
        return False
    if any(lines[i].kind == "comment_action" for i in range(k + 2, min(top, k + 5))):
        return False  # "name · 3h" / text / "Like 40 Reply": comments, not cards
    rows = [i for i in range(k + 1, top - 1) if card_row(i)]
    return 2 * sum(lines[i + 1].kind in ("text", "list") and is_title_like(lines[i + 1].text) for i in rows) \
        < len(rows)  # (a reader's toolbar row under the last card is no headline)


def _is_outlet_meta(line: Line) -> bool:
    """True for an outlet-logo, reading-time or writer-credit meta line (never article text)."""
    return line.kind == "meta" and line.meta is not None and line.meta.kind in ("outlet", "read") \
        or writer_credit(line) or line.kind == "meta" and P.SOURCE_LINE.match(line.text) is not None  # ("來源：X，date")


def _head_fields(lines: tuple[Line, ...], head: Head) -> dict[str, str]:
    """Publisher, published time and author named by the head's meta lines."""
    out: dict[str, str] = {}
    for k in sorted(head.used, key=lambda k: (not (names_writer_and_outlet(lines[k]) or credits_source(lines[k])),
                                              read_time_row(lines[k]))):
        # ("X / Outlet" bylines and rows with a "Source: X" field first: they name the outlet in so many words; a
        # "Level B2 · 3 min read" row last: its first part is the story's level or desk more often than its outlet)
        line = lines[k]
        if not any(c.isalnum() for c in line.text):
            continue  # a separator on a line of its own ("·" between a flex row's items)
        if line.meta is not None:
            author, outlet = split_author_outlet(line.meta.author)  # "By Dana Whitcombe, The Harbor Ledger · 2h"
            place = line.meta.kind == "sep" and dateline_place(line.text)  # "Hamburg, 2. November 2021": a place
            if line.meta.kind == "sep" and line.meta.outlet and not author and out.get("publisher") not in (
                    None, line.meta.outlet) and writer_like(line.meta.outlet) and not place:
                author = line.meta.outlet  # "Elin Gwyndaf · 15 Medi 2026" under "via X": the writer's row
            for key, value in (("publisher", None if place else line.meta.outlet or outlet), ("published", line.meta.time),
                               ("author", author)):
                if value and key not in out and (key != "publisher" or plausible_outlet(value, labelled=bool(
                        P.SOURCE_START.match(line.text)))):  # ("Zdroj: Hanácké listy dnes · Autor: ...")
                    out[key] = value
        elif line.kind == "source" and "publisher" not in out:
            if (m := P.SOURCE_LINE.match(unemoji(line.text)) or P.REPRINT_LINE.match(line.text)) is not None:
                out.update((k, v) for k, v in source_fields(m.group("name")).items() if k not in out)
        elif line.kind == "text" and k < head.title_index and "publisher" not in out and not crumb_last(line) \
                and not P.SECTION_LABEL.match(line.text) and not P.SLASHED_WORDS.search(line.text) \
                and not menu_item(lines, k):
            out["publisher"] = line.text  # a bare outlet name above the title, credited elsewhere (not a kicker:
            # "Entertainment")
        elif line.kind == "text" and k > head.title_index and "publisher" not in out and (k - 1 in head.used \
                and lines[k - 1].kind == "meta" and is_credited_outlet(lines, k, head) or outlet_over_writer(lines, k)
                or between_byline_and_date(lines, k) and plausible_outlet(line.text)):
            out["publisher"] = line.text  # the outlet named under the dateline, or over the writer's name
        elif line.kind == "text" and k > 0 and lines[k - 1].rule == "META_LABEL":
            key = "publisher" if P.SOURCE_LABEL.match(lines[k - 1].text) else "author"
            if key not in out and (key == "author" or plausible_outlet(line.text)):
                out[key] = line.text  # the value under a byline label
        elif line.kind == "text" and k > head.title_index and "author" not in out and k + 1 < len(lines) \
                and (is_bare_date(lines[k + 1]) or is_card_row(lines[k + 1]) and lines[k + 1].meta.kind == "sep"
                     and len(line.text.split()) >= 2) \
                and (is_signed_name(line.text, 4) or writer_and_outlet(line.text)):
            both = writer_and_outlet(line.text)  # "Corinne Bell, The Ashford Courier" above "May 12, 2025 · 4 min read"
            out.update({"author": both[0], "publisher": out.get("publisher", both[1])} if both else {
                "author": line.text.removesuffix(".")})  # ("Delacroix, Amina." over "Paper. 13 May 2025: A.3.")
        elif line.kind == "text" and k > head.title_index and is_name(line.text, 5) and k + 1 < len(lines) \
                and lines[k + 1].kind == "meta" and lines[k + 1].meta.author and line.text != lines[k + 1].meta.author:
            # an outlet name right above a "By X | date" byline: the story's own credit, which beats a channel or
            # feed name above the title ("t/transit · 5 hr. ago"); a partner label's name ("News partner X")
            out["publisher"] = partner_credit(line.text) or line.text
    return out


def writer_like(name: str) -> bool:
    """A name that may be a writer's: four words at most, no digit, address or quotation mark ("1,2 тис.
    переглядів", "site.example" and "Published in «X»" are not)."""
    return is_name(name, 4) and not P.ANY_DIGIT.search(name) and not P.HOST_NAME.match(name) \
        and not P.QUOTE_MARK.search(name)


def read_time_row(line: Line) -> bool:
    """A "Name · 3 min read" meta row without a date ("Poziom B1 · 2 min czytania")."""
    return line.meta is not None and not line.meta.time and reading_time_row(line.text)


def credits_source(line: Line) -> bool:
    """A meta row with a labelled source field: "Zuhura Athumani · Agosti 24, 2026 · Chanzo: Mwangaza wa Pwani",
    "drwy Llais y Penrhyn3 awr yn ôl" (via), "From Corrib Weekly Standard · 25 November 2026"."""
    return line.meta is not None and bool(line.meta.outlet) and (
        P.VIA_PREFIX.match(line.text) is not None or without_from(line.text) != line.text or any(
            P.SOURCE_LINE.match(part) for part in P.META_SEPARATOR.split(line.text) if part and part.strip()))


def menu_item(lines: tuple[Line, ...], k: int) -> bool:
    """True when line k repeats an item of a menu list above it ("• Pwani" in the menu, "Pwani" over the headline):
    the section the story is filed under, not its outlet."""
    return any(line.kind == "list" and line.item == lines[k].text for line in lines[:k])


def copyright_holder(lines: tuple[Line, ...], start: int, end: int) -> str | None:
    """The outlet the first copyright notice in lines [start, end) names ("© 2013 Glenmoor Valley Echo. All rights
    reserved.")."""
    return next((name for k in range(max(0, start), min(len(lines), end))
                 if (m := P.COPYRIGHT_OUTLET.match(lines[k].text)) and is_name(name := m.group("name").strip(), 6)
                 and plausible_outlet(name)), None)


def writer_not_outlet(lines: tuple[Line, ...], head: Head, body: Body, out: dict[str, str]) -> dict[str, str]:
    """A "Name · date" row under the title names a writer, not the outlet, when the article credits an outlet
    elsewhere: a copyright notice right after the text ("© 2025 Nádasparti Hírlap.") or a bare name right above
    the headline (the outlet's logo)."""
    name = out.get("publisher")
    if name is None:
        return out  # (a bare dateline row names no outlet either: nothing to move)
    row = next((lines[k] for k in head.used if k > head.title_index and lines[k].meta is not None
                and lines[k].meta.kind == "sep" and lines[k].meta.outlet == name), None)
    if row is None or "author" in out or credits_source(row):
        return out  # ("· Chanzo: X": a labelled source field names an outlet, not a writer)
    above = lines[head.title_index - 1] if head.title_index else None
    credited = copyright_holder(lines, max(body.start, body.end - 2), body.end + 3)  # right after the text
    if credited is None:  # "PORT CALDER, May 13 (Bellstone Wire) - ..." under "Owen Marsh · date"
        credited = wire_agency(lines[body.kept[0]].text) if body.kept else None
    if credited is None:  # "Haberi Ege Postası sitesinde aç", "Source: X" after the text
        credited = (tail_source(lines, body) or {}).get("publisher")
    if credited is None and above is not None and above.kind == "text" and is_name(above.text, 4) \
            and plausible_outlet(above.text) and not P.SECTION_LABEL.match(above.text) and not crumb_last(above) \
            and not menu_item(lines, above.index):
        credited = above.text
    if credited is None or credited == name or not is_name(name, 4):
        return out
    return {**out, "author": name, "publisher": credited}


def is_bare_date(line: Line) -> bool:
    """A meta line giving only a time (maybe with a reading time): no outlet, no writer."""
    return line.kind == "meta" and line.meta is not None and bool(line.meta.time) \
        and not line.meta.outlet and not line.meta.author


def source_fields(name: str) -> dict[str, str]:
    """Outlet, time and author of a source credit's name part ("Weserland Kurier | 12.05.2025, 14:32 | Von X")."""
    name = unquoted(without_unknown_date(name.rstrip(" ")).rstrip(" .").split(". ")[0])  # "Mälarkuriren. Till
    # originalet": the link
    # text after the credit is not the name; "«X» qəzeti": the kind of paper outside the quotes is not either
    first, *rest = [part.strip() for part in P.META_SEPARATOR.split(name.strip()) if part.strip()]
    first = P.LOWER_ARTICLE.sub("", first)  # "first appeared in the Sandhurst Ledger": "the" is the sentence's
    out = {"publisher": P.PRESS_KIND_TAIL.sub("", without_unknown_date(without_trailing_symbols(first)))}  # "Originally
    # published in X on April 2, 2025", "Daga jaridar X 👇", "సౌజన్యం: X దినపత్రిక" (the kind of paper after it)
    meta = parse_meta(" · ".join(rest)) if rest else None
    if meta is not None:
        out.update({k: v for k, v in (("published", meta.time), ("author", meta.author)) if v})
    return out


def swapped_by_credit(lines: tuple[Line, ...], body: Body, publisher: str | None,
                      author: str | None) -> tuple[str | None, str | None]:
    """(publisher, author), swapped when a credit line names the "author" as the outlet: "हिमगिरि संवाद · नेहा बिष्ट ·
    date" (no case to tell the paper from the writer) over "यह ख़बर हिमगिरि संवाद से ली गई है"."""
    if publisher and author and author in credited_names(lines, body.start, body.end + CREDIT_TAIL):
        return author, publisher
    return publisher, author


def credited_names(lines: tuple[Line, ...], start: int, end: int) -> Iterator[str]:
    """The outlets the credit lines in [start, end) name, whatever kind the segmenter gave the line (a footer line, a
    link-out: "Licensed from X. © 2026 X.", "यह ख़बर X से ली गई है और ...")."""
    for k in range(max(0, start), min(len(lines), end)):
        if (m := P.SOURCE_LINE.match(lines[k].text)) is not None and (name := source_fields(m.group("name")).get(
                "publisher")):
            yield name


def narrower_credit(lines: tuple[Line, ...], body: Body, name: str | None) -> str | None:
    """The outlet a credit right after the text names, when the name read is it with a word or two glued on ("Full
    article from The Rideau Standard Center" over "Licensed from The Rideau Standard.": a bias chip's label)."""
    if not name or len(name.split()) < 3:
        return name
    start, end = max(body.start, body.end - 1), body.end + 3  # (a footer line may credit it too)
    credit = next(credited_names(lines, start, end), None) or copyright_holder(lines, start, end)
    extra = len(name.split()) - len(credit.split()) if credit else 0
    return credit if credit and name.startswith(credit + " ") and extra <= 2 and len(credit.split()) >= 2 else name


def in_chip_case(name: str | None, lines: tuple[Line, ...]) -> str | None:
    """The outlet's name as a meta row or chip spells it when the credit inflects it or puts an article before it
    ("pārpublicēts no “Liepājas Bākas”" and the chip "Partnera saturs · Liepājas Bāka")."""
    if not name:
        return name
    bare = name.strip("“”\"«»„")
    return next((line.meta.outlet for line in lines if line.meta is not None and line.meta.outlet
                 and spelled_as_chip(bare, line.meta.outlet)), name)


def with_article(name: str | None, lines: tuple[Line, ...]) -> str | None:
    """The outlet's name with the article a credit's contraction swallowed, when the page prints it so elsewhere
    ("pubblicato sul Faro di Barcola" and the chip "Il Faro di Barcola"; "im Spiegel" and "Der Spiegel")."""
    if not name or not name[:1].isupper() or len(name) > 60:
        return name
    pattern = P.NAME_ARTICLE_BEFORE.pattern + re.escape(name) + r"(?!\w)"
    for line in lines:
        if name in line.text and (m := re.search(pattern, line.text)):
            return m.group(0)
    return name


CUT_LETTERS = 4  # letters a selection that starts mid-word cuts off a name's start ("itdiep Courant" of "Reitdiep ...")


def uncut_credit(lines: tuple[Line, ...], name: str | None) -> str | None:
    """The whole name a source line of the dump gives when the name read is its tail, cut at the first line of a
    selection that began mid-word ("itdiep Courant · 4 uur geleden" above "Bron: Reitdiep Courant")."""
    if not name or not name[:1].islower() or not lines or name not in lines[0].text:
        return name
    for credit in credited_names(lines, 0, len(lines)):
        if credit.endswith(name) and 0 < len(credit) - len(name) <= CUT_LETTERS and credit[:1].isupper():
            return credit
    return name


def split_named_author(meta: dict[str, str], lines: tuple[Line, ...]) -> dict[str, str]:
    """"Lucía Barranco Diario del Sureste" as author and outlet, when the author's name stands alone elsewhere
    in the dump (an author box) and no author was read."""
    outlet = meta.get("publisher")
    if not outlet or "author" in meta:
        return meta
    for line in lines:
        name = line.text
        if 2 <= len(name.split()) <= 4 and outlet.startswith(name + " ") and len(outlet) > len(name) + 2:
            return {**meta, "author": name, "publisher": outlet[len(name):].strip()}
    return meta


def names_writer_and_outlet(line: Line) -> bool:
    """A byline that names both the writer and the outlet ("Deniz Aksoy / Ege Kıyı Gazetesi — 12 Mart 2025")."""
    return line.meta is not None and bool(line.meta.author and (line.meta.outlet or "," in line.meta.author))


def tail_source(lines: tuple[Line, ...], body: Body) -> dict[str, str] | None:
    """The fields of the first source credit in or right after the body: "Source: X", "Go to full article at X »",
    "Originally published in X on <date>", "Haberi X sitesinde aç" (link-outs read as article ends name X too)."""
    for k in range(body.start, min(len(lines), body.end + 6)):
        text = lines[k].text
        if lines[k].rule == "LINK_ROW" and (named := name_for_host(P.LINK_ROW.match(text).group("host"),
                                                                    (line.text for line in lines))) is not None:
            return {"publisher": named}  # "Link: tarrowadvocate.example/..." and "📰 The Tarrow Advocate" elsewhere
        if lines[k].kind in ("source", "article_end", "promo") and not lines[k].cells and (
                m := P.SOURCE_LINE.match(unemoji(text)) or P.OUTLET_MORE_LINK.match(text) or P.REPRINT_LINE.match(text)):
            return source_fields(m.group("name"))
        if (named := credited_outlet(text)) is not None:  # a "+ Follow X" button, an author bio
            return {"publisher": named}
    return footnote_source(lines, body)


FOOTNOTE_REACH = 15  # lines after the body where a reader view's numbered link list may credit the original


def footnote_source(lines: tuple[Line, ...], body: Body) -> dict[str, str] | None:
    """The original a reader view's footnote list names at or after the story's end: "5. Original article: X —
    https://..." (the list may still be read as part of the body)."""
    for k in range(body.start, min(len(lines), body.end + FOOTNOTE_REACH)):
        item = lines[k].item
        if lines[k].kind == "list" and P.ORIGINAL_CREDIT.match(item) and (m := P.SOURCE_LINE.match(item)) is not None:
            fields = source_fields(m.group("name"))
            if plausible_outlet(fields.get("publisher") or ""):
                return fields
    return None


def bare_name_above(lines: tuple[Line, ...], head: Head, name: str | None) -> bool:
    """True when the publisher read so far is only a bare name printed above the title (a logo, or a channel's or
    group's name over its post): weaker than a credit line."""
    return name is not None and any(k < head.title_index and lines[k].kind == "text" and lines[k].text == name
                                    for k in head.used)


ABOUT_BOX = 20  # lines above the title where a side box's "This article first appeared in X" may print in a dump
ABOVE_CREDIT = 10  # lines: a "Source: X" line this close above the title credits the story under it (an investor
# site's "Article in X", then its release row and the clipping's paper, date and page lines: 7 lines up)


def source_credit(lines: tuple[Line, ...], start: int, end: int, about: bool = False) -> str | None:
    """The outlet the first "Source: X" credit line in lines [start, end) names, if any (about: only a line that
    speaks of "this article", "This article first appeared in X")."""
    for k in range(max(0, start), min(len(lines), end)):
        if about and not P.ORIGINAL_CREDIT.match(lines[k].text) or lines[k].cells:
            continue  # (a table's header row "Zdroj | Titulek | Zaměření" names columns, no source)
        if lines[k].kind == "source" and (m := P.SOURCE_LINE.match(unemoji(lines[k].text))) is not None:
            name = source_fields(m.group("name"))["publisher"]
            return name if plausible_outlet(name) else None
    return None


def card_credit(lines: tuple[Line, ...], k: int) -> str | None:
    """The outlet a source card at line k names: a bare label ("Source", "About this source") over the name."""
    if not is_card_label(lines[k].text) or k + 1 >= len(lines) or lines[k + 1].kind != "text":
        return None
    name = lines[k + 1].text
    return name if is_name(name, 8) and plausible_outlet(name) else None


def read_on_credit(text: str) -> str | None:
    """The outlet a syndication card's "X Continue reading" row names (its logo's text before the button)."""
    m = P.OUTLET_READ_ON.match(text)
    name = m.group("name") if m else ""
    return name if name[:1].isupper() and is_name(name, 6) and plausible_outlet(name) else None


def writer_as_outlet(lines: tuple[Line, ...], body: Body, out: dict[str, str]) -> dict[str, str]:
    """The fields with a writer read as the outlet moved to the author, when the head row only named a person
    ("Alana Brooks · Thu, June 12, 2025 · 4 min read") and a source credit elsewhere names the outlet."""
    name = out.get("publisher")
    if not name or "author" in out or not is_person_name(name) or name.split()[0] in P.OUTLET_ARTICLES:
        return out
    tail = range(body.start, min(len(lines), body.end + CREDIT_TAIL))
    credit = source_credit(lines, 0, body.end + 6) or next((c for k in tail if (c := card_credit(lines, k)
                                                                                   or read_on_credit(lines[k].text))),
                                                            None) or footer_credit(lines, body) or next(
        (c for line in lines[:body.start] if (c := closing_credit(line.text))), None)
    if not credit or credit == name:
        return out
    personal = all(w[:1].isupper() and w[1:].islower() for w in name.split())  # ("Погода UA": a widget, no writer)
    return {**out, "publisher": credit, **({"author": name} if personal else {})}


NOTICE_CHARS = 300  # a notice over the story ("This article was translated automatically ... Original: X.")


def closing_credit(text: str) -> str | None:
    """The outlet a short notice's last sentence credits ("... mungkin mengandungi kesilapan. Artikel asal: X.")."""
    last = last_sentence(text) if len(text) <= NOTICE_CHARS else None
    m = P.SOURCE_LINE.match(last) if last else None
    name = source_fields(m.group("name"))["publisher"] if m else None
    return name if name and plausible_outlet(name) else None


def footer_credit(lines: tuple[Line, ...], body: Body) -> str | None:
    """The outlet an explicit content credit anywhere after the story names ("Contenuto fornito da X."), read when
    nothing nearer credits one: a portal prints it in its footer, past the teasers and the newsletter box."""
    for line in lines[body.start:]:  # ("Contenuto fornito da X", "Şu sahypadaky makalanyň çeşmesi: X gazeti, <date>")
        if (sentence := credit_sentence(line.text)) and (m := P.SOURCE_LINE.match(sentence)) is not None:
            name = source_fields(m.group("name").split(", ")[0])["publisher"]  # ("X, the weekly for Y")
            if plausible_outlet(name):
                return name
    return None


def labelled_source(lines: tuple[Line, ...], start: int, end: int) -> str | None:
    """The name under (or after) a bare source label in lines [start, end): "Publisher" / "X", "Outlet X"."""
    for k in range(max(0, start), min(len(lines) - 1, end)):
        text = lines[k].text
        if is_card_label(text) and lines[k + 1].kind == "text" and is_name(lines[k + 1].text, 8) \
                and plausible_outlet(lines[k + 1].text) and lines[k + 1].text[:1].isupper():
            return lines[k + 1].text
        label, _, name = text.partition(" ")
        if lines[k].kind == "text" and P.SOURCE_LABEL.match(label) and name[:1].isupper() and is_name(name, 8) \
                and plausible_outlet(name) and not P.SOURCE_LABEL.match(text) and not P.ANY_DIGIT.search(name):
            return name
    return None


PREVIEW_REACH = 4  # lines after the story within which a link preview of the original starts


def preview_card_outlet(lines: tuple[Line, ...], head: Head, body: Body) -> str | None:
    """The outlet of a link preview card under the story that repeats its headline: "پەیامنێری سلێمانی · ٢١ی
    کانوونی یەکەمی ٢٠٢٦" (a name and a dated part), then the headline itself; else None."""
    start = body.kept[0] + 1 if body.kept else body.end  # (under the post's first paragraph: a kicker row over the
    for k in range(start, min(len(lines) - 1, body.end + PREVIEW_REACH)):  # repeated headline is no preview)
        if (name := previewed_outlet(lines, k, head.title)) is not None:
            return name
    return None


def previewed_outlet(lines: tuple[Line, ...], k: int, title: str) -> str | None:
    """The name on line k when it opens a link preview of the story: "Name · <a dated part>" over the headline."""
    return preview_site(lines[k].text) if k + 1 < len(lines) and lines[k + 1].text == title else None


def without_preview_card(lines: tuple[Line, ...], kept: list[int], title: str) -> list[int]:
    """The kept lines without a link preview of the story inside them: its "Name · date" row and the cut lede under
    the repeated headline ("... سەرچنار…", an excerpt of the first paragraph)."""
    drop: set[int] = set()
    for k in kept:
        if previewed_outlet(lines, k, title) is not None:
            drop.add(k)
            lede = k + 2
            if lede < len(lines) and lines[lede].text.rstrip().endswith(ELLIPSES) and any(
                    lines[m].text.startswith(lines[lede].text.rstrip().rstrip(".…").rstrip()) for m in kept if m < k):
                drop.add(lede)
    return [k for k in kept if k not in drop] if drop else kept


def via_row_over_text(lines: tuple[Line, ...], head: Head, body: Body) -> str | None:
    """The outlet of a "via X · date" row between the headline and the story's first kept line, if any."""
    first = body.kept[0] if body.kept else head.body_start
    for k in range(head.title_index + 1, min(first, len(lines))):
        meta = lines[k].meta if lines[k].kind == "meta" else None
        if meta is not None and meta.outlet and P.VIA_PREFIX.match(lines[k].text) and plausible_outlet(meta.outlet):
            return meta.outlet
    return None


def _fill_fields(lines: tuple[Line, ...], head: Head, body: Body, meta: dict[str, str]) -> dict[str, str]:
    """Complete the head fields from credits in and right after the body ("Source: X", "Write to X at ...")."""
    out = writer_as_outlet(lines, body, dict(meta))
    if (credited := credited_row_near(lines, head)) is not None:
        out["publisher"] = credited  # "• Syndicated from Orkney Tidings · by Ewan Rendall" in the post's details list
    elif (previewed := preview_card_outlet(lines, head, body)) is not None:
        out["publisher"] = previewed  # a link preview of the original under the post: "X · <date>" / the headline
    if bare_name_above(lines, head, out.get("publisher")) and (credit := source_credit(lines, body.start,
                                                                                       body.end + 6)):
        out["publisher"] = credit  # "Source: The Ashgrove Clarion" after the text beats the channel's name above
    if "publisher" not in out and (credit := tail_source(lines, body)) is not None:
        out.update((k, v) for k, v in credit.items() if k not in out)
    if "publisher" not in out and (via := via_row_over_text(lines, head, body)) is not None:
        out["publisher"] = via  # "via Tabuleiro Digital · 23 de dezembro de 2026" over the story's first paragraph
    tail = range(body.start, min(len(lines), body.end + 6))
    for k in tail:
        text = lines[k].text
        if "publisher" not in out and (named := card_credit(lines, k)) is not None:
            out["publisher"] = named  # a source card: "Source" / "The Harbour Tribune", "לכתבה המקורית" / X
        if "author" not in out and (m := P.AUTHOR_CONTACT.match(text)):
            out["author"] = m.group("name").strip()
        card = lines[k].meta if lines[k].kind == "meta" else None
        if "publisher" not in out and card is not None and card.kind == "byline" and card.outlet and card.author \
                and out.get("author", card.author) == card.author and plausible_outlet(card.outlet):
            out["publisher"] = card.outlet  # the reporter card after the story: "김도윤 기자 청람일보"
        if "publisher" not in out and card is not None and card.outlet and k < body.end + 2 \
                and (label := P.VIA_PREFIX.match(text)) is not None and any(c in label.group() for c in ":：") \
                and plausible_outlet(card.outlet):
            out["publisher"] = card.outlet  # a labelled credit with its date closing the story: "來源：X，2026年12月21日"
    if "publisher" not in out and (sender := next((name for line in lines[:body.end]
                                                   if (name := forwarded_sender(line.text) or partner_credit(line.text))),
                                                  None)):
        out["publisher"] = sender  # a forwarded newsletter ("From: The Millrace Sentinel <briefing@...>"), a partner's
        # credit ("Live-Ticker vun eisem Partner De Séibuer")
    if "publisher" not in out and (credit := source_credit(lines, head.title_index - ABOVE_CREDIT, head.title_index)):
        out["publisher"] = credit  # an attachment card above the story: "Tùs: Guth nan Gleann, 3 Samhain 2025"
    if "publisher" not in out and (credit := next((name for k in range(max(0, head.title_index - ABOVE_CREDIT),
                                                                       min(len(lines), body.end + 6))
                                                   if (name := print_credit(lines[k].text))), None)):
        out["publisher"] = credit  # a clipping's "The Westmoor Business Post, 14 January 2026, page 27"
    if "publisher" not in out and (credit := labelled_source(lines, head.title_index - ABOVE_CREDIT, head.title_index
                                                             + ABOVE_CREDIT)) is not None:
        out["publisher"] = credit  # a document card's fields around the title: "Publisher" / "The Cray Valley Echo"
    if "publisher" not in out and (credit := source_credit(lines, head.title_index - ABOUT_BOX, head.title_index,
                                                           about=True)):
        out["publisher"] = credit  # an "About this article" box higher up: "This article first appeared in X and ..."
    if "publisher" not in out and (credit := footer_credit(lines, body)) is not None:
        out["publisher"] = credit  # "Contenuto fornito da X. Riproduzione riservata." in the page's footer
    if "publisher" not in out:  # a breadcrumb through the partner section above the title
        crumbs = (partner_crumb(lines[k].text) for k in range(max(0, head.title_index - 12), head.title_index))
        if (named := next((c for c in crumbs if c), None)) is not None:
            out["publisher"] = named
    out = writer_not_outlet(lines, head, body, out)
    agency = next((a for k in body.kept[:WIRE_REACH] if (a := wire_agency(lines[k].text))), None)
    if "publisher" not in out and agency:
        out["publisher"] = agency  # "BRAMBLE FORK, Idaho (Northstar Wire) — ...", maybe under a byline line
    if "publisher" not in out and (named := crumb_paper(lines, head)) is not None:
        out["publisher"] = named  # "Local › Bozeman › Gallatin Valley Sentinel": the partner's paper, last in the trail
    if "publisher" not in out and (named := caption_outlet(lines, (*head.used, *tail))) is not None:
        out["publisher"] = named  # "Photo: The Harbor Ledger", "Foto: Rafael Nunes/Correio do Cedro"
    if "publisher" in out:
        out["publisher"] = without_from(out["publisher"])  # a card's "From The Aire Valley Advertiser"
    if (host := out.get("publisher")) and P.HOST_NAME.match(host) and (
            named := name_for_host(host, (line.text for line in lines))):
        out["publisher"] = named  # "halvardreview.example" -> "The Halvard Review", printed elsewhere on the page
    return out


def credited_row_near(lines: tuple[Line, ...], head: Head) -> str | None:
    """The outlet a byline row around the title credits in words ("Syndicated from X · by Y", "via X · 3 May"):
    the original's name, over a site's own name in another row."""
    for k in range(max(0, head.title_index - ABOVE_CREDIT), min(len(lines), head.body_start + 2)):
        line, meta = lines[k], lines[k].meta
        if line.kind != "meta" or meta is None or not meta.outlet:
            continue  # (most lines: no regex read)
        text = P.BULLET.sub("", line.text, count=1).strip()  # ("• Syndicated from X · by Y": a details list's item)
        if P.SOURCE_START.match(text) and P.SOURCE_LINE.match(text) and plausible_outlet(meta.outlet):
            return meta.outlet
    return None


def crumb_paper(lines: tuple[Line, ...], head: Head) -> str | None:
    """The last item of a crumb trail above the headline when it reads as a paper's name ("... › Gallatin Valley
    Sentinel")."""
    return next((paper for k in range(max(0, head.title_index - ABOVE_CREDIT), head.title_index)
                 if (paper := trail_paper(lines[k].text))), None)


def caption_outlet(lines: tuple[Line, ...], indices: tuple[int, ...]) -> str | None:
    """The outlet a picture's credit names: a labelled caption's name ("Photo: The Harbor Ledger"), or the outlet
    after a photographer's name at a caption's end ("... Foto: Rafael Nunes/Correio do Cedro")."""
    for k in indices:
        if (m := P.CAPTION_LINE.match(lines[k].text)) and m.group("name"):
            return None if P.PHOTO_AGENCY_NAME.search(m.group("name")) else m.group("name").strip()  # (a studio's)
        credit = P.PHOTO_CREDIT_TAIL.search(lines[k].text) if lines[k].kind == "caption" else None
        if credit and "/" in credit.group("name") and plausible_outlet(name := credit.group("name").rsplit("/", 1)[1].strip()):
            return name
    return None


def to_blocks(lines: tuple[Line, ...], kept: tuple[int, ...]) -> tuple[Block, ...]:
    """Kept body lines -> paragraphs, headings and lists."""
    out: list[Block] = []
    items: list[str] = []
    ordered = False
    for n, k in enumerate(kept):
        line = lines[k]
        if line.kind == "list":
            ordered = ordered or not items and line.text[:1].isdigit()
            items.append(line.text if line.text[:1].isdigit() else line.item)  # keep "1." numbering as shown
            continue
        if items:
            out.append(Block("list", "\n".join(items), items=tuple(items), ordered=ordered))
            items, ordered = [], False
        nxt = lines[kept[n + 1]] if n + 1 < len(kept) else None
        if nxt is not None and _is_heading(line, nxt):
            out.append(Block("heading", line.text, level=2))
        else:
            out.append(Block("paragraph", line.text))
    if items:
        out.append(Block("list", "\n".join(items), items=tuple(items), ordered=ordered))
    return tuple(out)


def _is_heading(line: Line, nxt: Line) -> bool:
    """A short title-like line followed by a longer paragraph reads as a subheading."""
    return (line.kind == "text" and line.rule != "EMBED_ATTRIBUTION" and line.words <= 12 and is_title_like(line.text)
            and not line.text.endswith(("?", "!", "”", '"')) and nxt.words > line.words + 4)


def _roles(lines: tuple[Line, ...], sections: tuple[Section, ...], head: Head | None,
           body: Body | None) -> list[tuple[str, str]]:
    """(role, rule) for every line."""
    out: list[tuple[str, str]] = []
    kept = set(body.kept) if body else set()
    used = set(head.used) if head else set()
    for i, line in enumerate(lines):
        sec = next((s for s in sections if s.covers(i)), None)
        if head is not None and i == head.title_index:
            out.append(("title", "title:" + head.rule))
        elif i in used:
            out.append(("byline", "head:" + line.rule))
        elif i in kept:
            out.append(("body", "body:" + line.rule))
        elif line.kind in ("promo", "promo_header") or (sec is not None and sec.kind == "promo"):
            out.append(("promo", line.rule if sec is None else "section:promo"))
        elif sec is not None:
            out.append((sec.kind, "section:" + sec.kind + (":header" if i == sec.header else "")))
        elif body is not None and body.start <= i < body.end:
            out.append(("noise", "in-body:" + line.rule))
        else:
            out.append(("chrome", "outside-body:" + line.rule))
    return out


def markdown_title(text: str, lines: tuple[Line, ...]) -> Head | None:
    """A Markdown file that opens with '# Title' names its title: take it (re-reading our own output)."""
    first = next((raw for raw in text.splitlines() if raw.strip()), "")
    match = P.MD_HEADING.match(first)
    if not first.startswith("# ") or not match or not lines or lines[0].text != match.group(1).strip():
        return None
    return Head(0, lines[0].text, (), 1, "markdown-h1")


def lone_h1(text: str, lines: tuple[Line, ...], covered: frozenset[int]) -> Head | None:
    """The one level-one heading of a Markdown dump (html2text's "# Title", a screen reader's "heading level 1"),
    when it is a plain line outside every section: the page's headline."""
    h1s = [m.group(1).strip() for raw in text.splitlines() if raw.startswith("# ") and (m := P.MD_HEADING.match(raw))]
    if len(h1s) != 1:
        return None
    k = next((k for k, line in enumerate(lines) if line.text == h1s[0]), None)
    if k is None or k in covered or lines[k].kind != "text" or lines[k].words < 2:
        return None
    return Head(k, lines[k].text, (), k + 1, "markdown-lone-h1")


def _promos(lines: tuple[Line, ...], sections: tuple[Section, ...], body: Body | None) -> tuple[str, ...]:
    """Texts of every promo line and every line of a promo section."""
    return tuple(lines[i].text for i, (role, _) in enumerate(_roles(lines, sections, None, body)) if role == "promo")


def _explain(lines: tuple[Line, ...], sections: tuple[Section, ...], head: Head | None,
             body: Body | None) -> tuple[Decision, ...]:
    """One Decision per line: its first 80 characters, role and rule."""
    return tuple(Decision(text=lines[i].text[:80], role=role, rule=rule, where=f"line {i + 1}")
                 for i, (role, rule) in enumerate(_roles(lines, sections, head, body)))


__all__ = ["Teaser", "extract_text_dump"]
