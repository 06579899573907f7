"""Unit tests for the Markdown, text and JSON renderers on hand-built Documents."""
from __future__ import annotations

import html
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from extractor.model import Block, Document, Link
from extractor.render import RenderOptions, error_record, render_body, render_markdown, render_text, to_record
from extractor.render.json import FIELDS, dumps_line
from extractor.render.markdown import front_matter, render_paragraph, render_table, yaml_string

GFM = MarkdownIt("commonmark").enable("table")


def md(*blocks: Block, title: str | None = None, **opts: bool) -> str:
    """Render blocks (and an optional title) as Markdown."""
    return render_markdown(Document(title=title, body=blocks), RenderOptions(**opts))


def visible_text(markup: str) -> str:
    """The text a browser would show for rendered HTML, whitespace folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


# ------------------------------------------------------------------ markdown: blocks


def test_title_then_headings_by_level() -> None:
    out = md(Block("heading", "Intro", level=1), Block("heading", "Details", level=3),
             Block("heading", "Deep", level=9), title="The  Story\n")
    assert out == "# The Story\n\n## Intro\n\n### Details\n\n###### Deep\n"


def test_without_title_body_headings_start_at_level_one() -> None:
    assert md(Block("heading", "Intro", level=1)) == "# Intro\n"


def test_heading_trailing_hash_is_not_a_closing_sequence() -> None:
    out = md(Block("heading", "Learning C #", level=2), title="C#")
    assert out == "# C\\#\n\n## Learning C \\#\n"
    assert "<h1>C#</h1>" in GFM.render(out) and "<h2>Learning C #</h2>" in GFM.render(out)


def test_paragraph_escapes_inline_and_block_syntax() -> None:
    out = render_paragraph("# not a heading\n1. not a list\n- nor this\nuse *args and snake_case [x] <b>")
    assert out == ("\\# not a heading\n1\\. not a list\n\\- nor this\n"
                   "use \\*args and snake_case \\[x\\] \\<b>")
    rendered = GFM.render(out)
    assert rendered.count("<p>") == 1 and "<h1>" not in rendered and "<li>" not in rendered
    assert "use *args and snake_case [x] &lt;b&gt;" in rendered


def test_paragraph_folds_blank_lines_and_indentation() -> None:
    assert render_paragraph("  one\n\n\n    two  ") == "one\ntwo"
    assert render_paragraph(" \n ") == ""


def test_bullet_and_ordered_lists_with_continuation_lines() -> None:
    out = md(Block("list", items=("apples", "two\nlines", "")), Block("list", items=("a", "b"), ordered=True))
    assert out == "- apples\n- two\n  lines\n\n1. a\n2. b\n"


def test_adjacent_lists_of_same_kind_are_not_merged() -> None:
    out = md(Block("list", items=("a",)), Block("list", items=("b",)),
             Block("list", items=("c",), ordered=True), Block("list", items=("d",), ordered=True))
    assert out == "- a\n\n* b\n\n1. c\n\n1) d\n"
    assert GFM.render(out).count("<ul>") == 2 and GFM.render(out).count("<ol>") == 2


def test_block_quote_keeps_paragraph_breaks() -> None:
    out = md(Block("quote", "First line\nsecond line\n\n> Next para"))
    assert out == "> First line\n> second line\n>\n> \\> Next para\n"
    assert GFM.render(out).count("<blockquote>") == 1


def test_table_is_pipe_table_with_escaped_pipes_and_padded_rows() -> None:
    out = render_table((("Name", "Value"), ("a|b", "1"), ("short",)))
    assert out == "| Name | Value |\n| --- | --- |\n| a\\|b | 1 |\n| short |  |"
    rendered = GFM.render(out + "\n")
    assert "<th>Name</th>" in rendered and "<td>a|b</td>" in rendered


def test_empty_table_is_dropped() -> None:
    assert render_table(()) == "" and render_table((("", " "),)) == ""


def test_code_block_fence_is_longer_than_any_backtick_run() -> None:
    out = md(Block("code", "a = 1\n```\nb = 2"))
    assert out == "````\na = 1\n```\nb = 2\n````\n"
    assert "<pre><code>a = 1\n```\nb = 2\n</code></pre>" in GFM.render(out)


def test_images_only_with_the_option() -> None:
    img = Block("image", "A [big] magnet", src="https://x.example/a b(1).png")
    assert md(img) == ""
    out = md(img, images=True)
    assert out == "![A \\[big\\] magnet](https://x.example/a%20b\\(1\\).png)\n"
    assert '<img src="https://x.example/a%20b(1).png" alt="A [big] magnet"' in GFM.render(out)


# ------------------------------------------------------------------ markdown: links


def test_links_replace_first_occurrence_of_anchor_text() -> None:
    block = Block("paragraph", "Read the report, then the report summary.",
                  links=(Link("report", "https://x.example/r"), Link("missing", "https://x.example/m")))
    assert md(block, links=True) == "Read the [report](https://x.example/r), then the report summary.\n"


def test_links_are_plain_text_without_the_option() -> None:
    block = Block("paragraph", "Read the report.", links=(Link("report", "https://x.example/r"),))
    assert md(block) == "Read the report.\n"


def test_same_anchor_twice_links_two_occurrences_and_skips_javascript() -> None:
    block = Block("paragraph", "here and here and there",
                  links=(Link("here", "/1"), Link("here", "/2"), Link("there", "javascript:void(0)")))
    assert md(block, links=True) == "[here](/1) and [here](/2) and there\n"


def test_links_in_lists_and_tables_are_each_used_once() -> None:
    links = (Link("home", "/h"), Link("away", "/a"))
    assert md(Block("list", items=("home", "home away"), links=links), links=True) == "- [home](/h)\n- home [away](/a)\n"
    table = Block("table", rows=(("Team",), ("home",)), links=links)
    assert md(table, links=True) == "| Team |\n| --- |\n| [home](/h) |\n"


def test_link_text_is_escaped_and_renders_as_a_link() -> None:
    block = Block("paragraph", "See *the* docs_here now", links=(Link("*the* docs_here", "https://d.example/x y"),))
    out = md(block, links=True)
    assert out == "See [\\*the\\* docs_here](https://d.example/x%20y) now\n"
    assert '<a href="https://d.example/x%20y">*the* docs_here</a>' in GFM.render(out)


# ------------------------------------------------------------------ markdown: properties

TOKENS = list("ab1 .*_`[]()<>#!-+=~|:&;\\\n\t") + ["&amp;", "&#42;", "1.", "x_y", "<http://a.b>", "\\\n"]
PROSE = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(PROSE)
def test_any_paragraph_renders_back_to_its_own_text(text: str) -> None:
    out = render_paragraph(text)
    rendered = GFM.render(out)
    assert visible_text(rendered) == " ".join(text.split())
    if out:
        assert rendered.startswith("<p>") and rendered.count("<p>") == 1


@settings(max_examples=150, deadline=None)
@given(st.lists(PROSE.map(lambda s: " ".join(s.split())).filter(bool), min_size=1, max_size=3))
def test_any_table_cell_renders_back_to_its_own_text(cells: list[str]) -> None:
    rendered = GFM.render(render_table((tuple(cells), tuple(cells))) + "\n")
    assert rendered.count("<td>") == len(cells)
    tds = re.findall(r"<td>(.*?)</td>", rendered, re.DOTALL)
    assert [visible_text(td) for td in tds] == cells


# ------------------------------------------------------------------ front matter


def test_front_matter_lists_every_key_with_nulls_and_double_quotes(rich_doc: Document) -> None:
    out = render_markdown(rich_doc, RenderOptions(front_matter=True))
    assert out.startswith(
        '---\ntitle: "Rare earths: a *guide*"\nauthor: "Jon Emont"\npublisher: "Mint"\nsite: "Daily8"\n'
        'published: "5 hours ago"\npublished_iso: "2025-06-01T10:00:00+00:00"\n'
        'url: "https://news.example/rare-earths"\nlanguage: "en"\n---\n\n# Rare earths: a \\*guide\\*\n')
    assert front_matter(Document()) == "---\n" + "".join(
        f"{k}: null\n" for k in ("title", "author", "publisher", "site", "published", "published_iso", "url",
                                 "language")) + "---\n"


@pytest.mark.parametrize("value", ['He said "no"', "yes", "null", "- dash", "# hash", "a: b", "'single'",
                                   "back\\slash", "two\nlines", "tab\there", "Zürich — “quoted”", "@at",
                                   "sep\u2028line", "bom\ufeff", "del\x7f", "nel\x85", "123", "~"])
def test_yaml_string_round_trips(value: str) -> None:
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(f"key: {yaml_string(value)}") == {"key": value}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_yaml_string_round_trips_any_text(value: str) -> None:
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(f"key: {yaml_string(value)}") == {"key": value}


# ------------------------------------------------------------------ text


def test_text_is_title_blank_line_body(rich_doc: Document) -> None:
    out = render_text(rich_doc)
    assert out.startswith("Rare earths: a *guide*\n\nChina has told companies to list their experts.\n\nWhy")
    assert "Magnets\nMotors\n\nFirst\nSecond" in out and out.endswith("\n") and not out.endswith("\n\n")
    assert "Metal | Share\nNeodymium | 90%" in out


def test_text_without_title_or_body() -> None:
    assert render_text(Document(body=(Block("paragraph", "Only body."),))) == "Only body.\n"
    assert render_text(Document()) == ""


# ------------------------------------------------------------------ json


def test_json_record_has_exactly_the_fields(rich_doc: Document) -> None:
    record = to_record(rich_doc, "pages/a.html")
    assert list(record) == list(FIELDS) == [
        "path", "url", "title", "author", "publisher", "site", "published", "published_iso", "language",
        "text", "markdown", "related", "comments", "promos", "input_format", "error"]
    assert record["path"] == "pages/a.html" and record["publisher"] == "Mint" and record["error"] is None
    assert record["text"] == rich_doc.text
    assert record["text"].startswith("China has told companies to list their experts.\n\nWhy it matters\n\n")
    assert record["related"] == [{"title": "Other story", "url": "https://news.example/other",
                                  "publisher": "NDTV", "published": "1 hour ago", "summary": "Summary."}]
    assert record["comments"] == [{"author": "ann", "published": "2 hours ago", "text": "Great read"}]
    assert record["promos"] == ["Download the app"] and record["input_format"] == "html"


def test_json_markdown_field_is_the_body_only_with_links_when_asked(rich_doc: Document) -> None:
    plain = to_record(rich_doc, "-")["markdown"]
    assert plain == render_body(rich_doc) and plain.startswith("China has told companies")
    assert "# Rare earths" not in plain and "## Why it matters" in plain and "| Metal | Share |" in plain
    linked = to_record(rich_doc, "-", RenderOptions(links=True))["markdown"]
    assert linked.startswith("China has told [companies](https://news.example/companies) to list")


def test_json_explain_only_when_asked(rich_doc: Document) -> None:
    assert "explain" not in to_record(rich_doc, "-")
    record = to_record(rich_doc, "-", RenderOptions(explain=True))
    assert list(record)[-1] == "explain"
    assert record["explain"] == [{"text": "China has told", "role": "body",
                                  "rule": "kept by main-body extraction", "where": "article > p"}]


def test_error_record_nulls_everything_but_path_lists_and_error() -> None:
    record = error_record("missing.html", "FileNotFoundError", "No such file or directory")
    assert list(record) == list(FIELDS)
    assert record["path"] == "missing.html"
    assert record["error"] == {"type": "FileNotFoundError", "message": "No such file or directory"}
    assert record["related"] == record["comments"] == record["promos"] == []
    others = set(FIELDS) - {"path", "error", "related", "comments", "promos"}
    assert all(record[k] is None for k in others)


def test_jsonl_line_is_compact_utf8_json() -> None:
    line = dumps_line(to_record(Document(title="Zürich “news”", body=(Block("paragraph", "a\nb"),)), "-"))
    assert "\n" not in line and "Zürich “news”" in line and ", " not in line
    assert json.loads(line)["text"] == "a\nb"


def test_jsonl_line_never_splits_on_unicode_line_breaks():
    """Regression: U+2028/U+2029/U+0085 in a page made str.splitlines() cut a JSON Lines record in two."""
    from extractor.render.json import dumps_line

    text = "first\u2028second\u0085third\u2029fourth"
    line = dumps_line({"text": text})
    assert len(line.splitlines()) == 1
    assert json.loads(line)["text"] == text


def test_a_numbered_list_whose_items_keep_their_numbers_is_numbered_once() -> None:
    """A dump's ordered list keeps "1. X" as shown in its text; the Markdown numbers it once ("1. X", not "1. 1\\. X")."""
    block = Block("list", "1. linia 1 pojedzie\n2. linia 2 zawieszona", items=("1. linia 1 pojedzie",
                                                                              "2. linia 2 zawieszona"), ordered=True)
    md = render_body(Document(title="T", body=(block,)))
    assert "1. linia 1 pojedzie" in md and "2. linia 2 zawieszona" in md and "1\\." not in md


def test_a_headline_loses_its_soft_hyphens_and_edge_direction_marks() -> None:
    """A hyphenation plugin's soft hyphens and an RLM closing an Arabic headline show nothing: the title drops them
    (holdout45 cases 006, 010); a mark inside the title stays."""
    from extractor.pipeline import clean_title

    assert clean_title("Mec\xadidi\xadyede tatar tili kursları") == "Mecidiyede tatar tili kursları"
    assert clean_title("الأزرق: المياه تعود\u200f") == "الأزرق: المياه تعود"
    assert clean_title("۱۲۰۰\u200f کورنۍ") == "۱۲۰۰\u200f کورنۍ"
