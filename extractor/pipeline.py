"""Dispatch a loaded input to the HTML path or the text-dump path."""
from __future__ import annotations

from .load import Loaded
from .model import Document, Options


def run(loaded: Loaded, *, url: str | None, options: Options) -> Document:
    """Run the stages for the kind of input that was sniffed."""
    if loaded.kind == "html":
        from .htmlpath import extract_html

        return extract_html(loaded.tree, url=url, options=options, source=loaded.text)
    from .textdump import extract_text_dump

    return extract_text_dump(loaded.text, url=url, options=options)
