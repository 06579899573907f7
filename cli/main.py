"""The `boilerstrip` command. Only click and the standard library are imported at module level (fast --help)."""
from __future__ import annotations

import os
import re
import sys
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
  boilerstrip saved-pages/ --output-dir articles/ -j 4 --skip-existing
  find . -name '*.html' -print0 | boilerstrip --files-from - -0 -f jsonl
  boilerstrip --in-place articles/      (or --check / --diff: change nothing)

\b
Output: data only on stdout (or -o FILE); messages on stderr.
Several documents in markdown/text format are separated by a line `---`
between blank lines; --format json prints one object for one input and a
JSON array for several inputs (or a directory); jsonl prints one line each.

\b
Exit status: 0 every input gave an article; 1 some input had no article or
failed (--check: or a file would change); 2 usage error; 123 internal
error; 141 stdout was closed (| head).
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
@click.option("--engine", type=click.Choice(["own", "trafilatura"]), default="own", show_default=True,
              help="Body stage for HTML: boilerstrip's own walk (faster) or trafilatura's main-body extraction.")
@click.option("--nfc", is_flag=True,
              help="Compose the text to Unicode NFC (canonically the same characters); default: as the page writes it.")
@click.option("--explain", is_flag=True,
              help="Show every block's role and rule: a table on stderr, or an `explain` list in JSON.")
@click.option("--url", metavar="URL", help="URL of the page (for metadata and relative links).")
@click.option("-o", "--output", metavar="FILE", help="Write all output to FILE (atomically) instead of stdout.")
@click.option("--output-dir", metavar="DIR",
              help="One output file per input under DIR, mirroring the input paths (a/b/p.html -> DIR/a/b/p.md).")
@click.option("--skip-existing", is_flag=True, help="With --output-dir: keep outputs newer than their input.")
@click.option("--in-place", is_flag=True,
              help="Rewrite .txt/.md dumps with only the article; write page.html's article to page.md.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 and list the files --in-place would change.")
@click.option("--diff", is_flag=True, help="Write nothing; print what --in-place would change as a unified diff.")
@click.option("--files-from", metavar="LIST",
              help="Read more input names from LIST (`-` for stdin), one per line.")
@click.option("-0", "--null", "nul", is_flag=True, help="--files-from names are NUL-separated (find -print0).")
@click.option("--glob", "globs", metavar="PATTERN", multiple=True,
              help="In directories, take files matching PATTERN (repeatable; default: page suffixes).")
@click.option("--exclude", "excludes", metavar="PATTERN", multiple=True,
              help="In directories, skip files and folders matching PATTERN (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes (default: CPU count; 1 = no workers).")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS",
              help="Time limit per document (0 = none); a slow input is reported as failed.")
@click.option("--unordered", is_flag=True, help="Print results as they complete, not in input order.")
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary; errors are still shown.")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default="50M",
              help="Refuse inputs larger than this (K/M/G suffixes; 0 = no limit).")
@click.option("--truncate", is_flag=True,
              help="Cut inputs larger than --max-bytes to that size (with a warning) instead of refusing them.")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=show_version,
              help="Show the version and exit.")
@click.pass_context
def main(ctx: click.Context, inputs: tuple[str, ...], **params: Any) -> None:
    """Strip boilerplate from saved web pages and text dumps: keep only the article.

    INPUTS are HTML files, text dumps of rendered pages (.txt/.md, optionally
    .gz) or directories (walked recursively for *.html *.htm *.xhtml *.txt
    *.md *.gz, skipping hidden and *_files/ folders). `-` or no INPUTS with a
    pipe reads stdin.
    """
    from .inputs import read_list, resolve, stdin_is_tty

    check_usage(ctx, inputs, params)
    listed = read_list(read_names(params["files_from"]), params["nul"]) if params["files_from"] else []
    if not inputs and params["files_from"] is None and stdin_is_tty():
        raise click.UsageError("no input: give files or directories, or pipe a page into stdin")
    config = make_config(ctx, inputs, params)
    sources = resolve(inputs, config_selection(params), listed)
    if config.mode != "stream" and any(s.display == STDIN for s in sources):
        raise click.UsageError("stdin cannot be used with --output-dir, --in-place, --check or --diff")
    check_output_path(config.output, sources)
    sys.exit(run_guarded(sources, config))


