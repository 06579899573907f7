"""Saved-page containers (MHTML, .webarchive, WARC) and "Save page complete" folders, sniffed from bytes."""
from __future__ import annotations

import gzip
import json

import pytest
from hostile.builders import SECOND, SENTENCE, article, mhtml, warc, webarchive

from cli.main import main
from extractor import extract
from extractor.containers import sniff, split_container, split_file
from extractor.errors import CorruptInput, EmptyInput

URL = "https://news.example.org/2024/06/bibliothek"


def pages() -> list[tuple[str, bytes]]:
    """Two article pages, as a crawler would store them."""
    return [("https://news.example.org/a", article("Erste Seite").encode()),
            ("https://news.example.org/b", article("Zweite Seite", (SECOND, SENTENCE, SECOND)).encode())]


# ----------------------------------------------------------------------------- MHTML

def test_mhtml_main_page_and_content_location():
    data = mhtml(article(), URL)
    assert sniff(data) == "mhtml"
    doc = extract(data)
    assert doc.url == URL
    assert doc.title == "Die Bibliothek öffnet"
    assert doc.text.split("\n\n")[0] == SENTENCE


def test_mhtml_part_charset_decodes_a_page_without_meta():
    html = article(head="", paras=("Ça coûte 5 € – « très cher » pour un café crème à Noël.", SECOND, SECOND))
    doc = extract(mhtml(html, URL, charset="windows-1252"))
    assert doc.text.split("\n\n")[0] == "Ça coûte 5 € – « très cher » pour un café crème à Noël."


def test_mhtml_without_html_part_is_a_clean_error():
    data = mhtml(article(), URL).replace(b"Content-Type: text/html\n", b"Content-Type: text/plain\n")
    data = data.replace(b'type="text/html"', b'type="text/plain"')
    with pytest.raises(EmptyInput, match="MHTML"):
        extract(data)


# ----------------------------------------------------------------------------- webarchive

def test_webarchive_main_resource():
    data = webarchive(article().encode(), URL)
    assert sniff(data) == "webarchive"
    doc = extract(data)
    assert doc.url == URL
    assert doc.text.split("\n\n")[0] == SENTENCE


def test_webarchive_without_encoding_name_is_detected():
    ru = ("Городская библиотека снова открылась в понедельник.", "Ремонт длился два года и стоил дороже.",
          "Часы работы остаются прежними, сообщила мэрия.")
    html = article("Библиотека открылась", ru, head="<meta charset=koi8-r>").replace("© 2024", "2024")
    doc = extract(webarchive(html.encode("koi8-r"), URL, encoding=None))
    assert doc.text.split("\n\n")[0] == "Городская библиотека снова открылась в понедельник."


def test_corrupt_webarchive_is_a_clean_error():
    data = webarchive(article().encode(), URL)
    with pytest.raises(CorruptInput):
        extract(data[: len(data) // 2] + b"WebMainResource")


# ----------------------------------------------------------------------------- WARC

@pytest.mark.parametrize("compressed", [True, False])
def test_warc_splits_into_one_part_per_html_response(compressed):
    data = warc(pages(), gzip=compressed)
    parts = split_container(data, "crawl.warc.gz")
    assert [p.url for p in parts] == ["https://news.example.org/a", "https://news.example.org/b"]
    assert all(p.subpath.startswith("crawl.warc.gz#urn:uuid:") for p in parts)
    assert len({p.subpath for p in parts}) == 2
    second = extract(parts[1].raw)
    assert second.url == "https://news.example.org/b"
    assert second.title == "Zweite Seite"
    assert second.text.split("\n\n")[1] == SENTENCE


def test_warc_through_extract_takes_the_first_page():
    doc = extract(warc(pages()))
    assert (doc.url, doc.title) == ("https://news.example.org/a", "Erste Seite")


def test_warc_without_html_is_a_clean_error():
    with pytest.raises(EmptyInput, match="WARC"):
        extract(warc([], extras=True))


def test_split_file_streams_from_disk(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(pages()))
    parts = split_file(str(path))
    assert parts is not None and len(parts) == 2
    assert extract(parts[0].raw).title == "Erste Seite"
    plain = tmp_path / "page.html"
    plain.write_text(article())
    assert split_file(str(plain)) is None


def test_cli_expands_warc_into_records(tmp_path, runner):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(pages()))
    good = tmp_path / "good.html"
    good.write_text(article())
    result = runner.invoke(main, ["--format", "json", str(path), str(good)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["url"] for r in records] == ["https://news.example.org/a", "https://news.example.org/b", None]
    assert records[0]["path"].startswith(f"{path}#urn:uuid:")
    assert records[1]["title"] == "Zweite Seite"
    assert records[2]["title"] == "Die Bibliothek öffnet"


# ----------------------------------------------------------------------------- Save page complete, gzip

def test_save_page_complete_folder(tmp_path, runner):
    saved = f"<!-- saved from url=({len(URL):04d}){URL} -->\n" + article()
    (tmp_path / "Bibliothek.html").write_text(saved, encoding="utf-8")
    assets = tmp_path / "Bibliothek_files"
    assets.mkdir()
    (assets / "frame.html").write_text(article("Werbung"), encoding="utf-8")
    result = runner.invoke(main, ["--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    assert records[0]["url"] == URL
    assert records[0]["text"].split("\n\n")[0] == SENTENCE


def test_multi_member_gzip_is_read_whole():
    html = article().encode()
    data = gzip.compress(html[:100]) + gzip.compress(html[100:])
    assert extract(data).text.split("\n\n")[0] == SENTENCE
