"""Text segmentation for dumps: lines -> classified lines grouped into blank-separated blocks."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property

from . import patterns as P
from .text_meta import Meta, as_time, count_words, parse_meta

# Line kinds, in the order classify_line tries them; each maps to the pattern that decides it.
_RULES: tuple[tuple[str, str, object], ...] = (
    ("chrome", "WIKI_TAGLINE", P.WIKI_TAGLINE),  # (before the source rules: "From X, the free ..." credits nothing)
    ("comment_header", "COMMENT_HEADER", P.COMMENT_HEADER),
    ("comment_header", "TEXT_COMMENT_HEADER", P.TEXT_COMMENT_HEADER),
    ("comment_header", "VOTE_BAR", P.VOTE_BAR),
    ("related_header", "RELATED_HEADER", P.RELATED_HEADER),
    ("related_header", "TEXT_RELATED_HEADER", P.TEXT_RELATED_HEADER),
    ("related_header", "TAB_ROW_HEADER", P.TAB_ROW_HEADER),
    ("promo_header", "PROMO_HEADER", P.PROMO_HEADER),
    ("promo_header", "TEXT_PROMO_HEADER", P.TEXT_PROMO_HEADER),
    ("consent", "CONSENT_LINE", P.CONSENT_LINE),
    ("footer", "FOOTER_LINE", P.FOOTER_LINE),
    ("footer", "TEXT_COPYRIGHT_LINE", P.TEXT_COPYRIGHT_LINE),
    ("article_end", "TEXT_ORIGINAL_LINK", P.TEXT_ORIGINAL_LINK),
    ("chrome", "CHROME_LINE", P.CHROME_LINE),
    ("chrome", "COVERAGE_CHROME", P.COVERAGE_CHROME),
    ("chrome", "YOU_ARE_HERE", P.YOU_ARE_HERE),
    ("chrome", "PAGER_LINE", P.PAGER_LINE),
    ("chrome", "PAGE_OF_PAGES", P.PAGE_OF_PAGES),
    ("chrome", "ICON_ROW", P.ICON_ROW),
    ("chrome", "META_LABEL", P.META_LABEL),
    ("chrome", "HEADLINE_LABEL", P.HEADLINE_LABEL),
    ("chrome", "MORE_LINK", P.MORE_LINK),
    ("share", "SHARE_BAR", P.SHARE_BAR),
    ("share", "WIDGET_PROMPT", P.WIDGET_PROMPT),
    ("share", "FOLLOW_BUTTON", P.FOLLOW_BUTTON),
    ("promo", "AI_TOOLBAR", P.AI_TOOLBAR),
    ("promo", "AI_SPARKLE", P.AI_SPARKLE),
    ("promo", "PROMO_LINE", P.PROMO_LINE),
    ("promo", "APPEAL_LINE", P.APPEAL_LINE),
    ("promo", "COMMUNITY_APPEAL", P.COMMUNITY_APPEAL),
    ("promo_header", "SERVICE_HEADER", P.TEXT_SERVICE_HEADER),
    ("promo", "TEXT_PROMO_LINE", P.TEXT_PROMO_LINE),
    ("promo", "SPONSOR_LINE", P.SPONSOR_LINE),
    ("promo", "CTA_BUTTON", P.CTA_BUTTON),
    ("promo", "NOTIFY_PROMPT", P.NOTIFY_PROMPT),
    ("comment_chrome", "COMMENT_CHROME", P.COMMENT_CHROME),
    ("comment_chrome", "TEXT_COMMENT_CHROME", P.TEXT_COMMENT_CHROME),
    ("comment_action", "COMMENT_ACTION", P.COMMENT_ACTION),
    ("comment_action", "REACTION_ROW", P.REACTION_ROW),
    ("comment_action", "FORUM_PROFILE", P.FORUM_PROFILE),
    ("comment_action", "COMMENT_FOOTER", P.COMMENT_FOOTER),
    ("article_end", "ARTICLE_END", P.ARTICLE_END),
    ("article_end", "CREDIT_LINE", P.CREDIT_LINE),
    ("promo", "CLOSING_PROMO", P.CLOSING_PROMO),
    ("promo", "AFFILIATE_LINE", P.AFFILIATE_LINE),
    ("comment_action", "TEXT_COMMENT_ACTION", P.TEXT_COMMENT_ACTION),
    ("source", "LINK_ROW", P.LINK_ROW),
    ("source", "SOURCE_LINE", P.SOURCE_LINE),
    ("source", "OUTLET_MORE_LINK", P.OUTLET_MORE_LINK),
    ("source", "REPRINT_LINE", P.REPRINT_LINE),
    ("inline_teaser", "INLINE_TEASER", P.INLINE_TEASER),
    ("noise", "INLINE_NOISE", P.INLINE_NOISE),
    ("caption", "CAPTION_LINE", P.CAPTION_LINE),
    ("logo", "LOGO_LINE", P.LOGO_LINE),
    ("comment_says", "COMMENT_SAYS", P.COMMENT_SAYS),
)
HEADER_KINDS = frozenset({"comment_header", "related_header", "promo_header"})
GLUED_ROW_CHARS = 80  # a row of buttons glued together by the dump is short
_WIDGET_KINDS = frozenset({"comment_action", "share", "comment_chrome", "promo"})  # a bracketed button row may be one
# Kinds whose lines may also come as list items (a comment widget's buttons, a share list).
_BULLETED_KINDS = frozenset({"comment_action", "comment_chrome", "share", "noise", "comment_header"})
# Counters around a header: "3 comentários", "Kommentare (2)", "评论（2）", "コメント 4件", "댓글 3".


@dataclass(frozen=True)
class Line:
    """One non-blank line of a dump with its position, block and classification."""

    index: int              # position among the non-blank lines
    text: str               # the line, whitespace-trimmed
    block: int              # number of the blank-separated block it belongs to
    gap_before: bool        # a blank line precedes it
    kind: str               # see _RULES plus "meta", "list", "text"
    rule: str               # the pattern that decided the kind
    meta: Meta | None = None
    item: str = ""          # list item text without its bullet
    cells: bool = False     # the raw line held a tab between words: a table's or a menu's row of cells

    @cached_property
    def words(self) -> int:
        """Word count (CJK text counts one word per two characters, Thai-like scripts one per four)."""
        return count_words(self.text)

    @property
    def is_header(self) -> bool:
        """True for a section header (related, comments, promo)."""
        return self.kind in HEADER_KINDS


def is_address_row(line: Line) -> bool:
    """A search result's address row ("site.example › news › 2025/06"), read as a meta line naming the site."""
    return line.kind == "meta" and "›" in line.text and P.RESULT_URL.match(line.text) is not None


