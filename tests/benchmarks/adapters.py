"""Shared pieces of the benchmark scripts: one `extract(html_bytes) -> str` per tool, a per-document
time limit, and the machine / version description that goes into the reports.

Every adapter gets the raw page bytes (as score.py feeds trafilatura) and returns plain text with
block elements separated by newlines, so that tokens of adjacent paragraphs never run together.
"""
from __future__ import annotations

import contextlib
import os
import platform
import signal
import sys
from collections.abc import Callable
from importlib import metadata

TOOLS = ("boilerstrip", "boilerstrip-trafilatura", "trafilatura", "readability-lxml", "justext", "resiliparse")
DIST = {"boilerstrip": "boilerstrip", "boilerstrip-trafilatura": "boilerstrip", "trafilatura": "trafilatura", "readability-lxml": "readability-lxml",
        "justext": "jusText", "resiliparse": "resiliparse"}
NOTES = {
    "boilerstrip": "`extractor.extract(html).text`, in-process (default own body stage)",
    "boilerstrip-trafilatura": "`extractor.extract(html, options=Options(engine='trafilatura'))`: trafilatura body stage",
    "trafilatura": "`trafilatura.extract(html, include_comments=False)`",
    "readability-lxml": "`Document(html).summary()`, block-separated text",
    "justext": "`justext.justext(html, all stoplists merged)`, non-boilerplate paragraphs",
    "resiliparse": "`extract_plain_text(HTMLTree, main_content=True)`",
}

_BLOCK = frozenset(["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"])


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one line break after every block-level element."""
    import lxml.html

    if not fragment or not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    parts: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style"):
            if el.tail:
                parts.append(el.tail)
            return
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag.lower() in _BLOCK:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return "".join(parts).strip()


def make(tool: str) -> Callable[[bytes], str]:
    """Import `tool` and return its extract function (raises ImportError when it is not installed)."""
    if tool in ("boilerstrip", "boilerstrip-trafilatura"):
        import extractor

        options = extractor.Options(engine="trafilatura" if tool.endswith("trafilatura") else "own")

        def run(data: bytes, path: str | None = None) -> str:
            return extractor.extract(data, path=path, options=options).text
        return run
    if tool == "trafilatura":
        import trafilatura

        def run(data: bytes, path: str | None = None) -> str:
            return trafilatura.extract(data, include_comments=False) or ""
        return run
    if tool == "readability-lxml":
        from readability import Document

        def run(data: bytes, path: str | None = None) -> str:
            return html_to_text(Document(data).summary(html_partial=True))
        return run
    if tool == "justext":
        import justext

        # the pages are in many languages: the union of all stoplists, as trafilatura's own fallback does
        stoplist = frozenset(w for lang in justext.get_stoplists() for w in justext.get_stoplist(lang))

        def run(data: bytes, path: str | None = None) -> str:
            return "\n".join(p.text for p in justext.justext(data, stoplist) if not p.is_boilerplate)
        return run
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        from resiliparse.parse.html import HTMLTree

        def run(data: bytes, path: str | None = None) -> str:
            tree = HTMLTree.parse(bytes_to_str(data, detect_encoding(data)))
            return extract_plain_text(tree, main_content=True) or ""
        return run
    raise ValueError("unknown tool {!r} (known: {})".format(tool, ", ".join(TOOLS)))


def version(tool: str) -> str:
    """Installed version of a tool's distribution, or '?'."""
    try:
        return metadata.version(DIST.get(tool, tool))
    except metadata.PackageNotFoundError:
        return "?"


def git_head() -> str:
    """Short commit of the checkout the benchmark runs from (with '+dirty' for local changes), or ''."""
    import subprocess

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        head = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], check=False,
                              capture_output=True, text=True, timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--", "extractor"], check=False,
                               capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return head + ("+dirty" if head and dirty else "")


def machine() -> str:
    """'CPU model, N cores, OS, Python X.Y.Z, load average'."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = ""
    with contextlib.suppress(OSError, AttributeError):
        load = f", load average {os.getloadavg()[0]:.1f} at start"
    return (f"{cpu}, {os.cpu_count() or 0} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}{load}")


class TimeLimit(Exception):
    """A document took longer than the per-document limit."""


@contextlib.contextmanager
def time_limit(seconds: int):
    """Raise TimeLimit in the block after `seconds` (SIGALRM; main thread, POSIX only; 0 = no limit)."""
    if not seconds or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum, frame):
        raise TimeLimit()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)