def check_usage(ctx: click.Context, inputs: tuple[str, ...], params: dict[str, Any]) -> None:
    """Usage errors for options that do not go together."""
    from click.core import ParameterSource

    fixing = params["in_place"] or params["check"] or params["diff"]
    if params["output"] and params["output_dir"]:
        raise click.UsageError("-o/--output and --output-dir cannot be used together")
    if fixing and (params["output"] or params["output_dir"]):
        raise click.UsageError("--in-place/--check/--diff write next to the inputs: drop -o/--output-dir")
    if fixing and ctx.get_parameter_source("fmt") is not ParameterSource.DEFAULT:
        raise click.UsageError("--in-place/--check/--diff keep each file's kind: drop --format")
    if params["skip_existing"] and not params["output_dir"]:
        raise click.UsageError("--skip-existing needs --output-dir")
    if params["nul"] and not params["files_from"]:
        raise click.UsageError("-0/--null needs --files-from")
    if params["files_from"] == STDIN and STDIN in inputs:
        raise click.UsageError("stdin cannot be both --files-from - and an input")


def read_names(name: str) -> bytes:
    """The raw --files-from list: a file, or stdin for `-` (a missing file is a usage error)."""
    if name == STDIN:
        from .output import binary_stream

        return binary_stream(sys.stdin).read()
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {name!r}: {exc.strerror}", param_hint="'--files-from'") from exc


def config_selection(params: dict[str, Any]) -> Any:
    """The --glob/--exclude Selection."""
    from .config import Selection

    return Selection(globs=tuple(params["globs"]), excludes=tuple(params["excludes"]))


def make_config(ctx: click.Context, inputs: tuple[str, ...], params: dict[str, Any]) -> Any:
    """The frozen RunConfig (and the extractor/render options inside it) for the whole run."""
    from extractor.model import Options
    from extractor.render import RenderOptions

    from .config import RunConfig
    from .convert import Settings
    from .pool import default_jobs

    fixing = params["in_place"] or params["check"] or params["diff"]
    options = Options(links=params["links"], images=params["images"], explain=params["explain"],
                      url=params["url"], max_bytes=params["max_bytes"], truncate=params["truncate"],
                      engine=params["engine"], normalize=params["nfc"])
    render = RenderOptions(links=params["links"], images=params["images"], front_matter=params["front_matter"],
                           explain=params["explain"])
    settings = Settings(fmt=params["fmt"].lower(), options=options, render=render, fix=fixing)
    mode = "fix" if fixing else "mirror" if params["output_dir"] else "stream"
    array = (len(inputs) > 1 or params["files_from"] is not None
             or any(os.path.isdir(i) for i in inputs if i != STDIN))
    return RunConfig(settings=settings, mode=mode, output=params["output"], output_dir=params["output_dir"],
                     skip_existing=params["skip_existing"],
                     write=params["in_place"] and not (params["check"] or params["diff"]),
                     check=params["check"], diff=params["diff"], jobs=params["jobs"] or default_jobs(),
                     timeout=params["timeout"], ordered=not params["unordered"], quiet=params["quiet"],
                     array=array)


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


def run_guarded(sources: list[Any], config: Any) -> int:
    """Run the batch; turn a closed stdout, Ctrl-C and internal errors into quiet exit codes."""
    from .batch import run
    from .report import Reporter, quiet_libraries

    quiet_libraries()  # (before the workers fork: they inherit it)
    reporter = Reporter(quiet=config.quiet)
    try:
        return run(sources, config, reporter)
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


def silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
