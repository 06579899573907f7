"""Dump forms: text saved by other tools, read back the way our own dumps read (one line per block, no tool marks).

lynx and w3m wrap lines at a column and number links, pandoc underlines headings, html2text writes Markdown, a
screen reader announces roles, a printed page repeats its header and footer on every page. Each form is recognised
by its own marks and undone; a dump without them passes through unchanged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P

WRAP_WIDEST = (30, 100)  # columns text browsers, pandoc and pdftotext wrap at (30-40: a phone's screen copied)
WRAP_NARROW = 60  # the narrowest column a dump in a CJK script is read as wrapped at
WRAP_SLACK = 14  # a wrapped line ends at most this many characters short of the column
WRAP_SHARE = 0.25  # of the lines of 20+ characters, at least this share end near the column
WRAP_OVER = 0.04  # and at most this share runs past it (an unbreakable address, a padded footer)
LYNX_MARKS = 5  # "[13]" link numbers before a dump is read as lynx's
SPOKEN_LINES = 5  # role announcements before a dump is read as a screen reader's log
BUTTON_LINES = 2  # lines of bracketed labels before a dump's "[Label]" lines are read as w3m's buttons
MARKDOWN_MARKS = 2  # Markdown links or images before a dump is read as Markdown


@dataclass(frozen=True)
class Dump:
    """A dump read back: its text, one line per block, and whether its tool marks headings (Markdown's "# Title",
    pandoc's "=====", a screen reader's "heading level 1", lynx's flush-left headings), so that a lone level-one
    heading names the page's headline (in another dump "# " opens a shell comment)."""

    text: str
    headed: bool


def read_dump(text: str) -> Dump:
    """The dump with its tool's marks undone (page furniture, column wrapping, link references, spoken roles,
    setext underlines, Markdown), each form recognised once on the raw lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    raw = text.split("\n")
    markdown, spoken, lynx = is_markdown(text), is_spoken(raw), is_lynx(raw)
    pages = text.split("\f") if "\f" in text else printed_pages(raw)
    lines = without_page_furniture(pages) if pages else raw
    lines = undoubled(unwrapped_columns(without_references_list(unquoted_mail(lines))))
    lines = [line.translate(LIGATURES) for line in dehyphenated(lines)] if pages else lines  # (a printout's type)
    lines = unbracketed_buttons(without_link_marks(margin_headline(lines) if lynx else lines))
    lines, titled = without_underlines(unspoken(lines) if spoken else lines)
    joined = "\n".join(lines)
    return Dump(unmarked(joined) if markdown else joined, markdown or spoken or lynx or titled)


DOUBLED_PAIRS = 3  # paragraphs printed twice in a row before a dump is read as one that doubles every paragraph
DOUBLED_WORDS = 15  # ... each a paragraph (a headline or a teaser title printed twice is another pattern, read elsewhere)


def undoubled(lines: list[str]) -> list[str]:
    """A dump that prints every paragraph twice in a row (a screen reader's hidden copy, then the visible one,
    copied together): each second copy of a paragraph gone."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    runs: list[list[int]] = []
    for k in filled:  # runs of the same non-blank line
        if runs and lines[runs[-1][0]].strip() == lines[k].strip():
            runs[-1].append(k)
        else:
            runs.append([k])
    pairs = [run for run in runs if len(run) == 2 and len(lines[run[0]].split()) >= DOUBLED_WORDS]
    if len(pairs) < DOUBLED_PAIRS or any(len(run) > 2 for run in runs):  # (exactly twice, each: not a filler
        return lines  # paragraph printed five times over)
    drop = {run[1] for run in pairs}
    return [line for k, line in enumerate(lines) if k not in drop]


QUOTED_SHARE = 0.5  # of a dump's non-blank lines, at least this share quoted ("> ") before the marks are undone


def unquoted_mail(lines: list[str]) -> list[str]:
    """A page pasted into an e-mail and forwarded: the "> " marks of its quoted lines gone (every level), and the
    "<https://...>" each link's address is printed in after its text."""
    text = [line for line in lines if line.strip()]
    if not text or sum(1 for line in text if line.lstrip().startswith(">")) < QUOTED_SHARE * len(text):
        return lines
    return [P.MAIL_LINK.sub("", P.MAIL_QUOTE.sub("", line)) for line in lines]


LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})  # an OCR'd printout's typographic ligatures
PRINTED_PAGES = 2  # running headers repeated this often, each under a page footer, make a printout without form feeds


