"""Dumps saved by other tools (lynx, w3m, pandoc, pdftotext, html2text, screen readers) read back as plain dumps."""
from __future__ import annotations

import textwrap

from extractor.dumpform import read_dump, wrap_width
from extractor.model import Options
from extractor.textdump import extract_text_dump

PARAGRAPHS = (
    "A volunteer-run minibus will carry patients from the villages around Talgarth to the hospital and GP surgeries "
    "in Brecon twice a week from July, after a community transport group secured funding for a second vehicle.",
    "The Talgarth and District Community Transport group says the 12-seat bus will run on Tuesdays and Thursdays, "
    "stopping at Bronllys, Llyswen, Trefeca and Pengenffordd before reaching Brecon at about 10 a.m.",
    "Passengers will pay a flat £3 return fare, and anyone with a concessionary bus pass will travel free. Trips must "
    "be booked by 4 p.m. the day before, the group said on its website on Thursday.",
    "The group has 14 volunteer drivers on its books but needs at least eight more before the second minibus can run "
    "every week. Drivers need a full licence and will be trained by the group before their first trip.",
)
def normalise_dump(text: str) -> str:
    """The dump's text as read back."""
    return read_dump(text).text


TITLE = "Volunteer minibus to link Talgarth villages with Brecon hospital from July"


def wrapped(text: str, width: int, indent: str = "") -> str:
    """One paragraph as a text browser prints it."""
    return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)


def test_a_lynx_dump_reads_as_whole_paragraphs_without_link_numbers_or_references() -> None:
    """lynx -dump: paragraphs wrapped at 76 columns with a 3-space indent, "[N]" before each link's text, a
    "References" list at the end; the story's paragraphs come back whole, the list and the numbers gone."""
    body = "\n\n".join(wrapped(p.replace("The Talgarth", "The [13]Talgarth"), 76, "   ") for p in PARAGRAPHS)
    refs = "\n".join(f"  {n}. https://bulletin.example/page-{n}" for n in range(1, 15))
    dump = (f"   [1]Accept all [2]Choose cookies\n   [4]____________________ [5]Search\n\n     * [6]Home\n"
            f"     * [7]News\n\n{TITLE}\n\n{body}\n\n   [15]Summarise this story with AI\n\nReferences\n\n{refs}\n")
    text = normalise_dump(dump)
    for paragraph in PARAGRAPHS:
        assert paragraph in " ".join(text.split())
    assert "[13]" not in text and "References" not in text and "https://" not in text and "____" not in text
    doc = extract_text_dump(dump, url=None, options=Options())
    assert doc.title == TITLE and [b.text for b in doc.body] == list(PARAGRAPHS)


def test_footnote_numbers_stay_where_lynx_marks_go() -> None:
    """"heat[1]," and a "[1] Source ..." list are a page's footnotes, not lynx's link numbers."""
    dump = "\n".join(f"Line {n} about the heat plan[{n}], adopted on Monday." for n in range(1, 7)) + \
        "\n\n[1] Alarm fatigue: impacts on patient safety, 2015."
    assert normalise_dump(dump) == dump


def test_a_plain_dump_with_one_line_per_paragraph_passes_unchanged() -> None:
    """Our own dumps (and a browser's copy) hold each paragraph on one line: nothing is joined."""
    dump = f"{TITLE}\n\nBy Gwenllian Pryce\n\n" + "\n\n".join(PARAGRAPHS)
    assert wrap_width(dump.split("\n")) is None and normalise_dump(dump) == dump


def test_a_wrapped_line_ending_short_of_the_column_was_the_writers_break() -> None:
    """A line whose next word would have fitted was ended by the page (a byline, a caption), not by the wrap."""
    lines = wrapped(PARAGRAPHS[0], 72).split("\n") + ["By Dale Whitcomb", "Photo: The Ledger-Star"] + \
        [line for p in PARAGRAPHS[1:] for line in wrapped(p, 72).split("\n")]
    text = normalise_dump("\n".join(lines))
    assert "By Dale Whitcomb\nPhoto: The Ledger-Star\n" in text and PARAGRAPHS[0] + "\n" in text