def header_text(text: str) -> str:
    """A line with its counter stripped, for header matching ("Kommentare (2)", "3 comentários")."""
    bare = P.HEADER_COUNT.sub("", text) or text
    return bare.strip(P.HEADER_BRACKETS) or bare  # "【関連記事】", "[Related]"


ICON_ROW_SYMBOLS = 2  # icons each before a label that make a short line a row of buttons, not a headline


def icon_row(text: str) -> bool:
    """A short row of buttons drawn with icons: "← Back 🎧 Listen to this story Highlight Tag Archive Aa", "👍 २.१ हजार
    👎 ↗ सेयर ⤓ डाउनलोड ⋯" (a headline holds an emoji or two, not an icon before each of its words)."""
    tokens = text.split()
    if len(tokens) > 14:
        return False
    icons = [all(not c.isascii() and unicodedata.category(c) in ("So", "Sm") for c in token) for token in tokens]
    return sum(1 for k in range(len(tokens) - 1) if icons[k] and not icons[k + 1]) >= ICON_ROW_SYMBOLS  # (icons each
    # before a label: "Ctrl＋Alt＋K" holds no icon of its own, "... ачылды 🎉🎉" ends in two)


MEMBER_LINE = 40  # characters of a channel's audience count on a line of its own


def glued_labels(text: str) -> bool:
    """True when a short line may be labels glued together: a capital after a lower-case letter ("commentsShare") or
    two glue points or more ("Suka214Sedih3"); one digit next to a letter ("5d", "2h ago") is a time's, not read twice."""
    return P.CAMEL_GLUE.search(text) is not None or len(P.GLUED_WORDS.findall(text)) >= 2


