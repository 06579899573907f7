"""extractor.body: trafilatura's XML body -> Blocks."""
from __future__ import annotations

from lxml import etree, html

from extractor.body import blocks_from_xml, inline_text, trafilatura_body
from extractor.model import Block, Link, Options


def xml(markup: str):
    return etree.fromstring(markup)


def test_blocks_of_every_kind():
    body = xml("""<body>
<head rend="h3">Why it <hi rend="#b">matters</hi></head>
<p>First  paragraph with <hi rend="#i">some  emphasis</hi> inside.</p>
<p>Line one<lb/>Line   two</p>
<list rend="ol"><item>One</item><item> </item><item>Two</item></list>
<list rend="ul"><item>Apples</item></list>
<quote>We will not share secrets.</quote>
<table><row><cell>Metal</cell><cell>Share</cell></row><row><cell>Nd</cell></row><row><cell/></row></table>
<graphic src="m.png" alt="A magnet"/>
<div><p>Nested in a div</p></div>
<p>  </p>
</body>""")
    assert blocks_from_xml(body) == [
        Block("heading", "Why it matters", level=3),
        Block("paragraph", "First paragraph with some emphasis inside."),
        Block("paragraph", "Line one\nLine two"),
        Block("list", "One\nTwo", items=("One", "Two"), ordered=True),
        Block("list", "Apples", items=("Apples",), ordered=False),
        Block("quote", "We will not share secrets."),
        Block("table", "Metal | Share\nNd | ", rows=(("Metal", "Share"), ("Nd", ""))),
        Block("image", "A magnet", src="m.png"),
        Block("paragraph", "Nested in a div"),
    ]


# trafilatura returns plain lxml.etree elements (no .text_content()): the tests build the same kind of tree.
CRASH_REASON = ("body.{fn}: calls el.text_content(), which lxml.etree._Element (what trafilatura's bare_extraction "
                "returns) lacks -> AttributeError; {effect}")


def test_links_are_read_from_ref_elements():
    body = xml('<body><p>Paid by a <ref target="https://fund.example/">regional  fund</ref>.</p></body>')
    assert blocks_from_xml(body) == [
        Block("paragraph", "Paid by a regional fund.", links=(Link("regional fund", "https://fund.example/"),))]


def test_code_block():
    body = xml("<body><code>make build\nmake test\n</code></body>")
    assert blocks_from_xml(body) == [Block("code", "make build\nmake test")]


def test_heading_without_valid_rend_defaults_to_level_2():
    assert blocks_from_xml(xml('<body><head rend="bold">Sub</head><head>Plain</head></body>')) == [
        Block("heading", "Sub", level=2), Block("heading", "Plain", level=2)]


def test_no_body_gives_no_blocks():
    assert blocks_from_xml(None) == []
    assert blocks_from_xml(xml("<body/>")) == []


def test_inline_text_collapses_nbsp_and_blank_lines():
    assert inline_text(xml("<p>a\u00a0\u00a0b<lb/><lb/>  c </p>")) == "a b\nc"


def test_trafilatura_body_on_a_parsed_tree():
    paras = [f"Paragraph {i} of the article explains the harbour library plan in enough detail to be kept."
             for i in range(1, 5)]
    tree = html.document_fromstring(
        "<html><body><article><h1>Headline</h1>" + "".join(f"<p>{p}</p>" for p in paras)
        + "<h2>Costs</h2><ul><li>Library: 30 million</li><li>Workshop: 10 million</li></ul></article></body></html>")
    blocks = blocks_from_xml(trafilatura_body(tree, Options()))
    texts = [b.text for b in blocks]
    for p in paras:
        assert p in texts
    assert Block("list", "Library: 30 million\nWorkshop: 10 million",
                 items=("Library: 30 million", "Workshop: 10 million")) in blocks
    assert any(b.kind == "heading" and b.text == "Costs" for b in blocks)