def test_a_pandoc_dump_loses_its_underlines_and_keeps_its_wrapped_title_whole() -> None:
    """pandoc plain text: 72 columns, the title over "=====", subheadings over "-----": read as "# Title" and
    "## Subheading" (the lone level-one heading is then the title)."""
    title = "Stevensville to repaint its water tower after tests find lead in the old coat"
    head = wrapped(title, 72)
    dump = (f"{head}\n{'=' * 72}\n\nDale Whitcomb, The Bitterroot Ledger-Star, June 5, 2026\n\n"
            + "\n\n".join(wrapped(p, 72) for p in PARAGRAPHS[:2]) + f"\n\nPark closed\n{'-' * 11}\n\n"
            + "\n\n".join(wrapped(p, 72) for p in PARAGRAPHS[2:]) + "\n")
    text = normalise_dump(dump)
    assert f"# {title}" in text.split("\n") and "## Park closed" in text.split("\n")
    assert "====" not in text and "----" not in text
    assert extract_text_dump(dump, url=None, options=Options()).title == title


def test_printed_pages_lose_their_running_header_and_footer_and_a_cut_paragraph_joins() -> None:
    """pdftotext of a printed page: a header on top of every page, "address  1/2" at the foot, a form feed between
    pages, a paragraph cut by the break."""
    header, cut = "2026. 06. 14. 10:22   Megújul a sétány | Hírháló", PARAGRAPHS[1].index(" stopping")
    page1 = f"{header}\n\n{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1][:cut]}\n\nhttps://hirhalo.example/x      1/2\n"
    page2 = f"{header.replace('10:22', '10:23')}\n\n{PARAGRAPHS[1][cut + 1:]}\n\n{PARAGRAPHS[2]}\n\nhttps://hirhalo.example/x      2/2\n"
    text = normalise_dump(page1 + "\f" + page2)
    assert PARAGRAPHS[1] in text and "1/2" not in text and "2/2" not in text and "Hírháló" not in text


def test_a_screen_readers_log_reads_as_the_text_it_speaks() -> None:
    """Role words before names go ("link, X", "button, X"), structure lines go, "heading level 1, X" is "# X"."""
    dump = ("banner landmark\nlink, graphic, Κυκλαδική Ροή link, Σύνδεση\nnavigation landmark, Νησιά\nlist, 2 items\n"
            "link, Νάξος\nlink, Πάρος\nout of list\nmain landmark\narticle\nheading level 1, Νέα γραμμή για τα χωριά\n"
            "Κείμενο του άρθρου.\nbutton, Κοινοποίηση\n")
    assert normalise_dump(dump).split("\n") == ["Κυκλαδική Ροή Σύνδεση", "Νησιά", "Νάξος", "Πάρος",
                                                "# Νέα γραμμή για τα χωριά", "Κείμενο του άρθρου.", "Κοινοποίηση", ""]


def test_html2text_markdown_reads_as_plain_text() -> None:
    """Links by their text, linked images by their alt text, emphasis and "* " bullets undone; ATX headings kept."""
    dump = ("[![Causeway Current](/static/logo.svg)](/)\n\n  * [News](/news/)\n  * [Ferries](/ferries/)\n\n"
            "# Baddeck wharf to get a floating dock\n\nThe project will cost about **$1.1 million**, the "
            "[commission's plan](/documents/42/plan.pdf) says.\n\n_This story was first published by The Baddeck "
            "Beacon._\n")
    assert normalise_dump(dump).split("\n") == [
        "Causeway Current", "", "  • News", "  • Ferries", "", "# Baddeck wharf to get a floating dock", "",
        "The project will cost about $1.1 million, the commission's plan says.", "",
        "This story was first published by The Baddeck Beacon.", ""]


