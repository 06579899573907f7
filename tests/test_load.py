"""Stage 1 (extractor.load): decoding, gzip, binary/empty rejection, HTML vs text sniffing."""
from __future__ import annotations

import gzip

import pytest

from extractor import Options, extract
from extractor.errors import BinaryInput, EmptyInput, InputError, TooLarge
from extractor.load import declared_charset, load, looks_like_html

FRENCH = "Le café est prêt, naïve façade et crème brûlée."


def page(head: str = "", para: str = FRENCH) -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>Une page</title></head>"
            f"<body><h1>Une page</h1><p>{para}</p></body></html>")


def para_text(data: bytes) -> str:
    loaded = load(data)
    assert loaded.kind == "html"
    return loaded.tree.find(".//p").text_content()


# ----------------------------------------------------------------------------- encodings

def test_cp1252_page_with_meta_charset_decodes_accents():
    data = page('<meta charset="windows-1252">').encode("cp1252")
    loaded = load(data)
    assert loaded.encoding == "windows-1252"
    assert loaded.tree.find(".//p").text_content() == FRENCH
    assert "café" in loaded.text


def test_cp1252_page_with_http_equiv_charset():
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    assert para_text(page(head).encode("cp1252")) == FRENCH


def test_iso_8859_1_label_is_read_as_cp1252_so_smart_quotes_and_euro_survive():
    para = "Le café coûte 5 € – “très bon”."
    data = page("<meta charset=iso-8859-1>", para).encode("cp1252")
    assert para_text(data) == para


def test_utf8_page_whose_meta_lies_iso_8859_1_still_decodes_as_utf8():
    data = page('<meta charset="iso-8859-1">').encode("utf-8")
    loaded = load(data)
    assert loaded.encoding == "utf-8"
    assert loaded.tree.find(".//p").text_content() == FRENCH
    assert "cafÃ©" not in loaded.text


def test_cp1252_page_whose_meta_lies_utf8_falls_back_to_detection():
    data = page("<meta charset=utf-8>").encode("cp1252")
    assert para_text(data) == FRENCH


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    data = "\ufeff".encode(codec) + page().encode(codec)
    loaded = load(data)
    assert loaded.encoding.replace("-", "") == codec.replace("-", "")
    assert loaded.tree.find(".//p").text_content() == FRENCH
    assert not loaded.text.startswith("\ufeff")


def test_utf8_bom_is_stripped():
    loaded = load(b"\xef\xbb\xbf" + page().encode())
    assert loaded.text.startswith("<!DOCTYPE html>")
    assert loaded.tree.find(".//p").text_content() == FRENCH


@pytest.mark.parametrize("codec,para", [("koi8-r", "Привет мир, это тест"), ("shift_jis", "日本語のテキストです")])
def test_declared_legacy_charsets(codec, para):
    data = page(f"<meta charset={codec}>", para).encode(codec)
    assert para_text(data) == para


def test_gzip_input_is_decompressed():
    data = gzip.compress(page("<meta charset=utf-8>").encode())
    assert data[:2] == b"\x1f\x8b"
    loaded = load(data)
    assert loaded.kind == "html"
    assert loaded.tree.find(".//p").text_content() == FRENCH


def test_gzip_input_through_extract():
    html = page("<meta charset=utf-8>", "The café reopened on Monday after a long renovation of its old terrace. " * 3)
    doc = extract(gzip.compress(html.encode()))
    assert "café reopened" in doc.text


def test_str_input_is_not_decoded_again():
    loaded = load(page())
    assert loaded.encoding == "unicode"
    assert loaded.tree.find(".//p").text_content() == FRENCH


def test_nul_bytes_in_str_input_are_dropped():
    loaded = load("<html><body><p>a\x00b</p></body></html>")
    assert loaded.tree.find(".//p").text_content() == "ab"


def test_meta_charset_after_4kb_of_head_is_still_honoured():
    para = "Prix: 5 € – “très bon” café à Reykjavík, með þýðingu."
    head = "<script>" + "var x = 1;" * 600 + "</script><meta charset=windows-1252>"
    data = page(head, para).encode("cp1252")
    assert data.find(b"<meta charset") > 4096
    assert para_text(data) == para


def test_utf16le_without_bom_is_a_page_not_binary():
    data = page("<meta charset=utf-16>").encode("utf-16-le")
    assert para_text(data) == FRENCH


# ----------------------------------------------------------------------------- rejections

@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "", "  \n ", gzip.compress(b""), gzip.compress(b"  \n")])
def test_empty_inputs_raise_empty_input(data):
    with pytest.raises(EmptyInput) as info:
        load(data)
    assert info.value.kind == "EmptyInput"
    assert isinstance(info.value, InputError)


@pytest.mark.parametrize("data,name", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"PK\x03\x04\x14\x00\x00\x00", "zip"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
])
def test_binary_magic_raises_binary_input(data, name):
    with pytest.raises(BinaryInput, match=name):
        load(data)


def test_binary_inside_gzip_is_still_rejected():
    with pytest.raises(BinaryInput, match="PNG"):
        load(gzip.compress(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64))


