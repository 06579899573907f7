"""Meta lines of text dumps: outlet names, times and bylines, glued or separated as innerText prints them."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from . import patterns as P
from .metadata import same_name

MetaKind = Literal["time", "read", "outlet", "sep", "byline", "glued"]


@dataclass(frozen=True)
class Meta:
    """What one meta line says: its shape plus the outlet, time and author it names."""

    kind: MetaKind
    outlet: str | None = None
    time: str | None = None
    author: str | None = None


def tidied_outlet(name: str | None) -> str | None:
    """The publisher's name as the page spells it in a title: without a logo's label or a chip's "Partner", printed once,
    without the lowercase article a credit's sentence puts before it ("first published by the X Chronicle")."""
    if not name:
        return name
    tidy = undouble(P.CHIP_LABEL.sub("", P.LOGO_LABEL.sub("", name)).strip())
    if tidy.startswith("the ") and tidy[4:5].isupper():
        tidy = tidy[4:]
    noun, _, rest = tidy.partition(" ")
    if noun in P.PRESS_NOUNS and rest[:1].isupper():
        tidy = rest  # "no jornal Gazeta do Dão": the sentence's common noun before the paper's name
    tidy = tidy.split("，")[0].split("、")[0].strip() or tidy  # "九龍街坊報 ，作者麥詠琪": the credit's next field
    if tidy[:1] in "«„“\"" and not any(mark in tidy[1:] for mark in "»“”\""):
        tidy = tidy[1:].lstrip()  # "«Лідскі летапіс": a quote the credit's name opened and the cut left open
    if len(tidy) > 2 and (tidy[0], tidy[-1]) in CJK_TITLE_MARKS:
        tidy = tidy[1:-1].strip()  # "《霞嶺日報》": a Chinese credit names a paper between book-title marks
    tidy = P.BRACKET_TAIL.sub("", tidy) or tidy  # "मिथिला बिहान (नेपाली)": the original's language, city or edition
    return tidy or name


LOWER_ARTICLES = frozenset(("the", "de", "het", "le", "la", "les", "der", "die", "das", "den", "dem", "il", "lo", "el",
                            "los", "las", "o", "os"))
CJK_TITLE_MARKS = frozenset({("《", "》"), ("〈", "〉"), ("「", "」"), ("『", "』")})


def reading_time_row(text: str) -> bool:
    """A "Name · 3 min read" row: a part after the first is a reading time ("Poziom B1 · 2 min czytania")."""
    return " · " in text and any(P.READ_TIME.match(part) for part in text.split(" · ")[1:])


def spelled_as_chip(credit: str | None, chip: str | None) -> bool:
    """True when a credit's name is the chip's (or provider row's) name as a sentence writes it: in another case
    ("Jizerském poslu" / "Jizerský posel") or after the sentence's article ("in de Groninger Grachtenpost")."""
    if not credit or not chip:
        return False
    article, _, rest = credit.partition(" ")
    return inflected_alike(credit, chip) or article in LOWER_ARTICLES and rest == chip


def inflected_alike(name: str | None, other: str | None) -> bool:
    """True when two spellings are one name in two grammatical cases ("Jizerském poslu" / "Jizerský posel",
    "Lüneburger Landboten" / "Lüneburger Landbote"): as many words, each pair opening alike (all but the shorter's
    last three letters, three at least)."""
    if not name or not other or name == other or len(words := name.lower().split()) != len(others := other.lower().split()):
        return False
    return all(a[:(n := max(3, min(len(a), len(b)) - 3))] == b[:n] for a, b in zip(words, others))


def undouble(name: str) -> str:
    """Collapse a name printed twice by a logo alt text plus a label ("CNBCCNBC" -> "CNBC")."""
    name = " ".join(name.split())
    half = len(name) // 2
    for cut in range(max(1, half - 1), min(len(name), half + 2)):  # the halves differ by one space at most
        left, right = name[:cut].strip(), name[cut:].strip()
        if left and left == right:
            return left
    return name


@lru_cache(maxsize=4096)
def as_time(text: str) -> str | None:
    """The time shown when the whole text is one ("time32 minutes ago" -> "32 minutes ago").

    Cached: a page asks about the same link and card texts several times (3,772 calls, 1,656 texts on ScrapingHub).
    """
    m = P.TEXT_TIME.match(text) or (text.endswith(".") and P.TEXT_TIME.match(text[:-1])) \
        or P.ZONED_CLOCK.match(text)  # "vor 5 Std.", "3 Min.", "3:12 PM ET"
    if not m and (":" in text or "：" in text):
        return labelled_time(text)
    return m.group("time").strip() if m else None


def labelled_time(text: str) -> str | None:
    """The time after a date label of one to three words in any language ("Ugefaang: 02.11.2025, 14:45",
    "Veröffentlicht: 02.11.2025", "Objavljeno: 3. 11. 2025")."""
    label, _, rest = text.replace("：", ":").partition(":")
    if not rest.strip() or not 1 <= len(label.split()) <= 3 or len(label) > 30 or not label.replace(" ", "").isalpha():
        return None
    m = P.TEXT_TIME.match(rest.strip())
    return m.group("time").strip() if m and P.ANY_DIGIT.search(m.group("time")) else None


def norm(text: str | None) -> str:
    """Casefolded text with whitespace collapsed ("" for None)."""
    return " ".join((text or "").split()).casefold()


def without_trailing_symbols(text: str) -> str:
    """Text without the pictographs and arrows that close it ("Fitilar Karkara 👇", "སྔོ་ལྗང་ཚགས་པར།")."""
    end = len(text)
    while end and (unicodedata.category(text[end - 1]) in ("So", "Sk", "Cf") or text[end - 1].isspace()
                   or text[end - 1] in "།༎"):  # (and a Tibetan shad: every phrase ends in one, names too)
        end -= 1
    return text[:end]


def unquoted(name: str) -> str:
    """The name inside quotes when only words without capitals (lower-case, caseless scripts, numbers) stand
    outside them ("«X» qəzeti" -> "X", "„X“" -> "X", "«X» ژۇرنىلى، 2026-يىللىق 1-سان" -> "X"); else the name."""
    m = P.QUOTED_NAME.match(name)
    if m is None or any(any(c.isupper() for c in part or "") for part in (m.group("before"), m.group("after"))):
        return name
    return m.group("name").strip()


def last_sentence(text: str) -> str | None:
    """The last sentence of a short notice of two or more (None for a single sentence or a long last one)."""
    head, sep, last = text.rstrip().rstrip(".").rpartition(". ")
    return last if sep and head and len(last) <= 80 else None


