"""Input walking and reading: files, directories (recursive, deterministic) and stdin."""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".md", ".gz")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input: its path as shown to the user, where to read it, and any error found while walking."""

    display: str                  # the path as given (joined under a directory argument), "-" for stdin
    path: str | None              # file to read; None for stdin
    error: tuple[str, str] | None = None  # (type, message) when the input is known bad before reading


def stdin_is_tty() -> bool:
    """True when stdin is an interactive terminal (or missing), i.e. nothing is piped in."""
    try:
        return sys.stdin is None or sys.stdin.isatty()
    except (ValueError, OSError):
        return True


def resolve(args: Sequence[str]) -> list[Source]:
    """Expand the INPUTS arguments, in order, into Sources (directories walked recursively)."""
    if not args:
        return [Source(STDIN, None)]
    sources: list[Source] = []
    for arg in args:
        if arg == STDIN:
            sources.append(Source(STDIN, None))
        elif os.path.isdir(arg):
            sources.extend(walk(arg))
        else:
            sources.append(Source(arg, arg))
    return sources


def walk(root: str) -> list[Source]:
    """Page files under a directory, sorted, skipping hidden entries and `*_files/` asset folders."""
    found: list[Source] = []

    def on_error(exc: OSError) -> None:
        name = exc.filename or root
        found.append(Source(name, None, (type(exc).__name__, exc.strerror or str(exc))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not skipped_dir(d))
        found.extend(Source(os.path.join(dirpath, f), os.path.join(dirpath, f))
                     for f in sorted(filenames) if is_page_file(f))
    if not found:
        kinds = ", ".join("*" + s for s in PAGE_SUFFIXES)
        found.append(Source(root, None, ("NoInputFiles", f"directory holds no page files ({kinds})")))
    return found


def skipped_dir(name: str) -> bool:
    """Hidden folders and the `NAME_files/` asset folders of "Save page complete" are not walked."""
    return name.startswith(".") or name.endswith("_files")


def is_page_file(name: str) -> bool:
    """True for a visible file whose name ends in a page suffix (case-insensitive)."""
    return not name.startswith(".") and name.lower().endswith(PAGE_SUFFIXES)


def read_source(source: Source, max_bytes: int) -> bytes:
    """Read the raw bytes of one input, at most max_bytes (+1 to detect an oversized input)."""
    from extractor.errors import TooLarge

    limit = max_bytes + 1 if max_bytes else -1
    if source.path is None:
        from click import get_binary_stream

        data = get_binary_stream("stdin").read(limit)
    else:
        with open(source.path, "rb") as handle:
            data = handle.read(limit)
    if max_bytes and len(data) > max_bytes:
        raise TooLarge(f"input is over the limit of {max_bytes:,} bytes (--max-bytes)")
    return data
