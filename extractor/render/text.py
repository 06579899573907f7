"""Plain-text renderer: the title, a blank line, then the plain body."""
from __future__ import annotations

from ..model import Document


def render_text(doc: Document) -> str:
    """Render a Document as plain text ending in one newline ("" when there is nothing)."""
    parts = [p for p in (clean_title(doc.title), doc.text.strip()) if p]
    return "\n\n".join(parts) + "\n" if parts else ""


def clean_title(title: str | None) -> str:
    """The title on one line, whitespace folded."""
    return " ".join((title or "").split())
