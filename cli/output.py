"""Output writing: stdout or one atomically replaced file, with per-format framing between documents."""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

DOC_SEPARATOR = "\n---\n\n"   # between Markdown / text documents: a blank line, `---`, a blank line


class Sink:
    """Writes rendered documents to a binary stream as UTF-8, flushing after each one."""

    def __init__(self, stream: BinaryIO, fmt: str, array: bool = False) -> None:
        """`array`: in json format, wrap the records in a JSON array (several inputs)."""
        self.stream, self.fmt, self.array = stream, fmt, array and fmt == "json"
        self.count = 0

    def write(self, text: str) -> None:
        """Write one document's output (nothing for an empty string, except in JSON modes)."""
        if not text:
            return
        if self.fmt == "jsonl":
            chunk = text + "\n"
        elif self.fmt == "json":
            chunk = ("[\n" if self.count == 0 else ",\n") + text if self.array else text + "\n"
        else:
            chunk = (DOC_SEPARATOR if self.count else "") + text
        self.count += 1
        self.stream.write(chunk.encode("utf-8", "replace"))
        self.stream.flush()

    def close(self) -> None:
        """Finish the framing (the closing `]` of a JSON array)."""
        if self.array:
            self.stream.write(b"\n]\n" if self.count else b"[]\n")
            self.stream.flush()


def stdout_stream() -> BinaryIO:
    """The binary stdout (looked up at call time, so Click's test runner can capture it)."""
    return binary_stream(sys.stdout)


def binary_stream(stream: object) -> BinaryIO:
    """The byte stream under a text stream (the stream itself when it is already binary)."""
    return getattr(stream, "buffer", stream)  # type: ignore[return-value]


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[BinaryIO]:
    """Yield stdout, or a temp file in the target's folder that replaces `path` only on success."""
    if path is None or path == "-":
        yield stdout_stream()
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, target_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def target_mode(path: str) -> int:
    """The mode the output file gets: the existing file's, else 0o666 minus the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def same_file(a: str, b: str) -> bool:
    """True when two paths name the same file (symlinks and hard links included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def write_atomic(path: str, text: str) -> None:
    """Replace (or create) one file with `text` as UTF-8: a temp file in the same folder, then rename.

    The temp name is fixed (`.NAME.boilerstrip.tmp`), so a run killed mid-write leaves at most one hidden
    file that the next run over the same input replaces.
    """
    folder, name = os.path.split(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, f".{name}.boilerstrip.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(text.encode("utf-8", "replace"))
        os.chmod(tmp, target_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def unified_diff(path: str, before: str | None, after: str) -> str:
    """A unified diff from the file's current text (None: no file yet) to the cleaned text."""
    import difflib

    old = [] if before is None else before.splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, "/dev/null" if before is None else path, path)
    return "".join(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n" for ln in lines)
