"""extractor.patterns: every regex stays fast on adversarial lines (no catastrophic backtracking)."""
from __future__ import annotations

import re
import time

import pytest

from extractor import patterns

ADVERSARIAL = [
    "2 " + "2" * 60 + "< . @",            # a digit run that nearly fits a repeated token (was a hang in SHARE_BAR)
    "share " * 40 + "<",
    "Upvote " + "1 " * 60 + "x",
    "a " * 200 + "!",
    "by " + "Name " * 50 + ".",
    "( " * 100,
    "/" * 200,
]
PATTERNS = [(name, value) for name, value in vars(patterns).items()
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str)]
PATTERNS += [(f"{name}.{part}", getattr(value, part)) for name, value in vars(patterns).items()
             if isinstance(value, patterns.LineRule) for part in ("start", "anywhere")]


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_fast_on_adversarial_lines(name: str, pattern: re.Pattern) -> None:
    for line in ADVERSARIAL:
        start = time.perf_counter()
        pattern.match(line)
        pattern.search(line)
        assert time.perf_counter() - start < 0.05, (name, line[:20])


def test_line_rule_finds_phrases_anywhere_and_anchored_ones_at_the_start() -> None:
    rule = patterns.PROMO_LINE
    assert rule.match("Download the Foo app now")
    assert rule.match("This article was narrated by an AI.")
    assert rule.match("Fans like you: 12k followers follow this page")
    assert rule.match("AI can make mistakes, check important info")
    assert not rule.match("The aid package was approved after a vote on cookies in schools.")
    assert not rule.match("Please sign up to the scheme, officials said.")


@pytest.mark.parametrize("row", ["Latest | Popular", "ล่าสุด ยอดนิยม", "Neueste Meistgelesen", "最新 热门",
                                 "Most read · Trending"])
def test_a_row_of_list_tabs_is_a_related_header(row: str) -> None:
    assert patterns.section_header_role(row) == "related"


@pytest.mark.parametrize("line", ["Latest", "Popular", "Home Latest Popular", "Top ten ways to save water"])
def test_one_tab_word_or_a_menu_is_no_header(line: str) -> None:
    assert patterns.TAB_ROW_HEADER.match(line) is None


@pytest.mark.parametrize("header, role", [("【関連記事】", "related"), ("[Related]", "related"), ("《相关阅读》", "related")])
def test_bracketed_headers(header: str, role: str) -> None:
    assert patterns.section_header_role(header) == role


@pytest.mark.parametrize("link", ["See more", "View all", "ランキングの続きを見る", "查看更多", "Mehr anzeigen ›"])
def test_more_links(link: str) -> None:
    assert patterns.MORE_LINK.match(link)


@pytest.mark.parametrize("header", ["Mehr für Sie", "Plus pour vous", "Más para ti", "Altro per te", "Mais para você"])
def test_more_for_you_headers(header: str) -> None:
    assert patterns.section_header_role(header) == "related"


def test_ai_summary_toolbar_is_a_promo() -> None:
    assert patterns.AI_TOOLBAR.match("KI-Zusammenfassung anzeigen Teilen Speichern 👍 48 · 💬 0")


@pytest.mark.parametrize("header", ["Ultim'ora", "Eilmeldung", "Dernière minute", "Última hora"])
def test_breaking_news_ticker_headers(header: str) -> None:
    assert patterns.section_header_role(header) == "related"


@pytest.mark.parametrize("line", [
    "Der stillgelegte Bahnsteig in Tannwerder soll bis Dezember erneuert werden. © Kurier vom Hallersee",
    "La piscina cubierta de Almenara del Campo, en una imagen de archivo.",
    "奥谷線を走るバス＝汐見原市奥谷で",
    "【写真】運行最終日まで残り半月となった奥谷線のバス",
])
def test_captions_closed_by_a_credit_an_archive_note_or_a_place(line: str) -> None:
    assert patterns.CAPTION_LINE.match(line)


def test_a_japanese_writer_credit_and_original_links() -> None:
    assert patterns.CREDIT_LINE.match("（森下瑞穂）")
    assert patterns.TEXT_ORIGINAL_LINK.match("Ver la noticia original")


def test_ranking_header_with_a_category_and_update_time() -> None:
    assert patterns.section_header_role("アクセスランキング 総合 3/14(金) 15:10更新") == "related"


@pytest.mark.parametrize("header", ["Son Dakika", "Çok Okunanlar", "Самое читаемое", "Paling banyak dibaca",
                                    "यह भी पढ़ें", "Videos", "فيديو"])
def test_more_related_headers(header: str) -> None:
    assert patterns.section_header_role(header) == "related"


def test_a_single_video_label_is_no_header() -> None:
    assert patterns.section_header_role("Video") is None  # a label over an embedded clip (ScrapingHub lost 0.0003)
