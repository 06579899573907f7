"""Renderers: pure functions from a Document (plus RenderOptions) to Markdown, plain text or JSON."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderOptions:
    """What the renderers show; built once by the caller and never mutated."""

    links: bool = False         # inline links as [text](href) in Markdown
    images: bool = False        # render image blocks as ![alt](src)
    front_matter: bool = False  # YAML metadata header on Markdown output
    explain: bool = False       # add the "explain" list to JSON records


DEFAULT = RenderOptions()


from .json import error_record, to_record
from .markdown import render_body, render_markdown
from .text import render_text

__all__ = ["DEFAULT", "RenderOptions", "error_record", "render_body", "render_markdown", "render_text", "to_record"]
