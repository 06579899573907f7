"""Shared fixtures: a CliRunner, a deterministic fake extractor, and hand-built Documents."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

import extractor
from extractor.model import Block, Comment, Decision, Document, Link, Options, Teaser

DATA = Path(__file__).parent / "data"
DEFAULT_OPTIONS = Options()


@dataclass
class FakeExtract:
    """Stands in for extractor.extract: real loading (so bad input fails for real), simple segmentation.

    The first paragraph of the input is the title, the others are body paragraphs; a body of only
    "NOARTICLE" gives no article, and an input starting with "CRASH" raises a RuntimeError.
    """

    calls: list[tuple[str | None, str | None, Options]] = field(default_factory=list)

    def __call__(self, data: bytes | str, *, path: str | None = None, url: str | None = None,
                 options: Options = DEFAULT_OPTIONS) -> Document:
        """Extract a Document from the fake format."""
        from extractor.load import load

        self.calls.append((path, url, options))
        text = load(data, options).text.strip()
        if text.startswith("CRASH"):
            raise RuntimeError("the fake extractor crashed")
        title, *paras = [p.strip() for p in text.split("\n\n")]
        body = tuple(Block("paragraph", p) for p in paras if p != "NOARTICLE")
        explain = tuple(Decision(p[:40], "body", "fake rule") for p in paras) if options.explain else ()
        return Document(title=title, body=body, url=url, input_format="text", explain=explain)


@pytest.fixture
def runner() -> CliRunner:
    """A Click test runner (stdout and stderr captured separately)."""
    return CliRunner()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeExtract:
    """Replace extractor.extract with the deterministic FakeExtract for CLI tests."""
    fake_extract = FakeExtract()
    monkeypatch.setattr(extractor, "extract", fake_extract)
    return fake_extract


@pytest.fixture
def rich_doc() -> Document:
    """A Document with every kind of block, metadata, teasers, comments and promos."""
    return Document(
        title="Rare earths: a *guide*",
        author="Jon Emont",
        publisher="Mint",
        site="Daily8",
        published="5 hours ago",
        published_iso="2025-06-01T10:00:00+00:00",
        url="https://news.example/rare-earths",
        language="en",
        body=(
            Block("paragraph", "China has told companies to list their experts.",
                  links=(Link("companies", "https://news.example/companies"),)),
            Block("heading", "Why it matters", level=2),
            Block("list", items=("Magnets", "Motors")),
            Block("list", items=("First", "Second"), ordered=True),
            Block("quote", "We will not share secrets."),
            Block("table", rows=(("Metal", "Share"), ("Neodymium", "90%"))),
            Block("code", "print('hi')"),
            Block("image", "A magnet", src="https://news.example/m.png"),
        ),
        related=(Teaser("Other story", "https://news.example/other", "NDTV", "1 hour ago", "Summary."),),
        comments=(Comment("Great read", "ann", "2 hours ago"),),
        promos=("Download the app",),
        input_format="html",
        explain=(Decision("China has told", "body", "kept by main-body extraction", "article > p"),),
    )
