"""The `boilerstrip` command. Only click and the standard library are imported at module level (fast --help)."""
from __future__ import annotations

import os
import re
import sys
import time
from typing import Any

import click

from .inputs import STDIN

FORMATS = ("markdown", "text", "json", "jsonl")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 123, 130, 141

EPILOG = """\b
Examples:
  cat page.html | boilerstrip > article.md
  curl -s https://example.org/story | boilerstrip - --url https://example.org/story
  boilerstrip --format jsonl pages/*.html > out.jsonl
  boilerstrip saved-pages/ --format json -o articles.json
  boilerstrip --front-matter --links page.html
  boilerstrip --explain page.html > /dev/null

\b
Output: data only on stdout (or -o FILE); messages on stderr.
Several documents in markdown/text format are separated by a line `---`
between blank lines; --format json prints one object for one input and a
JSON array for several inputs (or a directory); jsonl prints one line each.

\b
Exit status: 0 every input gave an article; 1 some input had no article or
failed; 2 usage error; 123 internal error; 141 stdout was closed (| head).
"""


class ByteSize(click.ParamType):
    """A byte count with an optional K/M/G suffix (powers of 1024); 0 means no limit."""

    name = "BYTES"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        """Parse `50M`, `1g`, `4096`."""
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", str(value))
        if not match:
            self.fail(f"{value!r} is not a size like 4096, 512K, 50M or 1G", param, ctx)
        return int(match.group(1)) * 1024 ** " KMG".index((match.group(2) or " ").upper())


def show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """Print `boilerstrip X.Y.Z (trafilatura A.B, Python C.D.E)` and exit."""
    if not value or ctx.resilient_parsing:
        return
    from importlib import metadata

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    ours = version("boilerstrip")
    if ours == "not installed":
        from extractor import __version__ as ours
    py = ".".join(map(str, sys.version_info[:3]))
    click.echo(f"boilerstrip {ours} (trafilatura {version('trafilatura')}, Python {py})")
    ctx.exit(EXIT_OK)


@click.command(name="boilerstrip", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[INPUTS]...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default="markdown",
              show_default=True, help="Output format.")
@click.option("--links", is_flag=True, help="Keep hyperlinks as [text](href) in Markdown.")
@click.option("--images", is_flag=True, help="Keep images as ![alt](src) in Markdown.")
@click.option("--front-matter", is_flag=True, help="Start Markdown output with a YAML metadata header.")
@click.option("--explain", is_flag=True,
              help="Show every block's role and rule: a table on stderr, or an `explain` list in JSON.")
@click.option("--url", metavar="URL", help="URL of the page (for metadata and relative links).")
@click.option("-o", "--output", metavar="FILE", help="Write all output to FILE (atomically) instead of stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings and no summary; errors are still shown.")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default="50M",
              help="Refuse inputs larger than this (K/M/G suffixes; 0 = no limit).")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=show_version,
              help="Show the version and exit.")
def main(inputs: tuple[str, ...], fmt: str, links: bool, images: bool, front_matter: bool, explain: bool,
         url: str | None, output: str | None, quiet: bool, max_bytes: int) -> None:
    """Strip boilerplate from saved web pages and text dumps: keep only the article.

    INPUTS are HTML files, text dumps of rendered pages (.txt/.md, optionally
    .gz) or directories (walked recursively for *.html *.htm *.xhtml *.txt
    *.md *.gz, skipping hidden and *_files/ folders). `-` or no INPUTS with a
    pipe reads stdin.
    """
    from .inputs import resolve, stdin_is_tty

    if not inputs and stdin_is_tty():
        raise click.UsageError("no input: give files or directories, or pipe a page into stdin")
    sources = resolve(inputs)
    check_output_path(output, sources)
    settings = make_settings(fmt.lower(), links, images, front_matter, explain, url, max_bytes)
    array = len(inputs) > 1 or any(os.path.isdir(i) for i in inputs if i != STDIN)
    sys.exit(run_guarded(sources, settings, output, array, quiet))


def check_output_path(output: str | None, sources: list[Any]) -> None:
    """Usage errors for -o: a missing folder, a directory, or one of the inputs."""
    from .output import same_file

    if output is None or output == STDIN:
        return
    if os.path.isdir(output):
        raise click.BadParameter(f"{output!r} is a directory", param_hint="'-o' / '--output'")
    if not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        raise click.BadParameter(f"the folder of {output!r} does not exist", param_hint="'-o' / '--output'")
    for source in sources:
        if source.path and same_file(source.path, output):
            raise click.BadParameter(f"refusing to overwrite the input {source.display!r}",
                                     param_hint="'-o' / '--output'")


def make_settings(fmt: str, links: bool, images: bool, front_matter: bool, explain: bool,
                  url: str | None, max_bytes: int) -> Any:
    """Build the frozen extractor Options and RenderOptions for the run."""
    from extractor.model import Options
    from extractor.render import RenderOptions

    from .convert import Settings

    options = Options(links=links, images=images, explain=explain, url=url, max_bytes=max_bytes)
    render = RenderOptions(links=links, images=images, front_matter=front_matter, explain=explain)
    return Settings(fmt=fmt, options=options, render=render)  # type: ignore[arg-type]


def run_guarded(sources: list[Any], settings: Any, output: str | None, array: bool, quiet: bool) -> int:
    """Run the batch; turn a closed stdout, Ctrl-C and internal errors into quiet exit codes."""
    from .report import Reporter

    reporter = Reporter(quiet=quiet)
    try:
        return run(sources, settings, output, array, reporter)
    except BrokenPipeError:
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        reporter.console.print("boilerstrip: interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a CLI bug: one line, unless BOILERSTRIP_DEBUG is set
        if os.environ.get("BOILERSTRIP_DEBUG"):
            raise
        reporter.line("internal error", "bold red", type(exc).__name__, f"{exc} (set BOILERSTRIP_DEBUG=1)")
        return EXIT_INTERNAL


def run(sources: list[Any], settings: Any, output: str | None, array: bool, reporter: Any) -> int:
    """Convert every source in order, write the outputs, report on stderr; return the exit code."""
    from .convert import convert
    from .output import Sink, open_output

    counts: dict[str, int] = {}
    started = time.perf_counter()
    with open_output(output) as stream:
        sink = Sink(stream, settings.fmt, array=array)
        for source in sources:
            outcome = convert(source, settings)
            sink.write(outcome.output)
            report(outcome, settings, reporter)
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        sink.close()
    if len(sources) > 1:
        reporter.summary(counts, time.perf_counter() - started)
    return EXIT_OK if counts.get("article", 0) == len(sources) else EXIT_SOME_FAILED


def report(outcome: Any, settings: Any, reporter: Any) -> None:
    """Tell stderr about one outcome: an error, a no-article warning, the --explain table."""
    if outcome.status == "failed":
        reporter.error(outcome.display, outcome.message)
        return
    if outcome.status == "empty":
        reporter.warning(outcome.display, outcome.message)
    if settings.render.explain and settings.fmt in ("markdown", "text"):
        reporter.explain(outcome.display, outcome.decisions)


def silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