def test_nul_heavy_bytes_raise_binary_input():
    with pytest.raises(BinaryInput, match="NUL"):
        load(b"\x00\x01\x02\x03" * 200)


def test_control_char_heavy_text_raises_binary_input():
    with pytest.raises(BinaryInput):
        load("\x01\x02\x03\x04" * 100)


def test_corrupt_gzip_raises_input_error_with_kind():
    with pytest.raises(InputError) as info:
        load(b"\x1f\x8b\x08\x00garbage")
    assert info.value.kind == "CorruptInput"


def test_extract_raises_input_error_subclasses():
    with pytest.raises(EmptyInput):
        extract(b"")
    with pytest.raises(BinaryInput):
        extract(b"%PDF-1.4\n")


def test_too_large_is_refused_or_truncated():
    data = page().encode()
    with pytest.raises(TooLarge):
        load(data, Options(max_bytes=50))
    loaded = load(data, Options(max_bytes=50, truncate=True))
    assert loaded.text == data[:50].decode()


# ----------------------------------------------------------------------------- sniffing

@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "<!-- comment -->\n<!doctype html><p>x</p>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
    "<html><body>hello</body></html>",
    "<div>fragment</div>",
    "  <p>short</p>",
])
def test_html_is_sniffed_from_markup(text):
    assert looks_like_html(text)
    loaded = load(text)
    assert loaded.kind == "html"
    assert loaded.tree is not None


@pytest.mark.parametrize("text", [
    "Council votes to build library\n\nCoastal Wire · 3 hours ago\n\nThe city council voted on Tuesday.",
    "Title\n\nI <3 this place, a < b and b > c.\n\nMore text follows here.",
    "Hello world\n\nThis dump mentions a <b> tag once.",
])
def test_text_dumps_are_sniffed_as_text(text):
    loaded = load(text)
    assert loaded.kind == "text"
    assert loaded.tree is None


def test_saved_from_comment_gives_url():
    text = "<!-- saved from url=(0031)https://news.example.com/a-b -->\n<html><body><p>x</p></body></html>"
    loaded = load(text)
    assert loaded.kind == "html"
    assert loaded.saved_url == "https://news.example.com/a-b"


def test_saved_from_url_becomes_document_url():
    text = ("<!-- saved from url=(0031)https://news.example.com/a-b -->\n<html><body><h1>Headline here</h1>"
            "<p>" + "Some article text that is long enough to count as prose. " * 3 + "</p></body></html>")
    assert extract(text).url == "https://news.example.com/a-b"


@pytest.mark.parametrize("head,expected", [
    (b'<meta charset="UTF-8">', "utf-8"),
    (b"<meta charset=windows-1252>", "windows-1252"),
    (b'<meta http-equiv="content-type" content="text/html; charset=ISO-8859-1">', "cp1252"),
    (b"<meta charset='latin-1'>", "cp1252"),
    (b"<title>none</title>", None),
])
def test_declared_charset(head, expected):
    assert declared_charset(head) == expected


def test_zstd_input_is_read_or_refused_cleanly():
    frame = b"\x28\xb5\x2f\xfd" + b"\x00" * 16
    try:
        import zstandard
    except ImportError:
        with pytest.raises(BinaryInput, match="zstd"):
            load(frame)
        return
    data = zstandard.ZstdCompressor().compress(page().encode())
    assert para_text(data) == FRENCH


def test_gzip_bomb_stops_at_the_limit():
    bomb = gzip.compress(b"\0" * (8 << 20))
    with pytest.raises(TooLarge):
        load(bomb, Options(max_bytes=1 << 20))


@pytest.mark.parametrize("levels", [300, 5000])
def test_deep_nesting_is_flattened_and_nothing_after_it_is_lost(levels):
    html = "<html><body>" + "<div>" * levels + "<p>deep</p>" + "</div>" * levels + "<p>after</p></body></html>"
    tree = load(html).tree
    assert [p.text_content() for p in tree.iter("p")] == ["deep", "after"]


def test_entities_in_a_doctype_are_not_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            "<html><body><p>x &b; y</p></body></html>")
    assert "aaaaa" not in load(bomb).tree.find(".//p").text_content()


def test_clean_utf8_pages_are_parsed_from_their_bytes_with_the_same_tree():
    """The parser reads clean UTF-8 bytes directly; the tree is the one the decoded text gives."""
    from lxml import etree

    from extractor.load import is_clean_utf8, load, parse_html

    page = "<html><body><h1>Ça coûte 5 €</h1><p>Über “quotes” — 日本語</p></body></html>"
    raw = page.encode("utf-8")
    assert is_clean_utf8(raw, page)
    assert not is_clean_utf8(b"\xef\xbb\xbf" + raw, page) and not is_clean_utf8(raw, page + "\ufffd")
    assert etree.tostring(parse_html(page, raw)) == etree.tostring(parse_html(page))
    assert load(raw).tree.findtext(".//h1") == "Ça coûte 5 €"


