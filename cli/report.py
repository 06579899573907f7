"""Messages on stderr: one-line errors and warnings, the --explain table and the end-of-run summary."""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

PROG = "boilerstrip"


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
        """`quiet` silences warnings and the summary; errors are always shown."""
        self.quiet = quiet
        self.console = console or make_console()

    def line(self, level: str, style: str, display: str, message: str) -> None:
        """Print `boilerstrip: LEVEL: PATH: message` on one line."""
        from rich.text import Text

        message = " ".join(message.split())
        self.console.print(Text.assemble(f"{PROG}: ", (level, style), f": {display}: {message}"))

    def error(self, display: str, message: str) -> None:
        """A failed input."""
        self.line("error", "bold red", display, message)

    def warning(self, display: str, message: str) -> None:
        """An input with no article (hidden by --quiet)."""
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

    def summary(self, counts: dict[str, int], seconds: float) -> None:
        """One line: processed / articles / no article / failed / seconds (hidden by --quiet)."""
        if self.quiet:
            return
        total = sum(counts.values())
        self.console.print(f"{PROG}: {total} processed, {counts.get('article', 0)} articles, "
                           f"{counts.get('empty', 0)} no article, {counts.get('failed', 0)} failed "
                           f"in {seconds:.2f} s")


def shorten(text: str, width: int) -> str:
    """Text on one line, cut to `width` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
