"""Batch driver for score.py: run the text-dump path on each path, print one JSON line per path."""
from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from extractor.model import Options
from extractor.textdump import extract_text_dump


def record(path: str) -> dict[str, object]:
    """The JSON record of one dump."""
    with open(path, encoding="utf-8", errors="replace") as f:
        doc = extract_text_dump(f.read(), url=None, options=Options())
    return {
        "path": path, "title": doc.title, "publisher": doc.publisher, "published": doc.published,
        "author": doc.author, "text": doc.text,
        "related": [{"title": t.title, "url": t.url, "publisher": t.publisher, "published": t.published,
                     "summary": t.summary} for t in doc.related],
        "comments": [{"author": c.author, "published": c.published, "text": c.text} for c in doc.comments],
        "promos": list(doc.promos),
    }


def main(paths: list[str]) -> int:
    """Print one record per path; a failing path prints an error record."""
    for path in paths:
        try:
            rec = record(path)
        except Exception as e:  # noqa: BLE001 - the scorer wants a line per path
            rec = {"path": path, "error": f"{type(e).__name__}: {e}", "text": ""}
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
