"""Dispatch a loaded input to the HTML path or the text-dump path."""
from __future__ import annotations

from dataclasses import replace

from .load import Loaded
from .model import Document, Options
from .text_meta import tidied_outlet


def run(loaded: Loaded, *, url: str | None, options: Options) -> Document:
    """Run the stages for the kind of input that was sniffed; the publisher's name tidied the same way for both."""
    if loaded.kind == "html":
        from .htmlpath import extract_html

        doc = extract_html(loaded.tree, url=url, options=options, source=loaded.text)
    else:
        from .textdump import extract_text_dump

        doc = extract_text_dump(loaded.text, url=url, options=options)
    publisher = tidied_outlet(doc.publisher)
    return doc if publisher == doc.publisher else replace(doc, publisher=publisher)
