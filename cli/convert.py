"""One input in, one Outcome out: read, extract, render; every failure becomes a one-line message.

`job()` is the top-level (picklable) entry point that worker processes call.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from .inputs import Source, read_source

Format = Literal["markdown", "text", "json", "jsonl"]
Status = Literal["article", "empty", "failed", "skipped", "clean", "changed"]
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
LINE_MARKERS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s?)+", re.MULTILINE)
ESCAPES = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


@dataclass(frozen=True)
class Settings:
    """Everything a conversion needs, fixed for the whole run (picklable, for a future process pool)."""

    fmt: Format
    options: Any           # extractor.Options
    render: Any            # extractor.render.RenderOptions
    fix: bool = False      # --in-place/--check/--diff: compute the cleaned file instead of a rendering


@dataclass(frozen=True)
class Outcome:
    """The result of one input: its status, the rendered output ("" for none) and a message for stderr."""

    display: str
    status: Status
    output: str = ""
    message: str = ""
    decisions: tuple[Any, ...] = field(default=(), compare=False)
    target: str | None = None    # fix mode: the file to write (the input, or an HTML page's sibling .md)
    before: str | None = None    # fix mode: the target's current text (None when it does not exist)
    notes: tuple[str, ...] = ()  # the extractor's warnings for this input (nesting flattened, blobs dropped)


class DocumentTimeout(Exception):
    """Raised inside a conversion when --timeout runs out (in-process runs)."""


def job(source: Source, settings: Settings) -> Outcome:
    """The work for one input, as run in a worker process or in-process."""
    try:
        return fix(source, settings) if settings.fix else convert(source, settings)
    except DocumentTimeout as exc:
        return failed(source, settings, "Timeout", str(exc))


def convert(source: Source, settings: Settings) -> Outcome:
    """Convert one input; never raises for bad input or extractor bugs (they become a failed Outcome)."""
    import extractor

    if source.error:
        return failed(source, settings, *source.error)
    try:
        data = read_source(source, settings.options.max_bytes, settings.options.truncate)
        doc = extractor.extract(data, path=source.path, url=settings.options.url, options=settings.options)
        output = render(doc, source.display, settings)
    except DocumentTimeout:
        raise
    except Exception as exc:  # noqa: BLE001 - an extractor bug must not stop the batch
        return failure_from(source, settings, exc)
    if not doc.has_article:
        return Outcome(source.display, "empty", output if settings.fmt in ("json", "jsonl") else "",
                       "no article found", doc.explain, notes=doc.warnings)
    return Outcome(source.display, "article", output, decisions=doc.explain, notes=doc.warnings)


def render(doc: Any, display: str, settings: Settings) -> str:
    """Render a Document in the chosen format (JSON without a trailing newline)."""
    from extractor.render import render_markdown, render_text, to_record
    from extractor.render.json import dumps_line, dumps_pretty

    if settings.fmt == "markdown":
        return render_markdown(doc, settings.render)
    if settings.fmt == "text":
        return render_text(doc)
    record = to_record(doc, display, settings.render)
    return dumps_line(record) if settings.fmt == "jsonl" else dumps_pretty(record)


def failed(source: Source, settings: Settings, kind: str, message: str) -> Outcome:
    """A failed Outcome; in JSON modes its output is a record with `error` set."""
    from extractor.render import error_record
    from extractor.render.json import dumps_line, dumps_pretty

    message = " ".join(str(message).split()) or kind
    output = ""
    if settings.fmt in ("json", "jsonl"):
        record = error_record(source.display, kind, message)
        output = dumps_line(record) if settings.fmt == "jsonl" else dumps_pretty(record)
    return Outcome(source.display, "failed", output, message)


def fix_target(path: str) -> tuple[str, str]:
    """The file --in-place writes for an input and the kind it gets (`markdown` or `text`)."""
    stem, ext = os.path.splitext(path[:-3] if path.lower().endswith(".gz") else path)
    if ext.lower() in HTML_SUFFIXES or path.lower().endswith(".gz"):
        return stem + ".md", "markdown"
    return path, "markdown" if ext.lower() in MARKDOWN_SUFFIXES else "text"


def fix(source: Source, settings: Settings) -> Outcome:
    """--in-place: a text dump keeps only its article (if that is stable); an HTML page gets a sibling .md."""
    import extractor

    if source.error or source.path is None:
        error = source.error or ("NotAFile", "a record inside an archive cannot be rewritten in place")
        return failed(source, settings, *error)
    target, kind = fix_target(source.path)
    try:
        data = read_source(source, settings.options.max_bytes, settings.options.truncate)
        doc = extractor.extract(data, path=source.path, url=settings.options.url, options=settings.options)
        if not doc.has_article:
            return Outcome(source.display, "empty", message="no article found; left untouched")
        new = render_kind(doc, kind, settings)
        if target != source.path:
            return sibling_outcome(source.display, target, new)
        old = decode(data)
        if old is not None and same_text(old, new):
            return Outcome(source.display, "clean", target=target, before=old)
        again = extractor.extract(new.encode("utf-8"), path=source.path, url=settings.options.url,
                                  options=settings.options)
    except DocumentTimeout:
        raise
    except Exception as exc:  # noqa: BLE001 - as in convert(): one line, the run goes on
        return failure_from(source, settings, exc)
    if not again.has_article or not same_text(render_kind(again, kind, settings), new):
        return failed(source, settings, "Unstable", "the cleaned text would change again on the next run "
                      "(extraction is not stable on it); left untouched")
    return Outcome(source.display, "changed", new, target=target, before=old if old is not None else "")


def render_kind(doc: Any, kind: str, settings: Settings) -> str:
    """The cleaned file's text: Markdown for .md and HTML siblings, plain text for .txt."""
    from extractor.render import render_markdown, render_text

    return render_markdown(doc, settings.render) if kind == "markdown" else render_text(doc)


def sibling_outcome(display: str, target: str, new: str) -> Outcome:
    """An HTML page's sibling .md: clean when it already holds exactly this text."""
    try:
        with open(target, "rb") as handle:
            old = decode(handle.read())
    except FileNotFoundError:
        return Outcome(display, "changed", new, target=target, before=None)
    if old == new:
        return Outcome(display, "clean", target=target, before=old)
    return Outcome(display, "changed", new, target=target, before=old or "")


def decode(data: bytes) -> str | None:
    """The file's text when it is UTF-8 (else None: it will be rewritten as UTF-8)."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None


def same_text(a: str, b: str) -> bool:
    """True when two article texts say the same words, ignoring Markdown markup, escapes and layout."""
    return comparable(a) == comparable(b)


def comparable(text: str) -> str:
    """Words only: no front matter, no heading/list/quote markers, no backslash escapes, one space."""
    text = FRONT_MATTER.sub("", text.replace("\r\n", "\n"))
    text = ESCAPES.sub(r"\1", LINE_MARKERS.sub("", text))
    return " ".join(text.split())


def failure_from(source: Source, settings: Settings, exc: Exception) -> Outcome:
    """A failed Outcome for an exception raised while converting."""
    from extractor.errors import InputError

    if isinstance(exc, InputError):
        return failed(source, settings, exc.kind, str(exc))
    if isinstance(exc, OSError):
        return failed(source, settings, type(exc).__name__, exc.strerror or str(exc))
    return failed(source, settings, type(exc).__name__, f"{type(exc).__name__}: {exc}")