def test_nfc_composes_the_text_only_when_asked() -> None:
    """"e" + combining acute is kept as written by default and composed to "é" with Options(normalize=True)."""
    from extractor.load import load
    from extractor.model import Options
    text = "Cafe\u0301 owners in the old town welcomed the council's decision on Tuesday evening.\n"
    assert "e\u0301" in load(text).text
    assert "\u00e9" in load(text, Options(normalize=True)).text and "e\u0301" not in load(text, Options(normalize=True)).text


def test_load_notes_what_it_had_to_change() -> None:
    """Flattened nesting and megabytes of blob dropped come back as notes (and as Document.warnings), not as log
    records a library user never sees and a batch cannot tie to its input."""
    from extractor import extract
    from extractor.load import load

    deep = "<html><body>" + "<div>" * 300 + "<p>" + "Deep text of the story here. " * 10 + "</p>" + "</div>" * 300
    assert load(deep).notes == ("nesting deeper than 128 levels was flattened",)
    blob = "<html><body><article><h1>A page with a blob</h1><p>" + "Words of the story. " * 20 + "</p><p>" \
        + "x" * 1_100_000 + "</p></article></body></html>"
    assert load(blob).notes == ("dropped 1,100,000 characters in runs without spaces",)
    assert extract(blob).warnings == load(blob).notes
    assert load("<html><body><p>" + "Plain page text. " * 20 + "</p></body></html>").notes == ()


@pytest.mark.parametrize("lang, codepage, text", [("ku", "cp1254", "Şeva yekem îşev dest pê dike û ketin belaş e."),
                                                  ("pl", "cp1250", "Żółw przeszedł przez ulicę w Łodzi."),
                                                  ("ru", "cp1251", "Новый мост откроют в субботу.")])
def test_a_page_that_claims_utf8_is_read_in_its_languages_legacy_code_page(lang: str, codepage: str, text: str) -> None:
    """<meta charset="utf-8"> on bytes that are not UTF-8: the Windows code page of the page's <html lang> (a Kurdish
    page's cp1254 "ş", not cp1252's "þ"), as browsers fall back by locale."""
    from extractor.load import load
    page = f'<html lang="{lang}"><head><meta charset="utf-8"><title>x</title></head><body><p>{text}</p></body></html>'
    assert text in load(page.encode(codepage)).text


def test_a_bold_run_left_open_in_the_meta_row_does_not_swallow_the_page() -> None:
    """"<p>Autor: <strong>X · Źródło: <a>Y</a>" never closed: libxml2 nests the story, the teasers and the comments
    inside the <strong>; the repaired tree has them after the paragraph, as an HTML5 parser would, the text kept."""
    from extractor.load import load
    page = ("<html><body><article><h1>Most zamknięty</h1><p class='meta'>Autor: <strong>Agnieszka Wróblewska · "
            "Źródło: <a href='/x'>Echo</a><div class='content'><p>Pierwszy akapit.</p></div><aside><ul><li>Teaser"
            "</li></ul></aside></article></body></html>")
    tree = load(page.encode()).tree
    strong = next(tree.iter("strong"))
    assert [child.tag for child in strong] == ["a"] and strong.getparent().tag == "p"
    assert [el.tag for el in tree.find(".//article")] == ["h1", "p", "div", "aside"]
    assert "Pierwszy akapit." in tree.text_content()


def test_invisible_marks_inside_words_go_but_word_breaks_of_burmese_stay() -> None:
    """Zero-width spaces and word joiners sprinkled through a page against copying ("收音機舖&#8203;月底") are no
    characters a reader sees: they go, as characters or references; a Burmese text's own word breaks stay."""
    page = ("<html><head><title>t</title></head><body><h1>鴨寮街收音機舖&#8203;月底結業</h1>"
            "<p>Jour\u200bnalists met the fin&ZeroWidthSpace;al\u2060ists. ရန်ကုန်\u200bမြို့</p></body></html>")
    text = load(page.encode("utf-8")).tree.text_content()
    assert "收音機舖月底結業" in text and "Journalists met the finalists." in text
    assert "ရန်ကုန်\u200bမြို့" in text


def test_soft_hyphens_stay() -> None:
    """A page's hyphenation points are its text as written: "Schlass&shy;wee" keeps its soft hyphen."""
    assert "Schlass\u00adwee" in load(b"<html><body><p>De FC Schlass&shy;wee gewinnt.</p></body></html>").tree.text_content()


def test_zero_width_joiners_inside_latin_words_go_but_persian_and_emoji_keep_theirs() -> None:
    """A zero-width non-joiner between two Latin letters ("lar&zwnj;gest") is a copy guard a reader never sees; in
    Persian ("می‌خواهم") it shapes the word, and in an emoji sequence it joins the picture: those stay."""
    page = ("<html><head><title>t</title></head><body><h1>Cornwall’s lar\u200cgest solar roof</h1>"
            "<p>The 410 pan&zwnj;els. می\u200cخواهم 👩\u200d⚕️</p></body></html>")
    text = load(page.encode("utf-8")).tree.text_content()
    assert "Cornwall’s largest solar roof" in text and "The 410 panels." in text
    assert "می\u200cخواهم" in text and "👩\u200d⚕️" in text