def classify_line(text: str) -> tuple[str, str, Meta | None, str]:
    """Return (kind, rule, meta, list item) for one trimmed line; a line in mathematical "fancy text" letters
    ("𝘉𝘺 𝘒𝘪𝘵 𝘍𝘦𝘳𝘳𝘢𝘣𝘺") is judged by its plain letters."""
    if P.FANCY_LETTERS.search(text):
        folded = unicodedata.normalize("NFKC", text)
        if folded != text:
            return classify_line(folded)
    return classify_plain(text)


def classify_plain(text: str) -> tuple[str, str, Meta | None, str]:
    """classify_line for a line without fancy letters."""
    bare = header_text(text)
    if len(text) <= 60 and P.AMOUNT_ROW.match(text):
        return "noise", "AMOUNT_ROW", None, ""  # a donation box's "50 kr 100 kr 200 kr"
    if P.homoglyph_copy(text):
        return "noise", "HOMOGLYPH_WORD", None, ""  # "Аdvеrtіѕе wіth thе most visited news site ..."
    if len(text) <= 2 * P.DECORATED_LABEL_CHARS and P.decorated_noise(text):
        return "noise", "INLINE_NOISE", None, ""  # "- Anzeige-", "*** Publicité ***"
    for kind, rule, pattern in _RULES:
        if pattern.match(bare if kind in HEADER_KINDS else text):  # type: ignore[attr-defined]
            if kind == "source" and (timed := parse_meta(text)) is not None and timed.time:
                return "meta", "META:" + timed.kind, timed, ""  # "via Outlet · 2 days ago": a teaser's meta row
            return kind, rule, None, ""
    if text[:1] == "[" and P.BRACKETED_BUTTONS.match(text) and (got := classify_plain(
            " ".join(text.replace("[", " ").replace("]", " ").split())))[0] in _WIDGET_KINDS:
        return got  # a text browser's buttons: "[Reply] [👍 72] [👎 18]" (a bracketed citation stays text)
    if len(text) <= GLUED_ROW_CHARS and text.count(" ") <= 2 and glued_labels(text) \
            and (got := classify_plain(P.GLUED_WORDS.sub(" ", text)))[0] in _WIDGET_KINDS:
        return got  # a button row whose labels the dump glued: "BagikanLINEWhatsAppFacebookSalin tautan"
    if P.divider_line(text):
        return "noise", "DIVIDER", None, ""  # "▼", "· · ·" between paragraphs (a press release's closing "###" is
        # its end, read above)
    if icon_row(text):
        return "share", "ICON_BUTTONS", None, ""  # "👍 २.१ हजार 👎 ↗ सेयर ⤓ डाउनलोड ⋯": a video's action buttons
    if len(text) <= MEMBER_LINE and P.ANY_DIGIT.search(text) and P.MEMBER_COUNT.match(text):
        return "chrome", "MEMBER_COUNT", None, ""  # a channel's audience under its name: "१.२ लाख सदस्य"
    if text.endswith(("…", "...")) and (" — " in text or " – " in text) and P.RESULT_SNIPPET.match(text):
        return "noise", "RESULT_SNIPPET", None, ""  # "3 tuntia sitten — Kaarnalan kaupunki on päättänyt ... …"
    if (emoji := P.LEADING_EMOJI.match(text)) is not None and len(text) > emoji.end() + 3:
        got = classify_line(text[emoji.end():])
        if got[0] not in ("text", "list"):
            return got  # "📌 Leggi anche: X", "✍️ Sara Colombo"
    if (icon := P.ICON_GLYPHS.match(text)) is not None and len(text) > icon.end() + 3:
        got = classify_line(text[icon.end():])
        if got[0] in ("related_header", "promo_header"):
            return got  # an icon-font glyph before a section title ("\ue8f4 Also in Read later"); a counter button
            # with one ("\ue0b7 953 Kommentare") opens no comment section
    bullet = P.BULLET.match(text)
    if bullet is not None:  # "• Reply", "• Share ›", "• 0": widget buttons printed as list items
        item = text[bullet.end():].strip()
        for kind, rule, pattern in _RULES:
            if kind in _BULLETED_KINDS and pattern.match(item):  # type: ignore[attr-defined]
                return kind, rule, None, ""
        if P.BARE_URL.match(item):
            return "noise", "BARE_URL", None, ""  # a numbered link footnote (a bare address on its own line is kept)
        if P.YOU_ARE_HERE.match(item):
            return "chrome", "YOU_ARE_HERE", None, ""  # "• Sou aquí:" over the crumbs, items of the list above
    meta = parse_meta(text)
    if bullet is not None and (meta is None or meta.kind == "glued"):  # "• By X", "• Posted May 13": a list item
        item_meta = parse_meta(text[bullet.end():].strip())
        labelled_time = item_meta is not None and item_meta.kind == "time" and (
            count_words(text) <= 7 or P.EDIT_STAMP.match(text[bullet.end():].strip()) is not None) \
            and item_meta.time != text[bullet.end():].strip()  # "• Posted May 13, 2025"; a bare "• 12:48" is a list
        meta = item_meta if item_meta is not None and (item_meta.kind == "byline" or labelled_time) else None
    if meta is not None and (bullet is None or meta.kind != "glued" and not headline_in_outlet(meta)):
        return "meta", "META:" + meta.kind, meta, ""
    if bullet is not None:
        return "list", "BULLET", None, text[bullet.end():].strip()
    return "text", "TEXT", None, ""


