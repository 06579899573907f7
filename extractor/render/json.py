"""JSON renderer: one plain dict per input with exactly the fields scorers and scripts read."""
from __future__ import annotations

import json
from typing import Any

from ..model import Document
from . import DEFAULT, RenderOptions
from .markdown import render_body

FIELDS = ("path", "url", "title", "author", "publisher", "site", "published", "published_iso", "language",
          "text", "markdown", "related", "comments", "promos", "input_format", "error")


def to_record(doc: Document, path: str, options: RenderOptions = DEFAULT) -> dict[str, Any]:
    """The JSON record of one extracted Document (`path` as given on the command line, `-` for stdin)."""
    record: dict[str, Any] = {
        "path": path,
        "url": doc.url,
        "title": doc.title,
        "author": doc.author,
        "publisher": doc.publisher,
        "site": doc.site,
        "published": doc.published,
        "published_iso": doc.published_iso,
        "language": doc.language,
        "text": doc.text,
        "markdown": render_body(doc, options),
        "related": [{"title": t.title, "url": t.url, "publisher": t.publisher, "published": t.published,
                     "summary": t.summary} for t in doc.related],
        "comments": [{"author": c.author, "published": c.published, "text": c.text} for c in doc.comments],
        "promos": list(doc.promos),
        "input_format": doc.input_format,
        "error": None,
    }
    if options.explain:
        record["explain"] = [{"text": d.text, "role": d.role, "rule": d.rule, "where": d.where}
                             for d in doc.explain]
    return record


def error_record(path: str, error_type: str, message: str) -> dict[str, Any]:
    """The JSON record of an input that failed: `error` set, lists empty, every other field null."""
    record: dict[str, Any] = dict.fromkeys(FIELDS)
    record.update(path=path, related=[], comments=[], promos=[],
                  error={"type": error_type, "message": message})
    return record


# Characters that str.splitlines() and many line readers treat as line breaks although JSON does not escape them:
# escaped, so one record is always exactly one line for any consumer.
LINE_BREAKERS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps_line(record: dict[str, Any]) -> str:
    """One compact JSON Lines line (no trailing newline), non-ASCII kept as is but Unicode line breaks escaped."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    if "\u2028" in line or "\u2029" in line or "\u0085" in line:  # (translate() visits every character: rare)
        line = line.translate(LINE_BREAKERS)
    return line


def dumps_pretty(record: dict[str, Any]) -> str:
    """One indented JSON object (no trailing newline), non-ASCII kept as is."""
    return json.dumps(record, ensure_ascii=False, indent=2)
