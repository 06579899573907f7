"""The hostile-input set: 40+ odd, broken and pathological inputs, each built at run time (nothing big committed).

Every Case says what must come out: "ok" (an article holding `sentence`, exactly), "empty" (a page that
holds no article: no error, no text), or "error" (a clean InputError of kind `error`).
"""
from __future__ import annotations

import gzip
import os
import random
from collections.abc import Callable
from dataclasses import dataclass

from .builders import SECOND, SENTENCE, THIRD, article, mhtml, warc, webarchive

URL = "https://news.example.org/2024/06/bibliothek"
MB = 1024 * 1024
# Fixed regressions kept as cases: COMMENT_ACTION once backtracked exponentially on digit runs (REDOS), and inline
# tags around a layout-table cell once glued its paragraphs together.


@dataclass(frozen=True)
class Case:
    """One hostile input: a file name, how to build its bytes, and what must come out."""

    name: str                                  # file name (its suffix matters to nobody: sniffed from bytes)
    build: Callable[[], bytes]
    expect: str                                # "ok", "empty" or "error"
    sentence: str = SENTENCE                   # for "ok": this exact paragraph must be in the text
    error: str = ""                            # for "error": the error kind
    slow: bool = False                         # big inputs: only with -m slow
    bug: str = ""                              # a known bug in a later stage (the test is an xfail)


def encoded(codec: str, paras: tuple[str, ...], meta: bool = True, title: str = "Bibliothek") -> Callable[[], bytes]:
    """A page in codec, with or without a <meta charset>."""
    head = f'<meta charset="{codec}">' if meta else ""
    return lambda: article(title, paras, head=head).replace("©", "").encode(codec)


def with_bom(codec: str) -> Callable[[], bytes]:
    """A page with the byte-order mark of a UTF-16/32 codec (or UTF-8)."""
    return lambda: ("\ufeff" + article(head="")).encode(codec)


def wrapped(inner: str, before: str = "", after: str = "") -> bytes:
    """The article with markup around the first paragraph."""
    page = article()
    return page.replace(f"<p>{SENTENCE}</p>", f"{before}<p>{SENTENCE}</p>{after}").encode() if inner else page.encode()


def deep(levels: int) -> Callable[[], bytes]:
    """The article's first paragraph under `levels` nested <div>s."""
    return lambda: wrapped("x", "<div>" * levels, "</div>" * levels)


def many(count: int) -> Callable[[], bytes]:
    """The article with `count` extra empty list items after it."""
    return lambda: article().replace("</article>", "</article><ul>" + "<li>x</li>" * count + "</ul>").encode()


def long_line(size: int) -> Callable[[], bytes]:
    """A paragraph of `size` characters without a space before the article."""
    return lambda: article().replace("<article>", "<article><p>" + "x" * size + "</p>").encode()


def text_dump(codec: str = "utf-8") -> bytes:
    """A plain-text dump of the page."""
    return f"Die Bibliothek öffnet\n\nStadtanzeiger · 3 Stunden\n\n{SENTENCE}\n\n{SECOND}\n\n{THIRD}\n".encode(codec)


def entity_bomb() -> bytes:
    """A billion-laughs DOCTYPE in front of the article."""
    ents = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE html [{ents}]>'
            + article().replace("<h1>", "<h1>&a9;")).encode()


def gzip_bomb() -> bytes:
    """A gzip stream of 1 GiB of zeros (about 1 MB compressed)."""
    block = gzip.compress(b"\0" * (64 * MB), compresslevel=9)
    member = gzip.decompress(block[:10] + block[10:])  # sanity: a valid member
    assert len(member) == 64 * MB
    return block * 16


def random_bytes(size: int = 64 * 1024) -> bytes:
    """Deterministic noise."""
    return random.Random(6).randbytes(size)