def headline_in_outlet(meta: Meta) -> bool:
    """True when the 'outlet' a bulleted "X — 19 Şubat 2025" row names is a headline plus outlet (seven words or
    more: outlet names are shorter): a list teaser, not the meta row under one."""
    words = (meta.outlet or "").split()
    return meta.kind == "sep" and (count_words(meta.outlet or "") >= 7 or len(words) >= 5 and sum(
        1 for w in words if w[:1].islower() and len(w) >= 3) >= 2)  # ("• Älvsbyn söker fler kontaktfamiljer
    # Pitebladet Direkt · 8 tim sedan": a sentence-case headline's words before the outlet)


WRAP_MIN = 25  # characters: a line this long, cut mid-sentence, over a line starting in lower case was wrapped


def unwrapped(text: str) -> list[str]:
    """The dump's raw lines with hard-wrapped runs joined: where a line of WRAP_MIN characters or more ends
    mid-sentence and the line under it starts in lower case, twice in a row at least (a paragraph of a PDF or a
    mail in fixed-width lines; a lone "via Outlet" or "by X" under a headline is no wrap)."""
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cont = [k > 0 and raws[k].lstrip()[:1].islower() and wraps(raws[k - 1]) for k in range(len(raws))]
    out: list[str] = []
    for k, raw in enumerate(raws):
        if cont[k] and (cont[k - 1] or k + 1 < len(raws) and cont[k + 1]):
            out[-1] = out[-1].rstrip() + " " + raw.strip()
        else:
            out.append(raw)
    return out