def printed_pages(raw: list[str]) -> list[str] | None:
    """A printout copied without form feeds, cut into its pages: where its first line (the browser's print header,
    "23.11.26, 08:41   Title | Site") comes again right under a footer line ("https://... 1/5"); else None."""
    filled = [k for k, line in enumerate(raw) if line.strip()]
    if len(filled) < 2 * PRINTED_PAGES:
        return None
    header = masked(raw[filled[0]])
    repeats = [k for k in filled[1:] if masked(raw[k]) == header]
    if len(repeats) < PRINTED_PAGES:
        return None
    cuts = []
    for k in repeats:
        footer = max(i for i in filled if i < k)
        if not P.PRINT_FOOTER.match(raw[footer].strip()):
            return None
        cuts.append(footer + 1)
    bounds = [0, *cuts, len(raw)]
    return ["\n".join(raw[a:b]) for a, b in zip(bounds, bounds[1:])]


def without_page_furniture(pages: list[str]) -> list[str]:
    """The lines of printed pages (split at form feeds) without the header and footer each page repeats, a
    paragraph cut by a page break joined again."""
    split = [page.split("\n") for page in pages]
    first = next((line for line in split[0] if line.strip()), "")
    out: list[str] = []
    for page in split:
        page = trimmed_page(page, masked(first))
        if out and page and joins_across(out, page):
            last = max(i for i, line in enumerate(out) if line.strip())
            top = next(i for i, line in enumerate(page) if line.strip())
            out[last] = out[last].rstrip() + " " + page[top].strip()  # (a hyphen it cut: see dehyphenated)
            out, page = out[:last + 1], page[top + 1:]
        out.extend(page)
    return out


HYPHENATED = re.compile(r"[^\W\d_]{2}-$")  # a word cut at a printed line's end ("städ-")
HYPHEN_GAP = re.compile(r"([^\W\d_]{2})- (?!" + "|".join(("und", "oder", "bis", "sowie", "and", "or", "to", "et", "ou", "y",
                                                              "o", "e", "i", "a", "en", "of", "og", "och", "ili", "lub"))
                        + r"\b)([^\W\d_A-ZÀ-ÝĀ-Ž])")  # ... once the lines are joined ("städ- tische"; "Nord- und
# Südkorea" keeps its hyphen)


def dehyphenated(lines: list[str]) -> list[str]:
    """A printout's lines, unwrapped, with each word it hyphenated at a line's end whole again ("Die städ- tische",
    or "Die städ-" over "tische ..." where no wrapping was read -> "Die städtische")."""
    out: list[str] = []
    for line in lines:
        if out and HYPHENATED.search(out[-1].rstrip()) and HYPHEN_GAP.match(out[-1].rstrip()[-3:] + " " + line.strip()):
            out[-1] = out[-1].rstrip()[:-1] + line.strip()
        else:
            out.append(line)
    return [HYPHEN_GAP.sub(r"\1\2", line) for line in out]


def trimmed_page(page: list[str], header: str) -> list[str]:
    """One printed page's lines without its running header (the first page's first line again) and its footer."""
    text = [i for i, line in enumerate(page) if line.strip()]
    if text and masked(page[text[0]]) == header:
        page = page[:text[0]] + page[text[0] + 1:]
        text = [i for i, line in enumerate(page) if line.strip()]
    if text and P.PRINT_FOOTER.match(page[text[-1]].strip()):
        page = page[:text[-1]]
    return page


def masked(line: str) -> str:
    """A line with its digits masked and its blanks folded: page 2's header reads as page 1's."""
    return " ".join("".join("0" if c.isdigit() else c for c in line).split())


def joins_across(before: list[str], after: list[str]) -> bool:
    """True when a page break cut a paragraph: the text before it ends mid-sentence, the text after it starts in
    lower case."""
    last = next((line.strip() for line in reversed(before) if line.strip()), "")
    top = next((line.strip() for line in after if line.strip()), "")
    return bool(last and top) and not last.endswith(P.WRAP_CLOSERS) and top[:1].islower()