def test_w3m_buttons_read_as_their_labels() -> None:
    """w3m draws buttons as "[Label]" on lines of their own; a bracketed word inside a sentence stays."""
    dump = "[Понятно]\nВологодский дайджест\n[Найти]\n\nТекст [со ссылкой] в предложении.\n[Пересказать статью с помощью ИИ]\n"
    assert normalise_dump(dump).split("\n") == ["Понятно", "Вологодский дайджест", "Найти", "",
                                                "Текст [со ссылкой] в предложении.",
                                                "Пересказать статью с помощью ИИ", ""]


def test_a_screen_readers_form_fields_and_content_info_landmark_are_unspoken() -> None:
    """"edit, Email address Subscribe" is a field and its button; "content info landmark" opens the footer."""
    dump = "\n".join(["banner landmark", "list, 2 items", "link, Νάξος", "link, Πάρος", "out of list", "main landmark",
                      "edit, Διεύθυνση email button, Εγγραφή", "content info landmark", "link, Όροι χρήσης"])
    assert normalise_dump(dump).split("\n") == ["Νάξος", "Πάρος", "Διεύθυνση email Εγγραφή", "Όροι χρήσης"]


def test_a_w3m_rule_of_box_drawing_dashes_goes() -> None:
    """w3m draws <hr> as a row of "─"."""
    assert normalise_dump("Text before.\n" + "─" * 40 + "\nText after.") == "Text before.\n\nText after."


def test_lynx_numbers_between_adjacent_links_go_too() -> None:
    """"Artz4you[52]ESB[53]owayo": links side by side, each number glued to the link text before it."""
    dump = "\n".join(f"   [{n}]Link {n}" for n in range(1, 6)) + "\n   Partner: Artz4you[52]ESB[53]owayo\n"
    assert "Artz4youESBowayo" in normalise_dump(dump)


def test_the_lone_level_one_heading_of_a_markdown_or_spoken_dump_is_the_title() -> None:
    """html2text's "# Title" (or a screen reader's "heading level 1, Title") under a long menu is the headline; in a
    plain dump "# " opens a shell comment and proves nothing."""
    story = "\n\n".join(PARAGRAPHS)
    menu = "\n".join(f"  * [Section {n} of the site](/s/{n}/)" for n in range(1, 12))
    dump = f"[![Bannau Bulletin](/logo.svg)](/)\n\n{menu}\n\nTransport\n\n# {TITLE}\n\nBy Gwenllian Pryce\n\n{story}\n"
    assert extract_text_dump(dump, url=None, options=Options()).title == TITLE
    spoken = dump.replace(f"# {TITLE}", f"heading level 1, {TITLE}").replace("  * [", "link, [")
    assert extract_text_dump(spoken, url=None, options=Options()).title == TITLE
    plain = f"{TITLE}\n\nBy Gwenllian Pryce\n\n{PARAGRAPHS[0]}\n\n# ldd `which openssl` libssl.so => /usr/lib\n\n" \
        + "\n\n".join(PARAGRAPHS[1:])
    assert extract_text_dump(plain, url=None, options=Options()).title == TITLE