def count_words(text: str) -> int:
    """Words in a line; CJK counts one word per two characters, Thai, Lao, Myanmar and Khmer (written without
    spaces) one per four, and Tibetan one per syllable (each closed by a tsheg)."""
    n = len(text.split())
    if text.isascii():
        return n
    cjk = sum(1 for c in text if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    unspaced = sum(1 for c in text if "\u0e00" <= c <= "\u0eff" or "\u1000" <= c <= "\u109f" or "\u1780" <= c <= "\u17ff")
    return max(n, cjk // 2, unspaced // 4, text.count("\u0f0b"))


def plausible_outlet(name: str | None, labelled: bool = False) -> bool:
    """Whether a name read off a meta line can be an outlet: not a time or date, not a comment counter or share
    label, not a sentence in lower case ("Voce generata con l'intelligenza artificiale"); labelled: a source label
    and its colon name it, so a short name in sentence case is one ("Zdroj: Hanácké listy dnes")."""
    name = (name or "").lstrip("▶►▷🔊🎧 ")  # "▶ Ouvir notícia 4 min": a player button's label
    if name[:1] >= P.EMOJI_FLOOR and P.LEADING_EMOJI.match(name):
        return False  # a badge: "📌 Lugejate lemmik" (a pinned comment), "🔥 Trending"
    if not name or P.NOT_OUTLET.search(name) or as_time(name) or P.section_header_role(name) \
            or P.PROMO_LINE.match(name) or P.META_LABEL.match(name) \
            or P.SHARE_BAR.match(name) or P.AI_SUMMARY_LABEL.match(name) or P.FOLLOW_BUTTON.match(name) \
            or P.KEY_POINTS.match(name) or P.AI_TOOLBAR.match(name) or P.YEARLESS_DATE.match(name) \
            or P.READ_TIME.match(name) or P.ROLE_TITLE.search(name) and not titled_name(name) \
            or P.ai_label(name, len(name.split())) and P.AI_MARK.search(name):  # "Shrnutí článku (AI)"
        # "8 min lues"; "Health Correspondent" (but "The Hollywood Reporter" is a paper)
        # "Ascolta l'articolo", "Autor": labels; "واتساب فيسبوك إكس": share buttons; "May 11": a date
        return False
    if lower_case_words(name):
        return False  # "year" (from "Publication year 2025"), "new sources" (from "+ Follow new sources")
    if not any(c.isalpha() for c in name):
        return False  # a separator printed on a line of its own ("·"), a counter
    if ": " in name or P.DATE_SHAPED.match(name) or P.SLASHED_WORDS.search(name):
        return False  # a label and its value ("Rating from X: Misleading"); a date no month list knows; a category
        # path ("Science/Environment")
    words = [w for w in name.split() if w[:1].isalpha() and len(w) >= 4]
    return len(words) < 3 or sum(w[:1].islower() for w in words) * 2 <= len(words) \
        or labelled and len(name.split()) <= LABELLED_NAME_WORDS and name[:1].isupper()


LABELLED_NAME_WORDS = 4


def without_from(name: str) -> str:
    """A card's credit without its preposition: "From The Latah Creek Courier" -> "The Latah Creek Courier", "A
    Storyboard by The Kettle Valley Beacon" -> "The Kettle Valley Beacon"."""
    if (format_by := P.FORMAT_BY.match(name)) is not None:
        return name[format_by.end():]
    return name[5:] if name.startswith("From ") and name[5:6].isupper() else name


def credit_sentence(text: str) -> str | None:
    """The sentence of a footer's content credit that names the outlet ("This guide was first published by X and is
    republished with permission. Y does not give advice." -> its first sentence), or None when the text is no content
    or "source of this article" credit."""
    if not (P.CONTENT_CREDIT.match(text) or P.ORIGINAL_CREDIT.match(text)):
        return None
    return text if P.SOURCE_LINE.match(text) else text.split(". ")[0]


def lower_case_words(name: str) -> bool:
    """A few plain words all in lower case in a script that capitalises names (Latin, Greek, Cyrillic, Armenian; not
    Georgian) with no dot, digit or capital: words of a label or a sentence, not a name ("t3n", "heise.de" pass)."""
    return name.islower() and all(w.isalpha() for w in name.split()) and max(name) < "\u0590"


def credited_outlet(line: str) -> str | None:
    """The outlet a credit line names outside any source label: a source's "+ Follow X" button ("+ Theo dõi Báo Đồng
    Liên") or an author bio ("Maya Trent is the climate reporter for The Ostrander Review.")."""
    if line.startswith("+") and (m := P.FOLLOW_NAMED.match(line)) and plausible_outlet(m.group("name")):
        return m.group("name").strip()
    if len(line) <= 200 and (m := P.AUTHOR_BIO.match(line)) and plausible_outlet(m.group("outlet")) \
            and is_name(m.group("outlet"), 6):
        return m.group("outlet").strip()
    return None


def partner_crumb(line: str) -> str | None:
    """The outlet a breadcrumb through a partner section names ("Accueil › Partenaires › Le Courrier › Société")."""
    low = line.lower()
    if not any(w in low for w in P.PARTNER_WORDS) or (m := P.PARTNER_CRUMB.search(line)) is None:
        return None
    name = m.group("name").strip()
    return name if plausible_outlet(name) and is_name(name, 8) else None


def split_author_outlet(author: str | None) -> tuple[str | None, str | None]:
    """'Dana Whitcombe, The Harbor Ledger' -> ('Dana Whitcombe', 'The Harbor Ledger'), as bylines print both."""
    if not author or "," not in author:
        return author, None
    person, _, outlet = author.partition(",")
    return person.strip() or None, outlet.strip() or None


def preview_site(text: str) -> str | None:
    """The outlet of a link preview card's site row: a name, a middle dot and a dated part ("پەیامنێری سلێمانی · ٢١ی
    کانوونی یەکەمی ٢٠٢٦", "Sulaimani Courier · 21 December 2026"), else None."""
    name, dot, rest = text.partition(" · ")
    return name.strip() if dot and any(c.isdigit() for c in rest) and is_name(name, 5) and plausible_outlet(name) \
        else None


def is_name(text: str, max_words: int = 8) -> bool:
    """True for a short label that can be an outlet or person name (no sentence punctuation)."""
    text = text.strip()
    if not text or len(text) > 70 or len(text.split()) > max_words:
        return False
    return text[-1] not in ".,;:!?。" or (text[-1] == "." and len(text.split()[-1]) <= 3)


unemoji = P.without_icon  # a line without the emoji that opens it ("✨ Yapay zekâ ile oluşturulan özet")


def unglued_icon(text: str) -> str:
    """A title without the icon glued to its first word ("👉Fishing boats ...", a share sheet's copy); an emoji set
    off by a space ("🌧️ Saadaasha roobka ...") is the headline's own."""
    rest = P.without_icon(text)
    glued = rest != text and rest[:1].isalnum() and not text[len(text) - len(rest) - 1].isspace()
    return rest if glued else text  # (not a skin tone or a joiner: "👩🏽‍⚕️ Kooxo" is one emoji)


def is_person_name(text: str) -> bool:
    """Two or three capitalised words: how a writer's name looks on a dateline row ("Jana Horváthová")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


def is_signed_name(text: str, max_words: int) -> bool:
    """is_name for a writer's line that may end in a full stop ("Delacroix, Amina.": a record's surname first)."""
    return is_name(text.removesuffix("."), max_words)


META_CHARS = 160  # a meta line is this short; a longer row of fields is read up to its last separator before it


@lru_cache(maxsize=4096)
def parse_meta(text: str) -> Meta | None:
    """Parse a meta line (time, outlet logo, "Outlet · 5h", "By X - date", "Mint5 hours ago") or return None; a
    "Name · date · name.example" row whose host spells the name names the outlet, not a writer."""
    meta = read_meta(text)
    if meta is not None and meta.author and meta.outlet and P.HOST_NAME.match(meta.outlet) \
            and spells_host(meta.author, host_core(meta.outlet)):
        return replace(meta, outlet=meta.author, author=None)
    if meta is not None and meta.outlet and meta.outlet[:1] == "@" and (poster := P.HANDLE_POSTER.match(meta.outlet)):
        handle = poster.group("handle") if poster.group("rep") else "@" + poster.group("handle")  # ("@x (66)": a
        return replace(meta, kind="byline", outlet=None, author=meta.author or handle)  # blog chain's account name)
    return meta


def row_fields(text: str) -> str:
    """A row's first fields (a long info row cut at a separator) without the icons glued to its fields."""
    text = text.strip()
    if len(text) > META_CHARS:  # a long info row's first fields: "Veröffentlicht: X | Autor: Y | Tags: a, b, c ..."
        cut = max(text.rfind(" | ", 0, META_CHARS), text.rfind(" · ", 0, META_CHARS))
        text = text[:cut] if cut > 0 else ""
    if " · " in text and P.FIELD_ICON.search(text):
        text = P.FIELD_ICON.sub("", text).strip()  # "🗞️The Stromness Courant · ✍️Ingrid Flett · 🕒10 June 2026"
    return text


def without_credit_prefix(text: str) -> str:
    """A row without the words crediting the name that opens it: "A Storyboard by X · Oct 16, 2025" and a provider
    row's "from X · 27 Nov 2026 · x.example" read as X's rows."""
    if (format_by := P.FORMAT_BY.match(text)) is not None:
        return text[format_by.end():]
    if text[:5] in ("from ", "From ") and " · " in text:
        rest = text[9:] if text[5:9] == "the " else text[5:]  # ("From the Lowcountry Tide · by X": the name's own
        return rest if rest[:1].isupper() else text  # capitals after the sentence's article)
    return text


ROW_SEPARATORS = (" · ", " | ", " • ")


def read_meta(text: str) -> Meta | None:
    """parse_meta's grammar, line by line."""
    text = without_credit_prefix(row_fields(text))
    if not text:
        return None
    if (chip := P.PARTNER_CHIP.match(text)) is not None and not as_time(chip.group("name").strip()):
        name = chip.group("name").strip()  # "Partnera saturs · Liepājas Bāka": a partner story's chip; "Partner ·
        if not any(sep in name for sep in ROW_SEPARATORS):  # X · 5h": the row after the label
            return Meta("outlet", outlet=name) if is_name(name, 6) else None
        text = name
    if P.ANY_DIGIT.search(text):
        text = P.INLINE_COUNTER.sub(" ", text).strip()  # "青岚晚报 420评论 昨天": the comment counter between
        text = P.FONT_SIZE_TAIL.sub("", text)  # "Giriş: 14.03.2025 - 09:45 ... A- A+": the font-size buttons
    if text.count("：") >= 2:  # a CMS info bar whose fields lost their ideographic spaces: "来源：X 作者：Y 发布时间：Z"
        text = P.CJK_FIELD_BREAK.sub(" · ", text)
    if "\t" in text:  # a dateline row of cells: "منذ ساعتين" TAB "الخميس 12 يونيو 2025" TAB "مشاركة: واتساب · ..."
        text = " ".join(cell for cell in text.split("\t") if cell.strip() and not is_share_cell(cell))
        if not text:
            return None
    if ":" in text or "：" in text or text.rsplit(None, 1)[-1].lower() in P.SHARE_WORDS:
        text = without_share_label(text)
    if "ed by " in text and (adapted := P.ADAPTED_TAIL.search(text)) is not None:
        text = text[:adapted.start()]  # "By Orland Valley Post, adapted by Gradewise staff": the credit before it
    text = unglued_credit(text)  # "By X Originally published by Y May 3": two fields
    if (avatar := P.AVATAR_NAME.match(text)) is not None and avatar.group("name")[0] == avatar.group("initial") \
            and 2 <= len(words := avatar.group("name").split()) <= 4 and all(w[:1].isupper() for w in words):
        return Meta("byline", author=avatar.group("name"))  # "K Kirra Donnelly": the avatar's initial, then the writer
    if " - " in text or " – " in text:
        if (label := P.FEED_LABEL.match(text)) is not None and is_name(label.group("name"), 6) \
                and not label.group("name")[:1].islower():
            return Meta("outlet", outlet=label.group("name"))  # "Notícias - Revista Joystick Norte": the feed's name
    if (posted := P.POSTED_IN.match(text)) is not None and is_name(posted.group("name"), 4) \
            and (posted.group("time") is None or as_time(posted.group("time").strip())):
        return Meta("byline", author=posted.group("name"), time=(posted.group("time") or "").strip() or None)
    if P.EDIT_STAMP.match(text) is not None and (t := stamp_time(text)) is not None:
        return Meta("time", time=t)  # "Created by X, last modified on Dec 03, 2026": a wiki page's dateline
    updated = P.UPDATED_TAIL.search(text)  # "Publié le X Mis à jour le Y": the first time, tried only then
    if (t := as_time(text) or (updated and as_time(text[:updated.start()]))) is not None:
        return Meta("time", time=t)
    if P.READ_TIME.match(text):
        return Meta("read")
    if "actuali" in text and (rated := P.OUTLET_RATING_ROW.match(text)) is not None:
        return Meta("sep", outlet=rated.group("name").strip())  # "Nickel Belt Observer Center · High factuality"
    if (m := P.OUTLET_LOGO.match(text)) and is_name(m.group("name")):
        return Meta("outlet", outlet=undouble(m.group("name")))
    if (dated := followed_row(text)) is not None:
        return dated  # "The Carrow County Sentinel · Feb 5, 2026 + Follow": the row without its button
    if (name := follow_outlet(text)) is not None or (name := chip_outlet(text)) is not None:
        return Meta("outlet", outlet=name)
    if undouble(text) != " ".join(text.split()) and is_name(text, 12):
        return Meta("outlet", outlet=undouble(text))
    if (job := P.JOB_AT.match(text)) is not None and is_name(job.group("outlet"), 6) \
            and capitalised_name(name := job.group("outlet").strip()) and plausible_outlet(name):
        return Meta("outlet", outlet=name)  # "Education Reporter at The Calder Post · Covering schools"
    if "›" in text and (url := P.RESULT_URL.match(text)) is not None:
        return Meta("sep", outlet=url.group("host"))  # a search result's address row
    if not P.JA_CREDIT_LABEL.match(text) and (sep := _separated(text)) is not None:
        return sep  # ("取材・文：X": the label's own "・" separates no fields)
    if (b := P.TEXT_BYLINE.match(text)) and (staff := P.STAFF_CREDIT.match(b.group("name"))) \
            and is_name(staff.group("name"), 4):
        return Meta("byline", outlet=staff.group("name").strip())  # "By Northwire Reporters": the newsroom
    if b and (staffed := P.WRITER_AND_STAFF.match(b.group("name"))) is not None and is_name(staffed.group("writer"), 4):
        return Meta("byline", author=staffed.group("writer").strip(), outlet=staffed.group("outlet").strip())
    if b and (both := writer_and_outlet(b.group("name"))) is not None:
        return Meta("byline", author=both[0], outlet=both[1])  # "By A and B, Outlet"
    if b and is_name(b.group("name"), 6):
        author, time = dated_name(b.group("name"))
        if time and (both := bracketed_outlet(author)) is not None:
            return Meta("byline", author=both[0], outlet=both[1], time=time)  # "Por X (El Heraldo) · 12 may. 2025"
        if press_name(author):
            return Meta("byline", outlet=author, time=time)  # "By Orland Valley Post": the paper, credited as writer
        return Meta("byline", author=author, time=time)
    return _korean_dateline(text) or _cjk_dateline(text) or _named_then_labelled(text) or _glued(text) or _outlet_by_writer(text) \
        or _two_times(text) or _dated_source(text) or _cited_source(text) or _dated_writer(text) or _slash_credit(text) \
        or _comma_dated_source(text) or _dated_cjk_name(text)


def stamp_time(text: str) -> str | None:
    """The date of a wiki's page stamp: the first time after one of its connecting words ("... at Northgate, last
    modified on Dec 03, 2026" tries "Northgate, ..." then "Dec 03, 2026")."""
    return next((t for m in P.EDIT_STAMP_AT.finditer(text) if (t := as_time(text[m.end():].strip()))), None)


def _slash_credit(text: str) -> Meta | None:
    """The byline of an aggregator's headline row: "Priya Nandakumar / Ledgerline:" (writer, slash, outlet, colon)."""
    if not text.endswith(":") or (m := P.WRITER_SLASH_OUTLET.match(text)) is None:
        return None
    writer, outlet = m.group("writer").strip(), m.group("outlet").strip()
    if is_person_name(writer) and is_name(outlet, 6) and plausible_outlet(outlet):
        return Meta("byline", author=writer, outlet=outlet)
    return None


def _dated_writer(text: str) -> Meta | None:
    """A time, then the writer after "by" in the line's language ("May 3, 2025 by Dana Whitcombe", "02.02.2022,
    11:30 Uhr von Markus Steinrisser", "3 mai 2025 par Jean Dupont"): a blog's and a magazine's dateline."""
    if not P.ANY_DIGIT.search(text):
        return None  # (every dateline this reads holds a digit)
    words = text.split()
    for n in range(len(words) - 2, 0, -1):
        if words[n].lower() not in P.DATED_BY_WORDS:
            continue
        writer = " ".join(words[n + 1:])
        if (time := as_time(" ".join(words[:n]).rstrip(" ,;|·-–—"))) and is_person_name(writer) \
                and not P.TEAM_NAME.search(writer):
            return Meta("byline", author=writer, time=time)
    return None


def _dated_source(text: str) -> Meta | None:
    """A time, then a labelled source ("2025-06-12 08:35　来源：澜江日报 举报 跟贴 326")."""
    m = P.DATED_SOURCE.match(text) if ":" in text or "：" in text else None
    if m is None or not (time := as_time(m.group("time"))) or not is_name(m.group("name"), 6):
        return None
    return Meta("byline", outlet=m.group("name").strip(), time=time)


def _korean_dateline(text: str) -> Meta | None:
    """A Korean paper's dateline: "한벽루신문 김서연 기자 입력 2026.11.25 10:42" (paper, reporter, posted, time)."""
    m = P.KOREAN_DATELINE.match(text) if "기자" in text else None
    if m is None or not (time := as_time(m.group("time").strip())):
        return None
    return Meta("byline", outlet=m.group("outlet"), author=m.group("writer"), time=time)


CJK_NAME_CHARS = 15  # an outlet's name in Chinese or Japanese: "信州あずさ日報"


def _dated_cjk_name(text: str) -> Meta | None:
    """A date and time, then an outlet's name in Chinese or Japanese after a space ("2026年11月24日 18:05 信州あずさ日報":
    the full-width space between them became a plain one)."""
    head, _, name = text.rpartition(" ")
    if not head or not 2 <= len(name) <= CJK_NAME_CHARS or not all(P.CJK.match(c) for c in name):
        return None
    time = as_time(head)
    return Meta("sep", outlet=name, time=time) if time else None


def _cited_source(text: str) -> Meta | None:
    """A database citation row: "Outlet. Apr 2, 2025", "Outlet; Place [Place]. 13 May 2025: A.3."."""
    m = P.CITED_SOURCE.match(text) if ". " in text else None
    if m is None or not (time := as_time(m.group("time"))) or not is_name(m.group("name"), 6):
        return None
    return Meta("sep", outlet=m.group("name").strip(), time=time)


def _comma_dated_source(text: str) -> Meta | None:
    """A card's "Outlet, 14.09.2022" row: a capitalised name (no weekday: "Mi, 18. Oktober 2023"), a comma, a full
    date with its year. Under a headline the same shape is a dateline's place (see dateline_place)."""
    if text.count(", ") >= 2 and (credit := _dated_writer_credit(text)) is not None:
        return credit
    m = P.COMMA_DATED_SOURCE.match(text) if ", " in text else None
    if m is None or not (time := as_time(m.group("time").strip())) or not is_name(name := m.group("name").strip(), 6) \
            or not name[:1].isupper() or len(name) <= 3 and not name.isupper() or P.WEEKDAY_NAME.match(name) \
            or not plausible_outlet(name):
        return None
    return Meta("sep", outlet=name, time=time)


def _dated_writer_credit(text: str) -> Meta | None:
    """"Dale Whitcomb, The Bitterroot Ledger-Star, June 5, 2026": writer, outlet and date between commas, no "By"."""
    parts = text.split(", ")
    if (by := P.TEXT_BYLINE.match(parts[0])) is not None:
        parts[0] = by.group("name")  # "By Grace Oduya, Personal Finance Editor, The Harrowby Post HARROWBY, 12 January 2026"
    for cut in range(2, len(parts)):
        head, tail = ", ".join(parts[:cut]), ", ".join(parts[cut:])
        if P.ANY_DIGIT.search(tail) and (time := as_time(tail)) and (both := writer_and_outlet(head)) is not None \
                and is_person_name(both[0]):
            return Meta("byline", author=both[0], outlet=P.DATELINE_TOWN_TAIL.sub("", both[1]), time=time)
    return None


def dateline_place(text: str) -> bool:
    """True for a "Hamburg, 2. November 2021" row: in a story's head the name before the date is the dateline's
    place, not the outlet (in a card list the same shape names each card's outlet)."""
    return ", " in text and P.COMMA_DATED_SOURCE.match(text) is not None


def is_share_cell(cell: str) -> bool:
    """A cell of share buttons ("Share: WhatsApp · Facebook", "مشاركة: واتساب · فيسبوك")."""
    first = cell.split(None, 1)[0].rstrip(":：").lower() if cell.split() else ""
    return first in P.SHARE_WORDS or bool(P.SHARE_BAR.match(cell.strip()))


def without_share_label(text: str) -> str:
    """A dateline row without the share label closing it ("12 يونيو 2025 - 10:45 ص مشاركة: واتساب · فيسبوك" -> the
    date; "12 May 2025 Share" -> the date)."""
    words = text.split()
    for i, word in enumerate(words):
        if i and word.rstrip(":：").lower() in P.SHARE_WORDS and (word[-1] in ":：" or i == len(words) - 1):
            return " ".join(words[:i])
    return text


def _two_times(text: str) -> Meta | None:
    """A relative time and the full date in one row ("منذ ساعتين الخميس 12 يونيو 2025 - 10:45 ص", "2 hours ago
    Thursday, June 12, 2025"): the full date is the time."""
    if not has_wordy_time(text[:30]):
        return None
    words = text.split()
    for n in range(1, min(4, len(words) - 1) + 1):
        if as_time(" ".join(words[:n])) and (rest := as_time(" ".join(words[n:]))):
            return Meta("time", time=rest)
    return None


def _named_then_labelled(text: str) -> Meta | None:
    """An outlet's name followed by a labelled time ("Lumen Presse Publié le 14 mai 2025 à 10h15")."""
    m = P.NAME_THEN_LABEL.match(text)
    if m is None or not is_name(m.group("name"), 5) or not plausible_outlet(m.group("name")):
        return None
    rest = m.group("rest")
    updated = P.UPDATED_TAIL.search(rest)
    time = as_time(rest) or (updated and as_time(rest[:updated.start()]))
    if time and (b := P.TEXT_BYLINE.match(m.group("name"))) and is_name(b.group("name"), 6):
        return Meta("byline", author=b.group("name").strip(), time=time)  # "By X Published: date": a writer
    return Meta("sep", outlet=m.group("name").strip(), time=time) if time else None


def without_outlet(author: str | None, outlet: str | None) -> str | None:
    """The writer without the outlet's name glued after it ("By Aaron Feld Meridian Press Published: ...")."""
    writer = author[:-len(outlet)].rstrip(" ,;|·-–—") if author and outlet and author.endswith(" " + outlet) else ""
    return writer if len(writer.split()) >= 2 else author  # (a first name alone is no writer: "Jane Press")


def chip_outlet(text: str) -> str | None:
    """The outlet of a source chip, "Name domain.tld", when the domain spells the name (or its initials)."""
    m = P.SOURCE_CHIP.match(text)
    if m is None or not is_name(m.group("name"), 6):
        return None
    name, domain = m.group("name").strip(), m.group("domain").lower().replace("-", "")
    words = [w for w in re.split(r"[\W_]+", name.lower()) if w]
    spelled, initials = "".join(words), "".join(w[0] for w in words)
    agree = spelled in domain or len(domain) >= 4 and domain in spelled or spelled.startswith(domain) \
        or len(words) >= 2 and domain == initials
    return name if agree else None


WIRE_REACH = 3  # body lines searched for a wire dateline (a byline or standfirst line may come first)


def wire_agency(paragraph: str) -> str | None:
    """The agency named by a wire dateline opening a story ("BRAMBLE FORK, Idaho (Northstar Wire) — ..."), if any."""
    m = P.WIRE_DATELINE.match(paragraph)
    name = m.group("name").strip() if m and plausible_outlet(m.group("name")) else None
    return P.WIRE_NAMES.get(name, name) if name else None  # "LONDON (AP) —": the Associated Press


def date_in(text: str) -> re.Match | None:
    """The first date anywhere in the text (every date the grammar knows holds a digit: text without one is not
    searched)."""
    return P.DATE_IN_LINE.search(text) if P.ANY_DIGIT.search(text) else None


def undated_name(name: str) -> str:
    """An outlet's name without the date a credit prints after it ("The Lantern Quarterly on April 2, 2025")."""
    m = date_in(name)
    if m is None or m.end() < len(name.rstrip(" .")):
        return name
    before = name[:m.start()]
    if (ranged := P.DATE_RANGE_HEAD.search(before)) is not None:
        return before[:ranged.start()].strip(" ,") or name  # "X from Nov. 3 to Nov. 5, 2025"
    joined = P.DATE_CONNECTOR.search(before)  # only "X on <date>" / "X, <date>": never "Wed 14 May"
    head = before[:joined.start()].strip(" ,") if joined else ""
    return head or name


def without_unknown_date(name: str) -> str:
    """The name without the date printed after it: one the date rules read ("X on April 2, 2025"), else a trailing
    part holding a year in months no rule knows or in brackets ("X, 2026 ජනවාරි 15", "X (15 Janaayo 2026)"); a name
    that opens with a date stays whole."""
    found = date_in(name)
    if found is not None and found.start() == 0:
        return name
    undated = undated_name(name) if found is not None else name
    return P.YEAR_TAIL.sub("", undated) if undated == name else undated


def dated_name(name: str) -> tuple[str, str | None]:
    """A byline's name and the date printed right after it: "John Smith May 7, 2025" -> ("John Smith", "May 7, 2025")."""
    name = name.strip()
    m = date_in(name)
    if m is None or m.end() < len(name) or not (person := name[:m.start()].strip(" ,|·-–—")):
        return name, None
    return P.WRITER_TAIL.sub("", person) or person, m.group(0).strip()  # ("X@handle Nov 19": the handle goes)


def _outlet_by_writer(text: str) -> Meta | None:
    """"La Voce di Castelmirto di Giulia Ferrante 14 marzo 2025, 07:50 Lettura 3 min": outlet, writer and date."""
    m = P.OUTLET_BY_WRITER.match(text)
    if m is None or not is_name(m.group("outlet"), 6):
        return None
    rest = P.READ_TIME_TAIL.sub("", m.group("rest")).strip()
    time = as_time(rest)
    return Meta("byline", outlet=m.group("outlet"), author=m.group("author"), time=time) if time else None


def press_name(name: str) -> bool:
    """A paper's name where a writer's would be: three or more capitalised words ("Orland Valley Post"), or "The"
    and a name, ending in a press word ("Times", "Herald", "Gazette"); "Emily Post" is a person."""
    words = name.split()
    return bool(words) and "," not in name and words[-1].lower() in P.PRESS_WORDS and all(w[:1].isupper() for w in words) \
        and (len(words) >= 3 or len(words) == 2 and words[0] == "The")


def trail_paper(text: str) -> str | None:
    """The last item of a crumb trail when it reads as a paper's name ("Local › Bozeman › Gallatin Valley Sentinel"
    -> "Gallatin Valley Sentinel": a local news app files a partner's story under the paper), else None."""
    parts = P.CRUMB_SPLIT.split(text)
    return parts[-1].strip() if len(parts) >= 2 and paper_named(parts[-1].strip()) else None


def paper_named(name: str) -> bool:
    """A name that reads as a paper's: a press word closing it, or an article opening it ("L’Écho des Combes", "Der
    Illertaler Bote"), in two to six words."""
    words = name.replace("’", "' ").replace("'", "' ").split()
    return 2 <= len(words) <= 7 and is_name(name, 6) and (press_name(name) or words[0] in P.OUTLET_ARTICLES
                                                           or words[0] in ("L'", "l'"))


def writer_and_outlet(name: str) -> tuple[str, str] | None:
    """"Mariana Coutinho, da Gazeta de Vargem Serena" -> (writer, outlet): a byline naming both (the writer's job
    title between them aside: "Grace Oduya, Personal Finance Editor, The Harrowby Post"), or None."""
    person, comma, outlet = name.partition(",")
    if not comma and (m := P.WRITER_FOR.match(name.strip())) is not None:
        return writer_for_outlet(m.group("writer"), m.group("outlet"))
    if not comma and name.rstrip().endswith(")"):
        return bracketed_outlet(name)
    outlet = unquoted(P.OUTLET_CONNECTOR.sub("", outlet.strip()))  # ("Ирина Ветлугина, «Заветлужье сегодня»")
    role, sep, rest = outlet.partition(",")
    if sep and P.ROLE_TITLE.search(role) and rest.strip():
        outlet = P.OUTLET_CONNECTOR.sub("", rest.strip())  # "X, Personal Finance Editor, The Harrowby Post"
    writers = P.WRITERS_JOINER.split(person)[::3]  # "A and B, Outlet": each writer a name of its own
    if comma and all(is_name(w, 4) for w in writers) and len(writers) <= 3 and is_name(outlet, 8) \
            and outlet[:1].isalpha() and not outlet[:1].islower() and not P.ROLE_TITLE.search(outlet):  # (or caseless)
        return person.strip(), outlet
    return None


def bracketed_outlet(name: str) -> tuple[str, str] | None:
    """(writer, outlet) of "Iñaki Sarasola (El Heraldo de Valdemora)", "Jane Roe (AFP)": a person's name and, in
    brackets, a name of two or more capitalised words or a wire's initials; a one-word town ("(Berlin)") or a role
    ("(Staff Writer)") is no outlet."""
    m = P.BRACKETED_OUTLET.match(name.strip())
    if m is None or not is_person_name(m.group("writer")):
        return None
    outlet = m.group("outlet").strip()
    words = outlet.split()
    wire = len(words) == 1 and outlet.isupper() and 2 <= len(outlet) <= 6
    if not (wire or len(words) >= 2 and is_name(outlet, 8) and capitalised_name(outlet)) or P.ROLE_TITLE.search(outlet):
        return None
    return m.group("writer").strip(), outlet


def writer_for_outlet(writer: str, outlet: str) -> tuple[str, str] | None:
    """(writer, outlet) of "X for The Outlet": a person's name (capitalised words) and a capitalised name."""
    if is_person_name(writer) and is_name(outlet, 8) and capitalised_name(outlet) and not P.ROLE_TITLE.search(outlet):
        return writer.strip(), outlet.strip()
    return None


def capitalised_name(name: str) -> bool:
    """True when the name's first word past an article is capitalised ("the Guardian", "Die Koppiesdrif Koerant")."""
    return next((w for w in name.split() if w.lower() not in P.NAME_ARTICLES), "")[:1].isupper()


def _cjk_dateline(text: str) -> Meta | None:
    """Parse East Asian datelines printed without separators (outlet+date+reporter, time+配信+outlet)."""
    text = P.FOLLOW_SUFFIX.sub("", text)  # "青岚晚报 2025-03-14 08:30 记者 林晓雯 +关注": the follow button
    if (m := P.CJK_DATELINE.match(text)) is not None:
        outlet = m.group("outlet").rstrip("，、,")
        if (label := P.VIA_PREFIX.match(outlet)) is not None:  # "來源：街燈新聞社，2026年12月21日": a labelled credit
            return Meta("byline", outlet=outlet[label.end():], time=m.group("time"), author=m.group("author"))
        return Meta("byline" if m.group("author") else "sep", outlet=outlet, time=m.group("time"),
                    author=m.group("author"))
    if (m := P.CJK_REPORTER.match(text)) is not None and (not m.group("rest") or as_time(m.group("rest"))):
        return Meta("byline", author=m.group("author"), time=as_time(m.group("rest")) if m.group("rest") else None)
    if (m := P.KO_BYLINE.match(text)) is not None:
        return Meta("byline", author=m.group("author"), time=m.group("time"))
    if (m := P.KO_REPORTER_CARD.match(text)) is not None and not P.ANY_DIGIT.search(m.group("outlet")):
        return Meta("byline", author=m.group("author"), outlet=m.group("outlet"))
    if (m := P.JA_DELIVERED.match(text)) is not None:
        return Meta("sep", outlet=undouble(m.group("outlet")), time=m.group("time"))
    return None


NAME_ARTICLES = ("The ", "La ", "Le ", "Les ", "El ", "Il ", "Der ", "Die ", "Das ", "Het ")  # a title's article


def is_highlight_quote(text: str) -> bool:
    """A short quoted span of a story that an annotation hangs on ("“300 hectares”")."""
    return len(text.split()) <= 12 and text[:1] in "“\"«„‘'" and text[-1:] in "”\"»“’'"


def labelled_field(part: str) -> bool:
    """A filing field of a post's info row ("Abgelegt unter: Fotografie", "Category: X", "Tags: a, b"): no outlet."""
    return P.FILED_UNDER.match(part) is not None


def is_field(part: str) -> bool:
    """A part of an info row that reads as a field: "Label: value", a word or two (a section), a date-like part."""
    return ":" in part or "：" in part or len(part.split()) <= 2 or P.ANY_DIGIT.search(part) is not None


def titled_name(name: str) -> bool:
    """True for a name opening with an article ("The Dunmore Ledger", "La Voz del Valle"): an outlet's, no person's."""
    return name.startswith(NAME_ARTICLES)


KICKER_WORDS = 4  # a section or place kicker beside a credit in an info row


def credited_part(part: str) -> str | None:
    """The outlet one part of an info row credits: "Izvor: Glas Luga", "Чыганак: «X» газетасы", "来源：X།", or a name
    before the postposition "from" ("दैनिक गंगा संदेश से · X · date")."""
    if (named := P.NAME_FROM.match(part)) is not None and is_name(named.group("name"), 6):
        return named.group("name").strip()
    if (labelled := P.SOURCE_LINE.match(part)) is None:
        return None
    source = unquoted(P.PRESS_KIND_TAIL.sub("", without_trailing_symbols(labelled.group("name").strip())))
    return source.split()[0] if P.CJK.search(source) and " " in source else source  # "X 举报 跟贴 326": a CJK name
    # holds no space, what follows it are the bar's buttons


def writer_part(part: str, many: bool, source: str | None) -> tuple[str, str | None, str | None] | None:
    """(writer, outlet, date) a part of a byline row names: "By X" (with its date, or "for The Outlet"), "The X
    Ledger By Maren Oakes" (a logo's alt text before the byline, when no source was read), or, in a row of three
    parts or more, "김하늘 기자" (a reporter beside the outlet)."""
    if (b := P.TEXT_BYLINE.match(part)) and (is_name(b.group("name"), 6) or writer_and_outlet(b.group("name"))):
        author, dated = dated_name(b.group("name"))
        both = writer_and_outlet(author)  # "By X for The Outlet · 3 May 2025"
        return (both[0], both[1], dated) if both is not None else (author, None, dated)
    if source is None and (both := outlet_then_writer(part)) is not None:
        return both[1], both[0], None
    if many and (reporter := P.REPORTER_PART.match(part)) is not None:
        return reporter.group("name"), None, None
    return None


def _separated(text: str) -> Meta | None:
    """Parse "Outlet · 54m", "14m ago • 1 min read", "Story by X • Apr 11, 2025", "By X - 2025-08-15 08:33 - 11"."""
    parts = [P.ICON_GLYPHS.sub("", p).strip() for p in P.META_SEPARATOR.split(text) if p and p.strip()]
    if len(parts) < 2:
        return None
    time = author = source = None
    counted = False  # a counter among the parts ("612 words", "3 comments")
    read = False  # a reading time among the parts ("Jon Reyes | Calder Springs Dispatch | 3 min read")
    others: list[str] = []
    for part in parts:
        if source is None and (source := credited_part(part)) is not None:
            continue
        yearless = part if part is parts[-1] and (P.YEARLESS_DATE.match(part) or P.AM_PM_CLOCK.match(part)) else None
        if time is None and (t := as_time(part) or yearless) is not None:
            time = t  # "Mälarkuriren · 12 mars", "The Bay Trader · 6.10am": the last part may be a date without a year
            # or a clock with its am/pm ("June 9 – X" is not; "Coastline 7 · 1:42" is a video's length)
        elif P.READ_TIME.match(part) or P.READ_SPAN.match(part) or part.isdigit() or P.COUNTER_PART.match(part) \
                or P.LABELLED_COUNT.match(part) or as_time(part) is not None \
                or time is not None and P.CLOCK_TIME.match(part):
            read = read or bool(P.READ_TIME.match(part) or P.READ_SPAN.match(part))
            counted = True
            continue  # a reading time, a counter, or a second time ("· updated: 14.03.2025, 11:05")
        elif time is not None and P.UPDATED_TAIL.match(" " + part):
            continue  # "· updated 6.40am": the update's time after the date
        elif author is None and (found := writer_part(part, len(parts) >= 3, source)) is not None:
            author, outlet, dated = found
            source, time = outlet if outlet is not None else source, time or dated
        elif not labelled_field(part):  # ("Abgelegt unter: Fotografie", "Filed under: X": a field, no outlet)
            others.append(part)
    source, time = dated_name(source) if source is not None and author and time is None else (source, time)  # (the
    # date after a credited outlet: "By X · Originally published by Y August 19, 2026")
    if source is not None and (time is not None or author) and len(others) <= 1 and all(is_name(o, 5) for o in others):
        return Meta("byline", outlet=undouble(source), time=time, author=author or (others[0] if others else None))
    if source is not None and len(others) == 1 and len(others[0].split()) <= KICKER_WORDS and not counted:
        return Meta("sep", outlet=undouble(source))  # a section kicker and a credit: "Общество | Источник: X", "In
        # New South Wales · Source: X"
    if source is not None and others and all(is_field(o) for o in others):
        return Meta("sep", outlet=undouble(source), time=time)  # an info row of fields in words no rule knows:
        # "ޚަބަރުގެ މަސްދަރު: X · ރިޕޯޓްކުރީ: Y · 15 ޖަނަވަރީ 2026 · ލީގު" (reported by, a date, a section)
    if time is not None and author is None and len(others) == 2 and all(is_name(o, 5) for o in others):
        outlet_first = P.HOST_NAME.match(others[0]) or titled_name(others[0]) and not titled_name(others[1])
        writer, outlet = others[::-1] if outlet_first else others  # "site.example · Writer · date", "The X · Writer"
        return Meta("byline", outlet=undouble(outlet), time=time, author=writer)  # "Writer | Outlet | date"
    if read and time is None and author is None and len(others) == 2 and all(
            is_name(o, 5) and len(o.split()) >= 2 for o in others):  # "Writer | Outlet | 3 min read"
        return Meta("byline", outlet=undouble(others[1]), author=others[0])
    if time is None and author is None and not counted and len(parts) == 2 and len(others) == 2 \
            and is_person_name(others[0]) and paper_named(others[1]):
        return Meta("byline", outlet=others[1], author=others[0])  # "Chloé Vuillermoz – L’Écho des Combes"
    if read and time is None and author is None and len(others) == 1 and is_name(others[0], 5) \
            and len(others[0].split()) >= 2:
        return Meta("sep", outlet=undouble(others[0]))  # a read-later queue's row: "Schoolhouse Review · 6–7 minutes"
    if time is None and author is None and len(others) == 1 and counted and P.HOST_NAME.match(others[0]):
        return Meta("sep", outlet=others[0])  # "harrowgateledger.example · 612 words · 3 keyword hits"
    if (time is None and author is None) or len(others) > 1 or (others and not is_name(others[0])):
        return None
    outlet = undouble(P.VIA_PREFIX.sub("", P.FOLLOW_SUFFIX.sub("", others[0]))) if others else None
    return Meta("byline" if author else "sep", outlet=outlet, time=time, author=author)


def unglued_credit(text: str) -> str:
    """A byline with a credit glued on without a separator, split into two fields ("By X · Originally published
    by Y May 3"); other lines as they are."""
    if "ublished " in text and text.split(None, 1)[0].lower() in P.DATED_BY_WORDS \
            and (glued := P.GLUED_CREDIT.search(text)) is not None:
        return f"{text[:glued.start()]} · {text[glued.end():]}"
    if " Source: " in text and text.split(None, 1)[0].lower() in P.DATED_BY_WORDS:
        return text.replace(" Source: ", " · Source: ", 1)  # "By X November 28, 2026 Source: Y": spans run together
    return text


def outlet_then_writer(part: str) -> tuple[str, str] | None:
    """(outlet, writer) of "The Chequamegon Ledger By Maren Oakes" (a logo's alt text glued before the byline)."""
    both = P.OUTLET_THEN_BYLINE.match(part)
    if both is None or not is_name(both.group("outlet"), 6) or not plausible_outlet(both.group("outlet")):
        return None
    return both.group("outlet"), both.group("writer")


GLUED_HEADLINE_WORDS = 5  # a name glued to a date, with a colon inside, of this many words is a headline


def _glued(text: str) -> Meta | None:
    """Parse an outlet name with a time glued to its end ("Mint5 hours ago")."""
    split = glued_split(text) if may_end_in_time(text) else None
    if split is None:
        return _cjk_outlet_day(text)
    outlet, time = split
    if not is_name(outlet) or as_time(outlet) or P.IS_RELEASE_LABEL.search(outlet):
        return None  # (a label: "NEWS RELEASE 13-May-2025")
    if P.YEARLESS_DATE.match(time) and (not is_name(outlet, 3) or outlet[:1].isupper() and any(
            w[:1].islower() for w in outlet.split()[1:])):
        return None  # "... headlines for Nov. 19", "Spring registration opens Dec. 1" are headlines; "Ruth Calloway Mar
        # 11" a commenter and a date
    if (by := P.TEXT_BYLINE.match(outlet)) is not None and (writer := P.WRITER_TAIL.sub("", by.group("name"))) \
            and is_name(writer, 5):
        return Meta("byline", author=writer.strip(), time=time.strip())  # "เขียนโดย X 12 มิ.ย. 2568", "By X on May 3"
    if (both := outlet_then_writer(outlet)) is not None and is_name(both[1], 5):
        return Meta("byline", outlet=both[0], author=both[1], time=time.strip())  # "X By Y Nov. 22, 2026": a logo's
        # name, the byline and the date read into one line (a dump of spans without separators)
    if ": " in outlet and len(outlet.split()) >= GLUED_HEADLINE_WORDS:
        return None  # a card's headline over its date: "Polarisierende BH-Werbung: Kim Kardashian, Eisberge und
        # falsche Nippel 6. November 2023"
    return Meta("glued", outlet=undouble(P.VIA_PREFIX.sub("", outlet)), time=time.strip())  # ("drwy X3 awr yn ôl")


def _cjk_outlet_day(text: str) -> Meta | None:
    """A CJK outlet name and a day word ("青岚晚报 昨天", "汐見原日報 今日"): card rows print both without a separator."""
    name, _, day = text.rpartition(" ")
    if name and P.CJK.search(name) and is_name(name, 3) and as_time(day) and not P.ANY_DIGIT.search(name):
        return Meta("glued", outlet=name.strip(), time=day)
    return None


def glued_split(text: str) -> tuple[str, str] | None:
    """(outlet, time) for the shortest outlet (2-72 characters, one line) that a time is glued to.

    Unless a wordy time may be glued mid-word ("Reutersvor 5 Stunden"), the time can only start at a space, a
    digit, a capital after a small letter or a letter after a non-letter; trying those few points is 2-3x
    cheaper than trying every position. A time is at most GLUED_TIME_MAX characters long.
    """
    if not text or text[0].isspace():
        return None
    anywhere = has_wordy_time(text)
    start = max(2, len(text) - P.GLUED_TIME_MAX)  # a headline ending in "7H ago" was tried at 72 points: 1 ms
    if "\n" in text[1:start - 1]:
        return None
    for i in range(start, min(len(text), 73)):
        before, here = text[i - 1], text[i]
        if before == "\n":
            return None
        if before.isspace():
            continue
        if not anywhere and not (here.isspace() or here.isdigit() or here.isupper() and before.islower()
                                 or here.isalpha() and not before.isalpha()):
            continue
        if m := P.GLUED_TIME_TAIL.match(text, i):
            return text[:i], m.group("time")
    return None


def may_hold_time(text: str) -> bool:
    """Cheap necessary condition for parse_meta to find a time: a digit, or a time word (dates all have digits)."""
    if P.DIGIT.search(text):
        return True
    low = text.lower()
    return any(word in low for word in P.BARE_TIME_WORDS) or has_wordy_time(text, low)


def may_end_in_time(text: str) -> bool:
    """Cheap necessary condition for a glued time: a digit near the end, or a time word without digits."""
    return P.DIGIT.search(text, max(0, len(text) - P.GLUED_DIGIT_REACH)) is not None or has_wordy_time(text)


def has_wordy_time(text: str, low: str | None = None) -> bool:
    """True when a time word that may come without digits, or glued mid-word, is in the line (WORDY_TIME_HINT)."""
    low = text.lower() if low is None else low
    return any(n in low for n in P.WORDY_TIME_NEEDLES) and P.WORDY_TIME_HINT.search(text) is not None


def followed_row(text: str) -> Meta | None:
    """An "Outlet · date" row closed by a follow button, read without the button; None for any other line."""
    if not P.FOLLOW_SUFFIX.search(text) or not P.ANY_DIGIT.search(text):
        return None
    meta = parse_meta(P.FOLLOW_SUFFIX.sub("", text).strip())
    return meta if meta is not None and meta.outlet and meta.time else None


def follow_outlet(text: str) -> str | None:
    """The outlet of a "Name Follow" / "NameName Follow" line, else None."""
    if P.FOLLOW_SUFFIX.search(text):
        name = P.FOLLOW_SUFFIX.sub("", text).strip()
        return undouble(name) if is_name(name) and plausible_outlet(name) else None
    return None


def name_for_host(host: str, texts: Iterable[str]) -> str | None:
    """The name a page prints for a bare host name: a short name (a text, or a part of one after a dash or comma)
    whose letters are the host's first label ("The Harrowgate Ledger" for "harrowgateledger.example")."""
    core = host_core(host)
    if core in P.GENERIC_HOST_LABELS:
        return None
    texts = [t for t in texts if len(t) <= 160]
    if core[:4] not in "\n".join(texts).lower().replace(" ", ""):  # one test for the whole page first
        return None
    for text in texts:
        if core[:4] not in text.lower().replace(" ", ""):
            continue
        for part in P.NAME_PARTS.split(text):
            part = P.ATTRIBUTION_PREFIX.sub("", unemoji(part.strip()).strip())  # "More from The Fenwick Ledger"
            if (name := name_at_start(part, core)) and not P.HOST_NAME.match(name):
                return name
    return None


def without_mail_prefix(title: str | None) -> str | None:
    """A headline without the mailing list's tag and "Fwd:"/"Re:" markers of the message that carried it."""
    if not title or (m := P.MAIL_SUBJECT_PREFIX.match(title)) is None:
        return title
    return title[m.end():].strip() or title


def partner_credit(text: str) -> str | None:
    """The outlet a short "... from our partner X" credit line names, if any."""
    if len(text) > 160 or not any(n in text for n in P.PARTNER_NEEDLES):
        return None
    m = P.PARTNER_CREDIT.search(" ".join(text.split()))
    name = unquoted(m.group("name").strip()) if m else None
    return name if name and is_name(name, 6) and plausible_outlet(name) else None


def forwarded_sender(text: str) -> str | None:
    """The outlet a forwarded e-mail's "From: Name <address>" line names, when the address's host spells the name
    (a newsletter's sender, not a person writing from a mail provider)."""
    m = P.FORWARDED_FROM.match(text) if "@" in text else None
    if m is None:
        return None
    core = host_core(m.group("host"))
    names = [part.strip(" \"'") for part in P.SENDER_PARTS.split(m.group("name"))]  # "Service lecteurs — L’Écho du
    return next((name for name in names if spells_host(name, core) and plausible_outlet(name)), None)  # Causse"


def host_core(host: str) -> str:
    """A host's first label, without "www." and hyphens: the letters an outlet's name spells ("harrowgateledger")."""
    return host.casefold().removeprefix("www.").split(".")[0].replace("-", "")


def spells_host(name: str, core: str) -> bool:
    """True when a name's letters and digits are a host's first label, a leading "The" and accents aside
    ("pohjoisenpaiva" for "Pohjoisen Päivä", "mariukrantas" for "Marių krantas")."""
    key = "".join(c for c in name.casefold() if c.isalnum())
    folded = unaccented_letters(name)
    elided = unaccented_letters(P.ELIDED_ARTICLE.sub("", name))  # "L’Écho du Causse" for "echoducausse"
    return core in (key, key.removeprefix("the"), folded, folded.removeprefix("the"), elided)


def unaccented_letters(name: str) -> str:
    """A name's letters and digits, lower-cased, without accents: how a host name spells it ("Päivä" -> "paiva",
    "Héraðs" -> "herads")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(P.LETTER_SPELLINGS))
    return re.sub(r"\W+", "", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def name_at_start(part: str, core: str) -> str | None:
    """The fewest words opening a text whose letters are a host's first label: the whole text ("The Halvard
    Review", "homify") or, capitalised, its first words ("The Ashgrove Herald has a metered paywall, so…")."""
    words = part.lstrip("©®™»«•·|:–— ").split()  # "© Gartenjournal"
    for count in range(1, min(len(words), 6) + 1):
        name = " ".join(words[:count]).rstrip("™®")
        if spells_host(name, core) and is_name(name, 6):
            return name if count == len(words) or name[0].isupper() else None
        if len("".join(c for c in name.casefold() if c.isalnum())) > len(core) + 3:
            return None
    return None


def is_card_label(text: str) -> bool:
    """A bare "Source" label, or a bare link label to the original ("To the original article") over its card."""
    return bool(P.SOURCE_LABEL.match(text) or len(text.split()) <= 4 and P.TEXT_ORIGINAL_LINK.match(text))


def dated_headline(text: str) -> tuple[str, str, str | None] | None:
    """(date, headline, outlet or None) of a link that prints them in one line, separated by middle dots: "2025-12-05
    · Nova vortaro aperis rete · Verda Gazeto"; None when the first part is no date or the headline is short."""
    parts = [part.strip() for part in text.split(" · ")]
    if len(parts) not in (2, 3) or not as_time(parts[0]) or len(parts[1].split()) < 3:
        return None
    outlet = parts[2] if len(parts) == 3 and is_name(parts[2], 5) else None
    if len(parts) == 3 and outlet is None:
        return None
    return parts[0], parts[1], outlet


CREDIT_PARAGRAPHS = 3  # a republishing credit closes the story (its last paragraphs, before a closing appeal) or is
# a line the body left out
CREDIT_WORDS = 40
CREDIT_MIN_CHARS = 12  # a paragraph of the story, not a label ("Etikedoj:")
CREDIT_MIN_WORDS = 3  # a credit is a phrase ("រូបថត៖ X", "First appeared in X"); a name or label alone is not
CREDIT_TEASER_OUTLETS = 2  # an aggregator's teasers come from several outlets; one author's list is no sign


def credit_names(related: Iterable, own: list[str]) -> list[str]:
    """The outlets a page's dated teasers name ("… · Tagiĝo · 2025-12-01"), the site's own names left out; none when
    fewer than two outlets sign the teasers."""
    signed = [(t, (t.publisher or "").split(" · ")[0].strip()) for t in related if t.publisher]
    if len({name for _, name in signed}) < CREDIT_TEASER_OUTLETS:
        return []
    return list(dict.fromkeys(name for t, name in signed if (t.published or " · " in t.publisher)
                              and len(name) >= 4 and plausible_outlet(name) and not any(
                                  same_name(name, n) or name in n for n in own)))


def outlet_in_credits(names: list[str], texts: Iterable[str], paragraphs: list[str]) -> str | None:
    """The first of names that a credit names ("Ĉi tiu artikolo unue aperis en la revuo Tagiĝo", a caption's
    "រូបថត៖ កាសែតភ្នំធំ", in any wording): a short text among the story's last paragraphs or left out of it, never one
    in mid-story, no promo; a name the story itself mentions is a kicker ("Katar", "Python"), not an outlet."""
    prose = [p for p in paragraphs if len(p) >= CREDIT_MIN_CHARS]
    story = norm(" \n ".join(prose[:-CREDIT_PARAGRAPHS]))
    names = [name for name in names if norm(name) not in story]
    if not names:
        return None
    credits = [t for t in texts if any(name in t for name in names)]  # (most texts name none: that test goes first)
    credits = [t for t in credits if " · " not in t and " | " not in t and CREDIT_MIN_WORDS <= count_words(t) <= CREDIT_WORDS
               and norm(t) not in story and not P.APPEAL_LINE.match(u := unemoji(t)) and not P.TEXT_PROMO_LINE.match(u)]
    found = next((name for name in names if any(names_whole(t, name) for t in credits)), None)
    return f"The {found}" if found and not found.startswith("The ") and any(f"The {found}" in t for t in credits) \
        else found  # (the credit spells the name whole: "the editor of The Harwick Examiner")


def names_whole(text: str, name: str) -> bool:
    """True when text holds name after other words, not as part of a longer word ("readthedocs", "Timed-Nutrition")."""
    if text.startswith(name):
        return False  # (a credit's words lead to the name: "Photo:", "First appeared in", "Reprinted from")
    at = text.find(name)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(name):at + len(name) + 1]
        if not (before.isalnum() or before in "-_/.") and not (after and (after.isalnum() or after in "-_")):
            return True
        at = text.find(name, at + 1)
    return False

