"""Golden tests: the seed page, as its real text dump and as an HTML rendition, through extract() and the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from extractor import extract

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed"
TITLE = "China to block its rare-earth experts from spilling their secrets"
FORBIDDEN = ["Orange background", "logo", "Try Our AI Features", "Explore what", "No comments", "Comments",
             "Related Articles", "India.com", "NDTV", "Kenya", "Trump", "Iran", "high-speed", "DOWNLOAD",
             "app store", "app-store"]
RELATED = [("How Trump's Praise, Israel's Claims And A Global Fallout Are Rewriting The Iran Nuclear Narrative",
            "India.com", "32 minutes ago"),
           ("400 injured, 8 deaths reported during ongoing Kenya protests, here's some shocking details",
            "Mint", "an hour ago"),
           ('"Everything Is Systematic": Indian Man Praises China After Travelling 1,600 km By High-Speed Train',
            "NDTV", "an hour ago")]
PROMOS = ["Try Our AI Features", "Explore what Daily8 AI can do for you:", "DOWNLOAD THE APP",
          "Get Started Now: Download the App"]


@pytest.fixture(params=["seed.txt", "seed.html"])
def seed_doc(request: pytest.FixtureRequest):
    """The seed extracted from one of its two forms."""
    return extract((SEED / request.param).read_bytes(), path=request.param)


def test_seed_metadata(seed_doc) -> None:
    assert seed_doc.title == TITLE
    assert seed_doc.publisher == "Mint"
    assert seed_doc.published == "5 hours ago"


def test_seed_body_spans_the_article_only(seed_doc) -> None:
    text = seed_doc.text
    assert text.startswith("China has told companies in its rare-earth industry")
    assert text.rstrip().endswith("Write to Jon Emont at jonathan.emont@wsj.com")
    for word in FORBIDDEN:
        assert word not in text, word


def test_seed_body_has_every_paragraph(seed_doc) -> None:
    truth = json.loads((SEED / "seed.json").read_text(encoding="utf-8"))["body"].split("\n")
    for paragraph in truth:
        assert paragraph.strip() in seed_doc.text


def test_seed_related_teasers(seed_doc) -> None:
    got = [(t.title, t.publisher, t.published) for t in seed_doc.related]
    assert got == RELATED
    assert all(t.summary and len(t.summary) > 200 for t in seed_doc.related)


def test_seed_comments_and_promos(seed_doc) -> None:
    assert seed_doc.comments == ()
    for promo in PROMOS:
        assert promo in seed_doc.promos


def test_seed_both_forms_give_the_same_article() -> None:
    as_text = extract((SEED / "seed.txt").read_bytes())
    as_html = extract((SEED / "seed.html").read_bytes())
    assert as_text.text == as_html.text
    assert as_text.input_format == "text" and as_html.input_format == "html"
    assert as_html.site == "Daily8"


@pytest.mark.parametrize("name", ["seed.txt", "seed.html"])
def test_seed_through_the_cli_as_json(name: str) -> None:
    result = CliRunner().invoke(main, ["--format", "json", str(SEED / name)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["title"] == TITLE and record["publisher"] == "Mint" and record["error"] is None
    assert [r["publisher"] for r in record["related"]] == ["India.com", "Mint", "NDTV"]
    assert record["comments"] == []
    assert "Orange background" not in record["markdown"]