def wrap_width(lines: list[str]) -> int | None:
    """The column a dump's text was wrapped at, or None when its lines were not wrapped."""
    lengths = [len(line.rstrip()) for line in lines if len(line.strip()) >= 20 and " " in line.strip()]
    if len(lengths) < 8:
        return None
    wide = sum(1 for line in lines if P.CJK.search(line)) > 0.1 * len(lengths)  # (CJK lines are short unwrapped)
    for width in range(WRAP_NARROW if wide else WRAP_WIDEST[0], WRAP_WIDEST[1] + 1):
        slack = min(WRAP_SLACK, width // 3)  # (a narrow column leaves less room at a line's end)
        over = sum(1 for n in lengths if n > width)
        near = sum(1 for n in lengths if width - slack <= n <= width)
        if over <= WRAP_OVER * len(lengths) and near >= WRAP_SHARE * len(lengths):
            return width
    return None


def unwrapped_columns(lines: list[str]) -> list[str]:
    """Lines wrapped at a column joined again: where the next line's first word would have fitted on the line
    above, the break was the writer's; where it would not, the tool's."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and continues(lines[k - 1], line, width):  # (the raw line above: the joined one is longer)
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def continues(above: str, line: str, width: int) -> bool:
    """True when line is the wrapped rest of the line above: same indent, no bullet or rule, and its first word
    too long for the room left above."""
    if not above.strip() or not line.strip() or indent(line) != text_column(above) or P.BULLET.match(line) \
            or P.TEXT_RULE.match(line) or P.TEXT_RULE.match(above) or len(above.rstrip()) < width // 2:
        return False
    return len(above.rstrip()) + 1 + len(line.split()[0]) > width


def indent(line: str) -> int:
    """Leading blanks of a line."""
    return len(line) - len(line.lstrip())


def text_column(line: str) -> int:
    """The column a line's text starts at, after its bullet: where a wrapped list item's next line is indented to
    ("-   Hamilton library ..." over "    needs more room ...")."""
    bullet = P.BULLET.match(line)
    return bullet.end() if bullet else indent(line)


HEADLINE_WORDS = 2  # a lynx dump's first heading of this many words at the margin is taken for the headline
MARGIN_SHARE = 0.6  # of a lynx dump's text lines, at least this share indented: headings alone sit at the margin


def is_lynx(lines: list[str]) -> bool:
    """True for a lynx -dump: link numbers ("[13]"), and most lines indented, headings at the margin."""
    text = [line for line in lines if line.strip()]
    marks = sum(len(P.LYNX_MARK.findall(line)) for line in text)
    return marks >= LYNX_MARKS and sum(1 for line in text if line[:1] == " ") >= MARGIN_SHARE * len(text)


def margin_headline(lines: list[str]) -> list[str]:
    """A lynx dump with its first heading of HEADLINE_WORDS words or more (a line at the margin, no link number in
    it) marked as "# Title": lynx sets headings flush left and indents everything else."""
    for k, line in enumerate(lines):
        if line.strip() and line[:1] != " " and len(line.split()) >= HEADLINE_WORDS and not P.LYNX_MARK.search(line) \
                and not P.TEXT_RULE.match(line) and not P.REFERENCES_HEADER.match(line) \
                and P.section_header_role(line.strip()) is None:  # ("Top stories", "Comments (3)": a section's header)
            return [*lines[:k], "# " + line.strip(), *lines[k + 1:]]
    return lines


def without_references_list(lines: list[str]) -> list[str]:
    """A lynx dump without the "References" list of numbered addresses it appends."""
    start = next((i for i, line in enumerate(lines) if P.REFERENCES_HEADER.match(line)
                  and sum(1 for x in lines[i + 1:i + 4] if P.REFERENCE_LINE.match(x)) >= 2), None)
    if start is None:
        return lines
    return lines[:start] + [x for x in lines[start + 1:] if x.strip() and not P.REFERENCE_LINE.match(x)]


def without_link_marks(lines: list[str]) -> list[str]:
    """A lynx dump without its "[13]" link numbers and "[LINK]" placeholders; empty form fields ("____",
    "[      ]") go from any dump."""
    numbered = sum(len(P.LYNX_MARK.findall(line)) for line in lines) >= LYNX_MARKS
    out = []
    for line in lines:
        if numbered:
            line = P.LYNX_PLACEHOLDER.sub("", P.LYNX_MARK.sub("", line))
        out.append(P.FORM_FIELD.sub("", line) if "__" in line or "[ " in line else line)
    return out


def unbracketed_buttons(lines: list[str]) -> list[str]:
    """w3m's buttons by their labels: "[Понятно]" -> "Понятно" (a link in brackets inside a sentence stays)."""
    if sum(1 for line in lines if P.BRACKET_BUTTONS.match(line)) < BUTTON_LINES:
        return lines
    return [line.replace("[", "").replace("]", "") if P.BRACKET_BUTTONS.match(line) else line for line in lines]


def unspoken(lines: list[str]) -> list[str]:
    """A screen reader's log as the text it reads out: structure announcements dropped, role words before names
    removed, headings as Markdown ones ("heading level 1, Title" -> "# Title")."""
    return [P.SPOKEN_ROLE.sub("", P.SPOKEN_LANDMARK.sub("", spoken_heading(line))) for line in lines
            if not P.SPOKEN_STRUCTURE.match(line)]


def is_spoken(lines: list[str]) -> bool:
    """True for a screen reader's log: role announcements on SPOKEN_LINES lines or more."""
    return sum(1 for line in lines if P.SPOKEN_STRUCTURE.match(line) or P.SPOKEN_ROLE.match(line.strip())) >= SPOKEN_LINES


def is_markdown(text: str) -> bool:
    """True for html2text-style Markdown: MARKDOWN_MARKS links or images at least."""
    return len(P.MD_LINK.findall(text)) + len(P.MD_IMAGE.findall(text)) >= MARKDOWN_MARKS


def spoken_heading(line: str) -> str:
    """"heading level 2, Title" as the Markdown heading "## Title" (the title finder reads a lone "# " line)."""
    m = P.SPOKEN_HEADING.match(line)
    return "#" * int(m.group("level")) + " " + line[m.end():] if m else line


def without_underlines(lines: list[str]) -> tuple[list[str], bool]:
    """(lines, whether a level-one heading was underlined): setext headings ("Title" over "=====", "Subhead" over
    "-----") as ATX ones ("# Title", "## Subhead"), other rules drawn in text left out."""
    out: list[str] = []
    titled = False
    for line in lines:
        if P.TEXT_RULE.match(line):
            level = underlined_level(out[-1] if out else "", line)
            if level:
                out[-1] = "#" * level + " " + out[-1].strip()
                titled = titled or level == 1
            out.append("")
        else:
            out.append(line)
    return out, titled


def underlined_level(above: str, rule: str) -> int:
    """1 for "=====" and 2 for "-----" right under a line of text (a setext heading), else 0."""
    mark = rule.strip()[:1]
    if not above.strip() or P.TEXT_RULE.match(above) or above.lstrip().startswith("#") or mark not in "=-" \
            or set(rule.strip()) != {mark}:
        return 0
    return 1 if mark == "=" else 2


def linked_alt(image: re.Match[str]) -> str:
    """A Markdown image's replacement: its alt text when it is a link's text ("[![Causeway Current](logo.svg)](/)"),
    else nothing (a photo: "![Dry riverbed in July](rizana.jpg)")."""
    return image.group(1) if image.start() and image.string[image.start() - 1] == "[" else ""


def unmarked(text: str) -> str:
    """html2text-style Markdown as plain text: a picture gone (its alt text is no text the page shows) but a linked
    one by its alt text (a logo's name), links by their text, emphasis and table rules gone, "* " bullets as "• "
    (ATX headings stay for the title finder)."""
    text = P.MD_LINK.sub(r"\1", P.MD_IMAGE.sub(linked_alt, text))
    text = P.MD_EMPHASIS.sub(r"\2", P.MD_STRONG.sub(r"\2", text))
    return P.MD_BULLET.sub(r"\1• ", P.MD_TABLE_RULE.sub("", text))