def ungridded(raws: list[str]) -> list[str]:
    """The raw lines with a grid of cards read column by column: where innerText joined a row of cards' titles, then
    their "Outlet · time" rows, then their summaries with tabs ("Title A<TAB>Title B" / "Outlet · 3 uur geleden<TAB>
    Outlet · 4 uur geleden" / ...), each card's lines come together again. A run is a grid only when one of its rows
    is all meta rows with a time (a data table's rows are not)."""
    out: list[str] = []
    k = 0
    while k < len(raws):
        width = raws[k].count("\t") + 1 if "\t" in raws[k].strip() else 0
        end = k
        while end < len(raws) and width > 1 and raws[end].count("\t") + 1 == width:
            end += 1
        rows = [[cell.strip() for cell in raw.split("\t")] for raw in raws[k:end]]
        if end - k >= 2 and any(all(meta_row(cell) for cell in row) for row in rows):
            out += [row[c] for c in range(width) for row in rows if row[c]]
            k = end
        else:
            out.append(raws[k])
            k += 1
    return out


def meta_row(cell: str) -> bool:
    """True for a card's "Outlet · 3 uur geleden" row."""
    meta = parse_meta(cell) if cell and len(cell) <= 80 else None
    return meta is not None and bool(meta.time) and bool(meta.outlet)


def wraps(line: str) -> bool:
    """True when a raw line may go on in the next one: long enough, no bullet, no closing punctuation at its end."""
    body = line.strip()
    return len(body) >= WRAP_MIN and not body.endswith(P.WRAP_CLOSERS) and P.BULLET.match(body) is None


def segment(text: str) -> tuple[Line, ...]:
    """Split a dump into classified non-blank lines, remembering blank-line blocks."""
    out: list[Line] = []
    block, gap = 0, False
    for raw in ungridded(unwrapped(text)):
        if not raw.translate(P.BLANK_LOOKALIKES).strip():
            gap = True  # (a line of Braille blanks or zero-width spaces only looks empty)
            continue
        stripped = " ".join(raw.split()).strip(P.BLANK_EDGES)  # (inside a line they stay: Burmese separates words
        if not stripped:  # with zero-width spaces)
            gap = True
            continue
        if gap and out:
            block += 1
        kind, rule, meta, item = classify_line(stripped)
        if "\xad" in stripped and kind in ("text", "list") and (
                bare := classify_line(stripped.replace("\xad", "")))[0] not in ("text", "list"):
            kind, rule, meta, item = bare  # a header or a meta row a hyphenation plugin broke up ("Cem\xadiye\xadtte
            # eñ çoq oqu\xadlğa\xadnlar"); text and list items keep their soft hyphens
        if kind == "source" and "\t" in raw and not P.SOURCE_LABEL.match(raw.split("\t", 1)[0]):
            kind, rule, meta, item = "text", "TEXT", None, None  # a details table's "Publication title<TAB>X" row
        if kind == "share" and "\t" in raw.strip() and P.FIGURE_ROW.match(stripped):
            kind, rule, meta, item = "text", "TEXT", None, ""  # a table's row of figures, not share counters
        if kind == "text" and column_heads(raw):
            kind, rule = "chrome", "COLUMN_NAME"  # "Date<TAB>Headline<TAB>Paper": a table's header row
        if kind == "text" and (row := lead_cell_item(raw)):
            kind, rule, item = "list", "LEAD_CELL", row[0]  # "11/23<TAB>Title": a table's dated or ranked row
        if kind == "list" and item and P.labelled_credit(item):
            stripped, kind, rule, item = item, "source", "SOURCE_ITEM", None  # a post's details list naming its
            # source among its date and tags ("• نقلاً عن: X", "• Source: X"): the credit, read without its bullet
        if kind == "meta" and P.EMBED_ATTRIBUTION.match(stripped):
            kind, rule, meta, item = "text", "EMBED_ATTRIBUTION", None, ""  # the quoted post's "— Name (@handle) date"
        if kind == "article_end" and out and out[-1].kind == "share" and stripped.lower() in P.SHARE_MORE:
            kind, rule = "share", "SHARE_MORE"  # "Teilen:" / "Mehr": the share widget's "more" button
        out.append(Line(len(out), stripped, block, gap, kind, rule, meta, item, "\t" in raw.strip()))
        gap = False
    return tuple(captions_under_alt(marker_over_meta(out)))