def test_a_markdown_dumps_h1_beats_a_credit_line_that_reads_like_a_headline() -> None:
    """A blog's html2text dump: a label, "# Title", a two-line credit of writers and their jobs, tags, an image
    heading, then the text: the lone "# " line is the title, not the credit (a real page of trafilatura's set did
    this: 89 of its first 400 pages as Markdown got a better title from their lone h1)."""
    title = "This County Ended Its Truancy Probation Program – Until Now"
    dump = ("[Jump to navigation](#nav) [Skip navigation](#main)\n\n[Speak Freely](/blog/)\n\n"
            f"# {title}\n\n\n\n[Mara Quinlan, Staff Attorney, Youth Justice Program](/bio/mq)  \n"
            "& Tomas Reyes, Director of Education Equity, Justice Foundations\n\nJuly 25, 2019 | 11:15 PM\n\nTags\n\n"
            "  * [School Discipline](/tags/1)\n  * [Juvenile Justice](/tags/2)\n\n## WEB19-Student-Test-BlogImage.jpg\n\n"
            "![A student at a desk](/img/1.jpg)\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert extract_text_dump(dump, url=None, options=Options()).title == title


def test_a_lynx_dumps_first_heading_at_the_margin_is_the_title() -> None:
    """lynx sets headings flush left and indents the rest by three: the first heading of two words or more at the
    margin is the headline, even under a menu of links and a label heading ("Transport")."""
    menu = "\n".join(f"     * [{n}]Section number {n} of the site" for n in range(1, 12))
    body = "\n\n".join(wrapped(p, 76, "   ") for p in PARAGRAPHS)
    dump = (f"   [20]Bannau Bulletin\n\n{menu}\n\nTransport\n\n   A feature on buses and the people who run them in "
            f"the valleys.\n\n{TITLE}\n\n   by Gwenllian Pryce\n\n{body}\n\nMore from the valleys\n\n"
            "     * [30]Crickhowell footbridge to close for repairs\n")
    assert extract_text_dump(dump, url=None, options=Options()).title == TITLE


def test_indented_code_with_array_indexes_is_no_lynx_dump() -> None:
    """"a[1]=", "[2]?" in an indented code listing are no link numbers."""
    from extractor.dumpform import is_lynx
    code = [f"    var x{n} = list[{n}]? list[{n}]: list[0];" for n in range(1, 12)]
    assert not is_lynx(code)


def test_a_short_lynx_title_beats_the_toggle_line_and_the_subheadings() -> None:
    """A blog post as lynx prints it (a real page of trafilatura's set did this): "[1]Toggle navigation [2]name", a
    menu, the two-word title at the margin, then subheadings at the margin between indented paragraphs."""
    body = "\n\n".join(wrapped(p, 76, "   ") for p in PARAGRAPHS)
    dump = ("   [1]Toggle navigation [2]anarcat\n\n     * [3]Bio\n     * [4]Blog\n     * [5]Contact\n\n"
            "CDPATH replacements\n\n    1. [6]blog\n\n" + wrapped("after reading [7]this post I figured I might as well "
            "bite the bullet and improve on my setup, especially because it does not work with Emacs.", 76, "   ")
            + f"\n\nWhat I use now\n\n{body}\n\nShell jumpers\n\n{body}\n")
    assert extract_text_dump(dump, url=None, options=Options()).title == "CDPATH replacements"


def test_a_printout_copied_without_form_feeds_loses_its_running_header_footer_hyphens_and_ligatures() -> None:
    """A printed page copied as text: the browser's print header comes again under each page's footer ("URL 1/2"),
    words are hyphenated at line ends ("städ-" / "tische") and typographic ligatures stand for "fi" and "fl"."""
    header = "23.11.26, 08:41   Lüneburg testet einen Rufbus | Reprintly"
    text = "\n".join([header, "", "Die städ-", "tische Verkehrsgesellschaft startet einen Probebetrieb, den der Stadtrat",
                      "am Donnerstag beschlossen hat und der vom Land \ufb01nanziert wird.", "",
                      "https://www.reprintly.example/de/rufbus 1/3", "", header, "", "Eine P\ufb02icht zur Buchung gibt "
                      "es nicht.", "", "https://www.reprintly.example/de/rufbus 2/3", "", header, "",
                      "Die Zeiten werden nach drei Monaten geprüft.", "", "https://www.reprintly.example/de/rufbus 3/3"])
    dump = read_dump(text).text
    assert "Reprintly" not in dump and "1/3" not in dump
    assert "städtische Verkehrsgesellschaft" in dump and "finanziert" in dump and "Pflicht" in dump
