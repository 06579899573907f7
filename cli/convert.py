"""One input in, one Outcome out: read, extract, render; every failure becomes a one-line message."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .inputs import Source, read_source

Format = Literal["markdown", "text", "json", "jsonl"]
Status = Literal["article", "empty", "failed"]


@dataclass(frozen=True)
class Settings:
    """Everything a conversion needs, fixed for the whole run (picklable, for a future process pool)."""

    fmt: Format
    options: Any           # extractor.Options
    render: Any            # extractor.render.RenderOptions


@dataclass(frozen=True)
class Outcome:
    """The result of one input: its status, the rendered output ("" for none) and a message for stderr."""

    display: str
    status: Status
    output: str = ""
    message: str = ""
    decisions: tuple[Any, ...] = field(default=(), compare=False)


def convert(source: Source, settings: Settings) -> Outcome:
    """Convert one input; never raises for bad input or extractor bugs (they become a failed Outcome)."""
    import extractor
    from extractor.errors import InputError

    if source.error:
        return failed(source, settings, *source.error)
    try:
        data = read_source(source, settings.options.max_bytes)
        doc = extractor.extract(data, path=source.path, url=settings.options.url, options=settings.options)
        output = render(doc, source.display, settings)
    except InputError as exc:
        return failed(source, settings, exc.kind, str(exc))
    except OSError as exc:
        return failed(source, settings, type(exc).__name__, exc.strerror or str(exc))
    except Exception as exc:  # noqa: BLE001 - an extractor bug must not stop the batch
        return failed(source, settings, type(exc).__name__, f"{type(exc).__name__}: {exc}")
    if not doc.has_article:
        return Outcome(source.display, "empty", output if settings.fmt in ("json", "jsonl") else "",
                       "no article found", doc.explain)
    return Outcome(source.display, "article", output, decisions=doc.explain)


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