ROW_ITEM_CHARS = 8  # the text after a rank or date cell: a title, not a figure
DATE_CELL_CHARS = 30  # a date cell: "10. 6. 2025", "June 10, 2025 18:40"


def column_heads(raw: str) -> bool:
    """True for a table's header row: two or more tab-joined cells, each a column's name ("Date<TAB>Headline")."""
    cells = [cell.strip() for cell in raw.split("\t") if cell.strip()] if "\t" in raw else []
    return len(cells) >= 2 and all(P.COLUMN_NAME.match(cell) for cell in cells)


def lead_cell_item(raw: str) -> tuple[str, str | None] | None:
    """(second cell, the first if it is a date) of a table row whose first cell is a rank or a date ("1<TAB>Title",
    "11/23<TAB>Title", "10. 6. 2025<TAB>Title<TAB>summary<TAB>Outlet", "11/24 19:12<TAB>a comment"), else None; the
    line keeps its whole text (a ticker's times are no story's date: the row carries no meta)."""
    if "\t" not in raw:
        return None
    cells = [" ".join(cell.split()) for cell in raw.split("\t") if cell.strip()]
    if len(cells) < 2 or len(cells[1]) < ROW_ITEM_CHARS or P.FIGURE_ROW.match(cells[1]):
        return None
    if P.LEAD_CELL.match(cells[0]) or P.YEARLESS_DATE.match(cells[0]):  # ("27 Nov<TAB>Title<TAB>Paper")
        return cells[1], None if cells[0].isdigit() else cells[0]
    return (cells[1], day) if len(cells[0]) <= DATE_CELL_CHARS and (day := as_time(cells[0])) else None


LONE_BULLETS = frozenset("•▪◦‣")


def marker_over_meta(lines: list[Line]) -> list[Line]:
    """The lines with a list marker printed alone over a card's meta row ("•" / "Seacoast Ledger · 1 day ago" /
    headline) read as noise: the card opens with its meta row, as it does without the marker (a marker over a
    headline or a bare outlet name still separates title-first cards)."""
    return [replace(line, kind="noise", rule="LONE_BULLET") if line.text in LONE_BULLETS and k + 1 < len(lines)
            and lines[k + 1].kind == "meta" else line for k, line in enumerate(lines)]


ALT_WORDS = (3, 8)  # an image's alt text printed over its caption: a few words
CAPTION_WORDS = 20  # ... and the caption that repeats them and says a little more


def captions_under_alt(lines: list[Line]) -> list[Line]:
    """The lines with a short sentence that repeats the short line above it and goes on ("The Esplanade lagoon" /
    "The Esplanade lagoon on a summer afternoon.") read as a caption: a picture's alt text, then its caption."""
    out = list(lines)
    for k in range(1, len(out)):
        alt, line = out[k - 1], out[k]
        if alt.kind == "text" and line.kind == "text" and ALT_WORDS[0] <= alt.words <= ALT_WORDS[1] \
                and line.words <= CAPTION_WORDS and alt.text[-1:].isalnum() and line.text.startswith(alt.text + " ") \
                and line.text.endswith("."):
            out[k] = replace(line, kind="caption", rule="ALT_REPEATED")
    return out


def blocks(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], ...]:
    """Group lines into their blank-separated blocks."""
    groups: dict[int, list[Line]] = {}
    for line in lines:
        groups.setdefault(line.block, []).append(line)
    return tuple(tuple(g) for _, g in sorted(groups.items()))


def unmarkdown(text: str) -> str:
    """Read our own Markdown back as a dump: ATX heading marks and backslash escapes go, the words stay."""
    text = P.MD_QUOTE.sub("", P.MD_HEADING.sub(r"\1", text))
    return P.MD_ESCAPE.sub(r"\1", text)
