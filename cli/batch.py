"""The run loop: feed the inputs to the jobs, hand every Outcome to the mode's writer and to the reporter."""
from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from typing import Any, BinaryIO

from .config import RunConfig
from .convert import HTML_SUFFIXES, Outcome, failed, fix_target
from .inputs import Source
from .output import Sink, open_output, stdout_stream, unified_diff, write_atomic
from .pool import outcomes

EXTENSIONS = {"markdown": ".md", "text": ".txt", "json": ".json", "jsonl": ".jsonl"}


def run(sources: list[Source], config: RunConfig, reporter: Any) -> int:
    """Convert every source, write the outputs, report on stderr; return the exit code."""
    started = time.perf_counter()
    if config.mode == "fix":
        sources = without_sibling_outputs(sources)
    if config.mode == "mirror":
        sources = outside(sources, config.output_dir or "")
    with open_output(config.output if config.mode == "stream" else None) as stream:
        writer = make_writer(config, sources, stream, reporter)
        reporter.start(len(sources))
        try:
            for outcome in outcomes(sources, config, writer.early):
                writer.handle(outcome)
                report(outcome, config, reporter)
                reporter.count(outcome.status, outcome.display, outcome.message)
            writer.close()
        finally:
            reporter.stop()
    if len(sources) > 1 or config.mode == "fix":
        fix = ("would be rewritten" if not config.write else "rewritten") if config.mode == "fix" else ""
        reporter.summary(time.perf_counter() - started, fix)
    return exit_code(reporter.counts, config)


def exit_code(counts: dict[str, int], config: RunConfig) -> int:
    """0 when every input is good; 1 for any failure or missing article, or changes under --check."""
    if counts.get("failed") or counts.get("empty"):
        return 1
    return 1 if config.check and counts.get("changed") else 0


def report(outcome: Outcome, config: RunConfig, reporter: Any) -> None:
    """Tell stderr about one outcome: an error, the extractor's warnings, a no-article warning, a rewrite, the
    --explain table."""
    for note in outcome.notes:
        reporter.warning(outcome.display, note)
    if outcome.status == "failed":
        reporter.error(outcome.display, outcome.message)
    elif outcome.status == "empty":
        reporter.warning(outcome.display, outcome.message)
    elif outcome.status == "changed":
        done = "rewrote" if outcome.target == outcome.display else "wrote"
        verb = done if config.write else "would " + ("rewrite" if done == "rewrote" else "write")
        reporter.info(f"{verb} {outcome.target}")
    if (outcome.status in ("article", "empty") and config.settings.render.explain
            and config.settings.fmt in ("markdown", "text")):
        reporter.explain(outcome.display, outcome.decisions)


def make_writer(config: RunConfig, sources: Sequence[Source], stream: BinaryIO, reporter: Any) -> Any:
    """The writer for the run's mode."""
    if config.mode == "mirror":
        return MirrorWriter(config, sources)
    if config.mode == "fix":
        return FixWriter(config)
    return StreamWriter(config, stream)


class StreamWriter:
    """stdout or -o FILE: every document in one stream, framed per format."""

    def __init__(self, config: RunConfig, stream: BinaryIO) -> None:
        """Write to `stream`."""
        self.sink = Sink(stream, config.settings.fmt, array=config.array)

    def early(self, _source: Source) -> Outcome | None:
        """Every input is converted."""
        return None

    def handle(self, outcome: Outcome) -> None:
        """Write the document (or its error record)."""
        self.sink.write(outcome.output)

    def close(self) -> None:
        """Close the JSON array."""
        self.sink.close()


