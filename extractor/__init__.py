"""boilerstrip's extractor: raw page (HTML or text dump) in, Document out.

    from extractor import extract
    doc = extract(open("page.html", "rb").read())
    print(doc.title, doc.publisher, doc.text)
"""
from __future__ import annotations

from .errors import InputError
from .model import Block, Comment, Decision, Document, Link, Metadata, Options, Teaser

__all__ = [
    "Block",
    "Comment",
    "Decision",
    "Document",
    "InputError",
    "Link",
    "Metadata",
    "Options",
    "Teaser",
    "extract",
]
__version__ = "0.1.0"


def extract(data: bytes | str, *, path: str | None = None, url: str | None = None,
            options: Options = Options()) -> Document:  # noqa: B008 (frozen)
    """Extract the main article from one raw page; raise InputError when the input is not a page."""
    from dataclasses import replace

    from .load import load
    from .pipeline import run

    loaded = load(data, options)
    doc = run(loaded, url=url or options.url or loaded.saved_url, options=options)
    return replace(doc, warnings=loaded.notes) if loaded.notes else doc