ENCODING_CASES = [
    Case("utf8-bom.html", lambda: b"\xef\xbb\xbf" + article(head="").encode(), "ok"),
    Case("utf16le-bom.html", with_bom("utf-16-le"), "ok"),
    Case("utf16be-bom.html", with_bom("utf-16-be"), "ok"),
    Case("utf32le-bom.html", with_bom("utf-32-le"), "ok"),
    Case("utf32be-bom.html", with_bom("utf-32-be"), "ok"),
    Case("utf16le-nobom.html", lambda: article(head="<meta charset=utf-16>").encode("utf-16-le"), "ok"),
    Case("cp1252-meta.html", encoded("windows-1252", (FR := (
        "Ça coûte 5 € – « très cher » pour un café crème à Noël, dit l’équipe.",
        "Les lecteurs apprécient les nouvelles salles, même si les travaux ont coûté plus cher.",
        "Les horaires d’ouverture restent les mêmes, a indiqué la mairie."))), "ok", FR[0]),
    Case("cp1252-nometa.html", encoded("cp1252", FR, meta=False), "ok", FR[0]),
    Case("latin1-lying-utf8-meta.html", lambda: article(head="<meta charset=utf-8>").encode("cp1252"), "ok"),
    Case("utf8-lying-latin1-meta.html", lambda: article(head="<meta charset=iso-8859-1>").encode(), "ok"),
    Case("iso-8859-2-meta.html", encoded("iso-8859-2", (PL := (
        "Biblioteka miejska została ponownie otwarta w poniedziałek po dwóch latach remontu.",
        "Remont kosztował więcej niż planowano, ale czytelnicy cieszą się z nowych sal.",
        "Godziny otwarcia pozostają bez zmian, poinformował urząd."))), "ok", PL[0]),
    Case("iso-8859-2-nometa.html", encoded("iso-8859-2", PL, meta=False), "ok", PL[0]),
    Case("iso-8859-7.html", encoded("iso-8859-7", (EL := (
        "Η δημοτική βιβλιοθήκη άνοιξε ξανά τη Δευτέρα μετά από δύο χρόνια ανακαίνισης.",
        "Η ανακαίνιση κόστισε περισσότερο από το αναμενόμενο, αλλά οι αναγνώστες χαίρονται.",
        "Το ωράριο παραμένει το ίδιο, ανακοίνωσε ο δήμος."))), "ok", EL[0]),
    Case("koi8-r-meta.html", encoded("koi8-r", (RU := (
        "Городская библиотека снова открылась в понедельник после ремонта.",
        "Ремонт длился два года и стоил дороже, чем планировалось.",
        "Часы работы остаются прежними, сообщила мэрия."))), "ok", RU[0]),
    Case("koi8-r-nometa.html", encoded("koi8-r", RU, meta=False), "ok", RU[0]),
    # CJK: the extractor keeps the 2nd and 3rd paragraphs of these short pages; the 2nd is asserted
    Case("shift_jis-meta.html", encoded("shift_jis", (JA := (
        "市立図書館は二年間の改修工事を終えて月曜日に再開しました。",
        "改修費用は予定を上回りましたが、利用者は新しい部屋を喜んでいます。",
        "開館時間は変わらないと市が発表しました。"))), "ok", JA[1]),
    Case("shift_jis-nometa.html", encoded("shift_jis", JA, meta=False), "ok", JA[1]),
    Case("euc-jp-meta.html", encoded("euc-jp", JA), "ok", JA[1]),
    Case("euc-kr-meta.html", encoded("euc-kr", (KO := (
        "시립 도서관이 2년간의 공사를 마치고 월요일에 다시 문을 열었습니다.",
        "공사 비용은 예상보다 많이 들었지만 독자들은 새 공간을 반겼습니다.",
        "시는 개관 시간이 그대로 유지된다고 밝혔습니다."))), "ok", KO[0]),
    Case("euc-kr-nometa.html", encoded("euc-kr", KO, meta=False), "ok", KO[0]),
    Case("gb18030-meta.html", encoded("gb18030", (ZH := (
        "市图书馆经过两年的翻修，于星期一重新开放。",
        "翻修费用超出预算，但读者对新的阅览室感到高兴。",
        "市政府表示，开放时间保持不变。"))), "ok", ZH[1]),
    Case("gb2312-label-gb18030-bytes.html",
         lambda: article("Bibliothek", ZH + ("龘䶮𠀀 是罕见字。",), head="<meta charset=gb2312>").replace(
             "©", "").encode("gb18030"), "ok", ZH[1]),
    Case("big5-meta.html", encoded("big5", (TW := (
        "市立圖書館經過兩年的翻修，於星期一重新開放。",
        "翻修費用超出預算，但讀者對新的閱覽室感到高興。",
        "市政府表示，開放時間保持不變。"))), "ok", TW[1]),
    Case("dump-cp1252.txt", lambda: text_dump("cp1252"), "ok"),
    Case("dump-utf16.txt", lambda: text_dump("utf-16"), "ok"),
    Case("lone-surrogate.html", lambda: article().replace("</h1>", "</h1>\udcff", 1).encode(
        "utf-8", "surrogatepass"), "ok"),
    Case("nul-bytes-inside.html", lambda: article().replace("<nav>", "<nav>\0\0").encode(), "ok"),
]

FORMAT_CASES = [
    Case("page.html.gz", lambda: gzip.compress(article().encode()), "ok"),
    Case("multi-member.gz", lambda: gzip.compress(article().encode()[:120]) + gzip.compress(
        article().encode()[120:]), "ok"),
    Case("page.mhtml", lambda: mhtml(article(), URL), "ok"),
    Case("page.webarchive", lambda: webarchive(article().encode(), URL), "ok"),
    Case("crawl.warc.gz", lambda: warc([(URL, article().encode())]), "ok"),
    Case("crawl.warc", lambda: warc([(URL, article().encode())], gzip=False), "ok"),
    Case("saved-from.html", lambda: (f"<!-- saved from url=({len(URL):04d}){URL} -->\n" + article()).encode(),
         "ok"),
    Case("xhtml-prolog.xhtml", lambda: ('<?xml version="1.0" encoding="utf-8"?>\n' + article()).encode(), "ok"),
]