class MirrorWriter:
    """--output-dir: one file per input, under the same relative path, with the format's extension."""

    def __init__(self, config: RunConfig, sources: Sequence[Source]) -> None:
        """Remember the inputs, so that no output ever lands on one."""
        self.config = config
        self.inputs = {os.path.realpath(s.path) for s in sources if s.path}
        self.targets: dict[str, str] = {}   # display -> output path, for inputs in flight
        self.claimed: dict[str, str] = {}   # output path -> the input that produces it

    def early(self, source: Source) -> Outcome | None:
        """Refuse outputs onto inputs or onto another input's output; skip up-to-date outputs."""
        if source.error or (source.path is None and source.data is None):
            return None
        settings = self.config.settings
        target = mirror_path(source.path or source.display, self.config.output_dir or ".", settings.fmt)
        real = os.path.realpath(target)
        if real in self.inputs:
            return failed(source, settings, "RefusedOverwrite", f"its output {target} is an input; not written")
        if real in self.claimed:
            return failed(source, settings, "NameClash", f"its output {target} is also {self.claimed[real]}'s output; "
                          "convert the two separately (e.g. --exclude '*.txt')")
        self.claimed[real] = source.display
        if self.config.skip_existing and up_to_date(target, (source.path or source.display).split("#")[0]):
            return Outcome(source.display, "skipped", message=target)
        self.targets[source.display] = target
        return None

    def handle(self, outcome: Outcome) -> None:
        """Write an article's file atomically (inputs with no article or an error get no file)."""
        target = self.targets.pop(outcome.display, None)
        if target and outcome.status == "article":
            text = outcome.output
            write_atomic(target, text if text.endswith("\n") else text + "\n")

    def close(self) -> None:
        """Nothing to finish."""


class FixWriter:
    """--in-place / --check / --diff: rewrite (or show) what would change."""

    def __init__(self, config: RunConfig) -> None:
        """Diffs go to stdout."""
        self.config = config
        self.stream = stdout_stream() if config.diff else None

    def early(self, _source: Source) -> Outcome | None:
        """Every input is looked at."""
        return None

    def handle(self, outcome: Outcome) -> None:
        """Print the diff and/or replace the file, for a file that changes."""
        if outcome.status != "changed" or outcome.target is None:
            return
        if self.stream is not None:
            self.stream.write(unified_diff(outcome.target, outcome.before, outcome.output).encode("utf-8"))
            self.stream.flush()
        if self.config.write:
            write_atomic(outcome.target, outcome.output)

    def close(self) -> None:
        """Nothing to finish."""


def mirror_path(path: str, out_dir: str, fmt: str) -> str:
    """`a/b/page.html` -> `DIR/a/b/page.md`: the path as given (relative to the current folder), new suffix.

    A record of an archive (`a/x.warc.gz#<record-id>`) goes to `DIR/a/x.warc/<record-id>.md`.
    """
    path, hash_mark, record = path.partition("#")
    if hash_mark:
        name = re.sub(r"[^\w.-]+", "_", record).strip("_.") or "record"
        folder = path[:-3] if path.lower().endswith(".gz") else path
        return mirror_path(os.path.join(folder, name + ".html"), out_dir, fmt)
    rel = os.path.normpath(path)
    if os.path.isabs(rel) or rel.split(os.sep, 1)[0] == os.pardir:
        absolute = os.path.abspath(path)
        inside = os.path.relpath(absolute)
        rel = inside if not inside.startswith(os.pardir) else absolute.lstrip(os.sep)
    if rel.lower().endswith(".gz"):
        rel = rel[:-3]
    stem, ext = os.path.splitext(rel)
    return os.path.join(out_dir, (stem if ext else rel) + EXTENSIONS[fmt])


def up_to_date(target: str, source_path: str) -> bool:
    """True when the output exists and is not older than its input (--skip-existing)."""
    try:
        return os.stat(target).st_mtime_ns >= os.stat(source_path).st_mtime_ns
    except OSError:
        return False


def outside(sources: list[Source], out_dir: str) -> list[Source]:
    """Drop inputs found inside the output folder (outputs of an earlier run are not inputs).

    Not when the output folder is the current folder or above it: then every input is inside it.
    """
    root = os.path.realpath(out_dir) + os.sep
    if (os.path.realpath(os.curdir) + os.sep).startswith(root):
        return sources
    return [s for s in sources if not s.path or not os.path.realpath(s.path).startswith(root)]


def without_sibling_outputs(sources: list[Source]) -> list[Source]:
    """--in-place: a `page.md` next to an input `page.html` is that page's output, not an input."""
    outputs = {os.path.abspath(fix_target(s.path)[0]) for s in sources
               if s.path and s.path.lower().removesuffix(".gz").endswith(HTML_SUFFIXES)}
    return [s for s in sources if not s.path or os.path.abspath(s.path) not in outputs]

