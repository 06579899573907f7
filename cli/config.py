"""The frozen run configuration: built once from the command line and passed down to every stage."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Mode = Literal["stream", "mirror", "fix"]


@dataclass(frozen=True)
class Selection:
    """Which files a directory walk takes: `--glob` patterns (default: page suffixes) and `--exclude`."""

    globs: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunConfig:
    """Everything about one run except the inputs themselves."""

    settings: Any                    # convert.Settings: what a worker needs (format, extractor/render options)
    mode: Mode = "stream"            # stream: stdout / -o; mirror: --output-dir; fix: --in-place/--check/--diff
    output: str | None = None        # -o FILE (stream mode)
    output_dir: str | None = None    # --output-dir DIR (mirror mode)
    skip_existing: bool = False      # mirror mode: keep outputs newer than their input
    write: bool = False              # fix mode: rewrite files (--in-place without --check/--diff)
    check: bool = False              # fix mode: exit 1 when a file would change
    diff: bool = False               # fix mode: unified diffs on stdout
    jobs: int = 1                    # worker processes (1 = in this process)
    timeout: float = 30.0            # seconds per document (0 = no limit)
    ordered: bool = True             # results in input order (else as they complete)
    quiet: bool = False              # no progress, warnings or summary
    array: bool = False              # stream mode, json format: wrap records in a JSON array