ERROR_CASES = [
    Case("empty.html", lambda: b"", "error", error="EmptyInput"),
    Case("whitespace.html", lambda: b" \n\t\r\n  ", "error", error="EmptyInput"),
    Case("empty.gz", lambda: gzip.compress(b""), "error", error="EmptyInput"),
    Case("image.html", lambda: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + random_bytes(4096), "error", error="BinaryInput"),
    Case("doc.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + random_bytes(4096), "error", error="BinaryInput"),
    Case("archive.zip", lambda: b"PK\x03\x04\x14\0\0\0" + random_bytes(4096), "error", error="BinaryInput"),
    Case("nul-bytes.html", lambda: b"\0" * 8192, "error", error="BinaryInput"),
    Case("noise.bin", random_bytes, "error", error="BinaryInput"),
    Case("corrupt.gz", lambda: gzip.compress(article().encode())[:60], "error", error="CorruptInput"),
    Case("gzip-bomb.gz", gzip_bomb, "error", error="TooLarge"),
    Case("webarchive-truncated.webarchive", lambda: webarchive(article().encode(), URL)[:200] + b"WebMainResource",
         "error", error="CorruptInput"),
    Case("warc-without-html.warc.gz", lambda: warc([], extras=True), "error", error="EmptyInput"),
    Case("too-big-60mb.html", lambda: article().encode() + b"<p>" + b"filler text " * (5 * MB) + b"</p>",
         "error", error="TooLarge"),
    Case("dump-60k-lines.txt", lambda: text_dump() + b"A short line of words.\n" * 60_000, "error",
         error="TooComplex"),
    Case("200k-elements.html", many(200_000), "error", error="TooComplex"),
]

PATHOLOGICAL_CASES = [
    Case("entity-bomb.html", entity_bomb, "ok"),
    Case("frameset.html", lambda: b'<html><head><title>Frames</title></head><frameset cols="50%,50%">'
         b'<frame src="a.html"><frame src="b.html"></frameset></html>', "empty"),
    Case("script-only.html", lambda: b"<html><head><script>var a = 1;</script></head><body><script>"
         b"document.write('<p>hello</p>')</script></body></html>", "empty"),
    Case("deep-10k.html", deep(10_000), "ok"),
    Case("deep-300.html", deep(300), "ok"),
    Case("line-1mb.html", long_line(MB), "ok"),
    Case("unclosed-comment.html", lambda: article().replace("</footer>", "</footer><!-- never closed").encode(),
         "ok"),
    Case("tag-soup.html", lambda: article().replace("<article>", "<article><b><i><table><tr><td></b>").encode(),
         "ok"),  # was a bug: inline tags around a table cell glued its paragraphs together
    Case("huge-attribute.html", lambda: article().replace("<article>", "<article data-x='" + "y " * MB + "'>")
         .encode(), "ok"),
    Case("lt-only.html", lambda: b"<" * 50_000, "empty"),
    Case("deep-1m.html", deep(1_000_000), "ok", slow=True),
    Case("1m-elements.html", many(1_000_000), "error", error="TooComplex", slow=True),
    Case("line-50mb.html", long_line(50_000_000), "ok", slow=True),
    Case("dump-line-50mb.txt", lambda: b"x" * 50_000_000 + b"\n\n" + text_dump(), "ok", slow=True),
    Case("dump-long-number.txt", lambda: text_dump().replace(SECOND.encode(), SECOND.encode() + b"\n\n2 "
                                                                + b"2" * 36 + b"< . @"), "ok", slow=True),  # was REDOS
    Case("dump-pagination.txt", lambda: text_dump() + " ".join(map(str, range(1, 41))).encode() + b" Next\n",
         "ok", slow=True),  # was REDOS
    Case("page-200mb.html", lambda: article().encode() + b"<p>filler</p>" * (16 * MB), "error", error="TooLarge",
         slow=True),
]

CASES = ENCODING_CASES + FORMAT_CASES + ERROR_CASES + PATHOLOGICAL_CASES


def write_cases(folder: str, slow: bool = False) -> dict[str, Case]:
    """Write every case (the slow ones only if asked) into folder; return them by path."""
    written = {}
    for case in CASES:
        if case.slow and not slow:
            continue
        path = os.path.join(folder, case.name)
        with open(path, "wb") as handle:
            handle.write(case.build())
        written[path] = case
    return written
