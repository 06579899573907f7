"""Input walking and reading: files, directories (recursive, deterministic) and stdin."""
from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from .config import Selection

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".md", ".gz", ".mhtml", ".mht", ".webarchive", ".warc")
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input: its path as shown to the user, where to read it, and any error found while walking."""

    display: str                  # the path as given (joined under a directory argument), "-" for stdin
    path: str | None              # file to read; None for stdin
    error: tuple[str, str] | None = None  # (type, message) when the input is known bad before reading
    data: bytes | None = None     # the bytes, when already read (stdin handed to a worker process)


def stdin_is_tty() -> bool:
    """True when stdin is an interactive terminal (or missing), i.e. nothing is piped in."""
    try:
        return sys.stdin is None or sys.stdin.isatty()
    except (ValueError, OSError):
        return True


def resolve(args: Sequence[str], selection: Selection = Selection(),  # noqa: B008 (frozen)
            listed: Sequence[str] = ()) -> list[Source]:
    """Expand the INPUTS arguments and --files-from entries, in order, into Sources.

    This is the one place that turns names into documents: a directory is walked, `-` is stdin,
    anything else is one file.
    """
    names = [*args, *listed]
    if not names:
        return [Source(STDIN, None)]
    sources: list[Source] = []
    for name in names:
        if name == STDIN:
            sources.append(Source(STDIN, None))
        elif os.path.isdir(name):
            sources.extend(walk(name, selection))
        else:
            sources.extend(expand_container(name))
    return sources


def expand_container(path: str) -> list[Source]:
    """A WARC file is one Source per HTML record (`file.warc.gz#<record-id>`); any other file is one Source."""
    from extractor.containers import split_file

    parts = split_file(path)
    if parts is None:
        return [Source(path, path)]
    return [Source(p.subpath, None, data=p.raw) for p in parts] or [
        Source(path, None, ("EmptyInput", "the WARC file holds no HTML page"))]


def read_list(raw: bytes, nul: bool) -> list[str]:
    """The file names of a --files-from list: one per line, or NUL-separated with -0; blanks skipped."""
    parts = raw.split(b"\0") if nul else raw.splitlines()
    return [os.fsdecode(p) for p in parts if p.strip()]


def walk(root: str, selection: Selection = Selection()) -> list[Source]:  # noqa: B008 (frozen)
    """Page files under a directory, sorted, skipping hidden entries, `*_files/` folders and --exclude."""
    found: list[Source] = []

    def on_error(exc: OSError) -> None:
        name = exc.filename or root
        found.append(Source(name, None, (type(exc).__name__, exc.strerror or str(exc))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        rel = os.path.relpath(dirpath, root)
        dirnames[:] = sorted(d for d in dirnames
                             if not skipped_dir(d) and not excluded(join_rel(rel, d), selection))
        for f in sorted(filenames):
            if selected(join_rel(rel, f), selection):
                found.extend(expand_container(os.path.join(dirpath, f)))
    if not found:
        kinds = ", ".join(selection.globs or ["*" + s for s in PAGE_SUFFIXES])
        found.append(Source(root, None, ("NoInputFiles", f"directory holds no page files ({kinds})")))
    return found


def join_rel(rel: str, name: str) -> str:
    """A path relative to the walked directory, with `/` separators."""
    return name if rel == os.curdir else f"{rel}/{name}".replace(os.sep, "/")


def matches(rel: str, pattern: str) -> bool:
    """fnmatch a relative path: patterns without `/` match the file name, others the whole path."""
    if "/" not in pattern:
        return fnmatch.fnmatch(rel.rsplit("/", 1)[-1], pattern)
    return fnmatch.fnmatch(rel, pattern.lstrip("/")) or fnmatch.fnmatch(rel, pattern.replace("**/", ""))


def excluded(rel: str, selection: Selection) -> bool:
    """True when an --exclude pattern matches this file or folder."""
    return any(matches(rel, p) for p in selection.excludes)


def selected(rel: str, selection: Selection) -> bool:
    """True for a walked file the run takes: a page file (or a --glob match) that is not excluded."""
    name = rel.rsplit("/", 1)[-1]
    if name.startswith(".") or excluded(rel, selection):
        return False
    if selection.globs:
        return any(matches(rel, p) for p in selection.globs)
    return is_page_file(name)


def skipped_dir(name: str) -> bool:
    """Hidden folders and the `NAME_files/` asset folders of "Save page complete" are not walked."""
    return name.startswith(".") or name.endswith("_files")


def is_page_file(name: str) -> bool:
    """True for a visible file whose name ends in a page suffix (case-insensitive)."""
    return not name.startswith(".") and name.lower().endswith(PAGE_SUFFIXES)


def read_source(source: Source, max_bytes: int, truncate: bool = False) -> bytes:
    """Read the raw bytes of one input, at most max_bytes (+1 to detect an oversized input).

    An oversized input is refused (TooLarge), or with `truncate` cut to max_bytes with a warning on stderr.
    """
    from extractor.errors import TooLarge

    limit = max_bytes + 1 if max_bytes else -1
    if source.data is not None:
        data = source.data[:limit] if max_bytes else source.data
    elif source.path is None:
        from .output import binary_stream

        data = binary_stream(sys.stdin).read(limit)
    else:
        with open(source.path, "rb") as handle:
            data = handle.read(limit)
    if max_bytes and len(data) > max_bytes:
        if not truncate:
            raise TooLarge(f"input is over the limit of {max_bytes:,} bytes (--max-bytes; --truncate to cut it)")
        print(f"boilerstrip: warning: {source.display}: truncated to {max_bytes:,} bytes (--truncate)",
              file=sys.stderr)
        return data[:max_bytes]
    return data
