"""Text-dump path (placeholder until the real segmenter lands): every paragraph is body."""
from __future__ import annotations

from .model import Block, Document, Options


def extract_text_dump(text: str, *, url: str | None, options: Options) -> Document:
    """Return the whole dump as body paragraphs."""
    paras = tuple(Block("paragraph", p.strip()) for p in text.split("\n\n") if p.strip())
    return Document(body=paras, url=url, input_format="text")
