"""Messages on stderr: one-line errors and warnings, the --explain table and the end-of-run summary."""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from typing import Any

PROG = "boilerstrip"
FIRST_FAILURES = 3      # failure reasons repeated in the summary
REFRESH_SECONDS = 0.1   # the progress bar is redrawn by hand (no thread, so forking workers stays safe)


def quiet_libraries() -> None:
    """No log records of the libraries on stderr: bs4's decoding notice ("Some characters could not be decoded") is
    routine on a saved page with a few stray bytes, and came twice without the file's name (a binary input gets its
    own error). The extractor's own warnings come back in the Document and are reported per input."""
    import logging

    logging.getLogger("bs4").setLevel(logging.ERROR)


def make_console() -> Any:
    """A rich Console on stderr: no colour when stderr is not a TTY, NO_COLOR is set or TERM=dumb."""
    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    console = Console(stderr=True, no_color=plain, color_system=None if plain else "auto",
                      highlight=False, markup=False, emoji=False, soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 120  # tables in a log file or pipe: wider than rich's default of 80
    return console


class Reporter:
    """Writes everything that is not data to stderr."""

    def __init__(self, quiet: bool = False, console: Any = None) -> None:
        """`quiet` silences progress, warnings and the summary; errors are always shown."""
        self.quiet = quiet
        self.console = console or make_console()
        self.counts: dict[str, int] = {}
        self.failures: list[tuple[str, str]] = []
        self.progress: Any = None
        self.drawn = 0.0

    def start(self, total: int) -> None:
        """Show a progress bar for a batch when stderr is an interactive terminal."""
        if self.quiet or total < 2 or not self.console.is_terminal or self.console.is_dumb_terminal:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("boilerstrip"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]} docs/s"), TextColumn("{task.fields[failed]} failed"),
                                 TextColumn("ETA"), TimeRemainingColumn(), console=self.console,
                                 auto_refresh=False, transient=True)
        self.progress.add_task("batch", total=total, rate="0.0", failed=0)
        self.progress.start()
        self.started = time.perf_counter()

    def count(self, status: str, display: str = "", message: str = "") -> None:
        """Count one finished input (remembering the first failure reasons) and move the bar."""
        self.counts[status] = self.counts.get(status, 0) + 1
        if status == "failed" and len(self.failures) < FIRST_FAILURES:
            self.failures.append((display, message))
        if self.progress is None:
            return
        done = sum(self.counts.values())
        rate = done / max(time.perf_counter() - self.started, 1e-6)
        self.progress.update(self.progress.task_ids[0], completed=done, rate=f"{rate:.1f}",
                             failed=self.counts.get("failed", 0))
        now = time.perf_counter()
        if now - self.drawn >= REFRESH_SECONDS:
            self.progress.refresh()
            self.drawn = now

    def stop(self) -> None:
        """Remove the progress bar."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def info(self, message: str) -> None:
        """A plain progress note such as `rewrote PATH` (hidden by --quiet)."""
        if not self.quiet:
            self.console.print(f"{PROG}: {message}")

    def line(self, level: str, style: str, display: str, message: str) -> None:
        """Print `boilerstrip: LEVEL: PATH: message` on one line."""
        from rich.text import Text

        message = " ".join(message.split())
        self.console.print(Text.assemble(f"{PROG}: ", (level, style), f": {display}: {message}"))

    def error(self, display: str, message: str) -> None:
        """A failed input."""
        self.line("error", "bold red", display, message)

    def warning(self, display: str, message: str) -> None:
        """An input with no article, or a warning of the extractor's about one (hidden by --quiet)."""
        if not self.quiet:
            self.line("warning", "yellow", display, message)

    def explain(self, display: str, decisions: Iterable[Any]) -> None:
        """A table of every block's role and the rule that gave it."""
        from rich import box
        from rich.table import Table

        rows = list(decisions)
        show_where = any(d.where for d in rows)
        room = max(20, self.console.width - 60)
        table = Table(box=box.SIMPLE_HEAD)
        for name in ("#", "role", "rule", *(["where"] if show_where else []), "text"):
            table.add_column(name, justify="right" if name == "#" else "left")
        for i, d in enumerate(rows, 1):
            where = [d.where] if show_where else []
            table.add_row(str(i), d.role, d.rule, *where, shorten(d.text, room))
        if not rows:
            table.add_row("", "", "(no decisions recorded)", *([""] if show_where else []), "")
        self.console.print(f"{display}: block decisions")
        self.console.print(table, soft_wrap=False)

    def summary(self, seconds: float, fix: str = "") -> None:
        """Processed / articles / no article / failed / time, then the first failure reasons (not with -q).

        `fix` is "rewritten" or "would be rewritten" in --in-place/--check mode.
        """
        if self.quiet:
            return
        c = self.counts
        total = sum(c.values())
        if fix:
            line = (f"{total} processed, {c.get('changed', 0)} {fix}, {c.get('clean', 0)} already clean, "
                    f"{c.get('empty', 0)} no article, {c.get('failed', 0)} failed")
        else:
            line = (f"{total} processed, {c.get('article', 0)} articles, {c.get('empty', 0)} no article, "
                    f"{c.get('failed', 0)} failed")
            if c.get("skipped"):
                line += f", {c['skipped']} skipped (up to date)"
        self.console.print(f"{PROG}: {line} in {seconds:.2f} s")
        for display, message in self.failures:
            self.console.print(f"  failed: {display}: {message}")
        more = c.get("failed", 0) - len(self.failures)
        if more > 0:
            self.console.print(f"  ... and {more} more failed")


def shorten(text: str, width: int) -> str:
    """Text on one line, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
