"""Property-based tests (hypothesis): random HTML trees and byte strings never raise anything but InputError,
and the output is always valid UTF-8 and valid JSON, through extract() and through the CLI."""
from __future__ import annotations

import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli.main import main
from extractor import extract
from extractor.errors import InputError
from extractor.render import to_record
from extractor.render.json import dumps_line

TAGS = ["div", "p", "span", "a", "h1", "h2", "ul", "li", "table", "tr", "td", "article", "section", "nav",
        "footer", "header", "script", "style", "b", "i", "br", "img", "pre", "code", "blockquote", "time"]
ATTRS = ["class", "id", "href", "itemprop", "role", "src", "alt", "datetime", "lang"]
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)

attribute = st.tuples(st.sampled_from(ATTRS), st.text(max_size=20)).map(
    lambda kv: f' {kv[0]}="{kv[1].replace(chr(34), "&quot;")}"')


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """One element with random attributes around random children."""
    return st.tuples(st.sampled_from(TAGS), st.lists(attribute, max_size=3), st.lists(children, max_size=5)).map(
        lambda t: f"<{t[0]}{''.join(t[1])}>{''.join(t[2])}</{t[0]}>")


html_trees = st.recursive(WORDS, element, max_leaves=40).map(
    lambda body: f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>")
soup = st.lists(st.one_of(WORDS, st.sampled_from(["<", ">", "&", "&amp;", "<!--", "-->", "<p>", "</div>",
                                                  "<![CDATA[", "<?xml?>", "\x00", "\r\n", "&#0;", "&#xD800;"])),
                max_size=60).map("".join)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def extract_or_input_error(data: bytes | str) -> None:
    """extract() either raises InputError or gives a Document whose JSON record is valid UTF-8 JSON."""
    try:
        doc = extract(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    line = dumps_line(to_record(doc, "page.html"))
    json.loads(line.encode("utf-8").decode("utf-8"))
    doc.text.encode("utf-8")


@FAST
@given(html_trees)
def test_random_html_trees(page):
    extract_or_input_error(page)
    extract_or_input_error(page.encode("utf-8"))


@FAST
@given(soup)
def test_random_tag_soup(text):
    extract_or_input_error(text)
    extract_or_input_error(text.encode("utf-8", "surrogatepass"))


@FAST
@given(st.binary(max_size=2048))
def test_random_bytes(data):
    extract_or_input_error(data)
    extract_or_input_error(gzip.compress(data))


@FAST
@given(st.binary(max_size=512), st.sampled_from([b"WARC/1.0\r\n", b"bplist00", b"\x1f\x8b\x08\x00",
                                                  b"MIME-Version: 1.0\nContent-Type: multipart/related;\n\n"]))
def test_random_bytes_behind_container_magic(data, magic):
    extract_or_input_error(magic + data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(html_trees.map(str.encode), st.binary(max_size=1024)))
def test_cli_json_is_always_valid(runner, data):
    result = runner.invoke(main, ["--format", "json", "-"], input=data)
    assert result.exit_code in (0, 1), result.output
    record = json.loads(result.stdout_bytes.decode("utf-8"))
    assert record["path"] == "-"
    assert "Traceback" not in result.stderr
