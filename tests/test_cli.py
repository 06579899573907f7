"""CLI tests: Click's CliRunner with a fake extractor for content, the real loader for bad input,
and one real subprocess run of the installed console script."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner, Result

from cli.main import main

if TYPE_CHECKING:
    from conftest import FakeExtract

DATA = Path(__file__).parent / "data"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def page(title: str, *paras: str) -> str:
    """An input in the fake extractor's format: title, blank line, paragraphs."""
    return "\n\n".join((title, *paras)) + "\n"


def write(folder: Path, name: str, content: str | bytes) -> str:
    """Write a file (creating folders) and return its path as a string."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def jsonl(result: Result) -> list[dict]:
    """The JSON Lines records on stdout."""
    return [json.loads(line) for line in result.stdout.splitlines()]


def stderr_lines(result: Result) -> list[str]:
    """The non-empty lines on stderr."""
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


# ------------------------------------------------------------------ stdin and files


def test_stdin_dash_gives_markdown(runner: CliRunner, fake: FakeExtract) -> None:
    result = runner.invoke(main, ["-"], input=page("Harbour news", "The light stays on."))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "# Harbour news\n\nThe light stays on.\n"
    assert result.stderr == ""
    assert fake.calls[0][0] is None  # stdin has no path


def test_no_argument_with_piped_stdin_reads_stdin(runner: CliRunner, fake: FakeExtract) -> None:
    result = runner.invoke(main, ["--format", "jsonl"], input=page("T", "Body text."))
    assert result.exit_code == 0
    [record] = jsonl(result)
    assert record["path"] == "-" and record["title"] == "T" and record["text"] == "Body text."


def test_no_argument_on_a_terminal_is_a_usage_error(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cli.inputs.stdin_is_tty", lambda: True)
    result = runner.invoke(main, [])
    assert result.exit_code == 2
    assert "Usage: boilerstrip" in result.stderr and "no input" in result.stderr and result.stdout == ""


def test_one_file_in_text_format(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("Title A", "First para.", "Second para."))
    result = runner.invoke(main, ["-f", "text", path, "--url", "https://a.example/"])
    assert result.exit_code == 0
    assert result.stdout == "Title A\n\nFirst para.\n\nSecond para.\n"
    assert fake.calls == [(path, "https://a.example/", fake.calls[0][2])]
    assert fake.calls[0][2].url == "https://a.example/"


def test_several_files_markdown_separated_in_order(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    a = write(tmp_path, "a.html", page("A", "alpha"))
    b = write(tmp_path, "b.html", page("B", "beta"))
    result = runner.invoke(main, [b, a])
    assert result.exit_code == 0
    assert result.stdout == "# B\n\nbeta\n\n---\n\n# A\n\nalpha\n"
    [summary] = stderr_lines(result)
    assert summary.startswith("boilerstrip: 2 processed, 2 articles, 0 no article, 0 failed in ")


def test_options_reach_extractor_and_renderer(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("Quote: \"yes\"", "Body."))
    result = runner.invoke(main, [path, "--front-matter", "--links", "--images", "--max-bytes", "1K"])
    assert result.exit_code == 0
    assert result.stdout.startswith('---\ntitle: "Quote: \\"yes\\""\nauthor: null\n')
    assert result.stdout.endswith('---\n\n# Quote: "yes"\n\nBody.\n')
    options = fake.calls[0][2]
    assert (options.links, options.images, options.explain, options.max_bytes) == (True, True, False, 1024)


# ------------------------------------------------------------------ JSON output


def test_jsonl_one_line_per_input_with_error_record(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    a = write(tmp_path, "a.html", page("A", "alpha"))
    missing = str(tmp_path / "missing.html")
    b = write(tmp_path, "b.html", page("Zürich “B”", "beta"))
    result = runner.invoke(main, ["--format", "jsonl", a, missing, b])
    assert result.exit_code == 1
    records = jsonl(result)
    assert [r["path"] for r in records] == [a, missing, b]
    assert records[0]["text"] == "alpha" and records[0]["error"] is None
    assert records[1]["error"] == {"type": "FileNotFoundError", "message": "No such file or directory"}
    assert records[1]["text"] is None and records[1]["title"] is None and records[1]["related"] == []
    assert records[2]["title"] == "Zürich “B”" and "Zürich “B”".encode() in result.stdout_bytes
    errors = [ln for ln in stderr_lines(result) if "error" in ln]
    assert errors == [f"boilerstrip: error: {missing}: No such file or directory"]
    assert "Traceback" not in result.stderr
    assert "3 processed, 2 articles, 0 no article, 1 failed" in result.stderr


def test_json_single_input_is_an_object(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("A", "alpha"))
    result = runner.invoke(main, ["-f", "json", path])
    record = json.loads(result.stdout)
    assert isinstance(record, dict) and record["title"] == "A" and record["markdown"] == "alpha\n"
    assert result.stdout.startswith('{\n  "path": ')


def test_json_several_inputs_is_an_array(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    a = write(tmp_path, "a.html", page("A", "alpha"))
    result = runner.invoke(main, ["-f", "json", a, str(tmp_path / "nope.html")])
    records = json.loads(result.stdout)
    assert [r["path"] for r in records] == [a, str(tmp_path / "nope.html")]
    assert records[1]["error"]["type"] == "FileNotFoundError" and result.exit_code == 1


def test_jsonl_thousand_inputs_in_order(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"p{i:04d}.html", page(f"T{i}", f"body {i}")) for i in range(1000)]
    result = runner.invoke(main, ["--format", "jsonl", *paths])
    assert result.exit_code == 0
    records = jsonl(result)
    assert [r["path"] for r in records] == paths
    assert [r["text"] for r in records[:3]] == ["body 0", "body 1", "body 2"]


# ------------------------------------------------------------------ bad inputs


@pytest.mark.parametrize(("content", "kind", "message"), [
    (b"", "EmptyInput", "input is empty"),
    (b"  \n\t\n", "EmptyInput", "input is empty"),
    (PNG, "BinaryInput", "input is binary (PNG image), not a web page"),
])
def test_empty_and_binary_inputs_fail_with_one_line(runner: CliRunner, tmp_path: Path, content: bytes,
                                                     kind: str, message: str) -> None:
    path = write(tmp_path, "bad.html", content)
    result = runner.invoke(main, ["-f", "jsonl", path])
    assert result.exit_code == 1
    [record] = jsonl(result)
    assert record["error"] == {"type": kind, "message": message} and record["path"] == path
    assert stderr_lines(result) == [f"boilerstrip: error: {path}: {message}"]


def test_missing_file_in_markdown_mode(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, [str(tmp_path / "gone.html")])
    assert result.exit_code == 1 and result.stdout == ""
    assert stderr_lines(result) == [f"boilerstrip: error: {tmp_path / 'gone.html'}: No such file or directory"]


def test_extractor_crash_is_one_line_and_the_run_continues(runner: CliRunner, fake: FakeExtract,
                                                           tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.html", "CRASH now\n")
    good = write(tmp_path, "good.html", page("G", "fine"))
    result = runner.invoke(main, ["-f", "jsonl", bad, good])
    assert result.exit_code == 1
    bad_rec, good_rec = jsonl(result)
    assert bad_rec["error"] == {"type": "RuntimeError", "message": "RuntimeError: the fake extractor crashed"}
    assert good_rec["text"] == "fine"
    assert f"boilerstrip: error: {bad}: RuntimeError: the fake extractor crashed" in stderr_lines(result)
    assert "Traceback" not in result.stderr


def test_no_article_warns_and_exits_1(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", page("Only a title", "NOARTICLE"))
    result = runner.invoke(main, [path])
    assert result.exit_code == 1 and result.stdout == ""
    assert stderr_lines(result) == [f"boilerstrip: warning: {path}: no article found"]
    quiet = runner.invoke(main, ["-q", "-f", "jsonl", path])
    assert quiet.exit_code == 1 and quiet.stderr == ""
    assert jsonl(quiet)[0]["text"] == "" and jsonl(quiet)[0]["error"] is None


def test_too_large_input(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "big.html", page("Big", "x" * 500))
    result = runner.invoke(main, ["--max-bytes", "100", "-f", "jsonl", path])
    assert result.exit_code == 1
    assert jsonl(result)[0]["error"]["type"] == "TooLarge"
    assert runner.invoke(main, ["--max-bytes", "lots", path]).exit_code == 2


# ------------------------------------------------------------------ directories


def test_directory_walk_is_recursive_sorted_and_skips_assets(runner: CliRunner, fake: FakeExtract,
                                                            tmp_path: Path) -> None:
    root = tmp_path / "pages"
    for name in ("b.html", "a.htm", "sub/c.txt", "sub/d.md", "z.xhtml", "page_files/x.html", ".hidden/y.html",
                 ".dot.html", "image.png", "sub/deeper/e.HTML"):
        write(root, name, page(name, "body"))
    write(root, "f.html.gz", __import__("gzip").compress(page("gz", "zipped").encode()))
    result = runner.invoke(main, ["-f", "jsonl", str(root)])
    assert result.exit_code == 0, result.stderr
    names = [os.path.relpath(r["path"], root) for r in jsonl(result)]
    assert names == ["a.htm", "b.html", "f.html.gz", "z.xhtml", "sub/c.txt", "sub/d.md", "sub/deeper/e.HTML"]
    assert jsonl(result)[2]["text"] == "zipped"


def test_directory_without_pages_fails(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["-f", "json", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["error"]["type"] == "NoInputFiles"
    assert stderr_lines(result)[0].startswith(f"boilerstrip: error: {tmp_path / 'empty'}: directory holds no")


# ------------------------------------------------------------------ -o / --output


def test_output_file_written_atomically(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("A", "alpha"))
    out = tmp_path / "out.md"
    out.write_text("old content")
    result = runner.invoke(main, [path, "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text() == "# A\n\nalpha\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "out.md"]  # no temp file left


def test_output_file_untouched_when_the_run_is_interrupted(runner: CliRunner, fake: FakeExtract,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write(tmp_path, f"{n}.html", page(n, "body")) for n in "ab"]
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    calls = iter([False, True])

    def flaky(data: bytes, **kwargs: object) -> object:
        if next(calls):
            raise KeyboardInterrupt
        return fake(data, **kwargs)

    monkeypatch.setattr("extractor.extract", flaky)
    result = runner.invoke(main, ["-j1", "-f", "jsonl", *paths, "-o", str(out)])
    assert result.exit_code == 130 and result.stderr.strip() == "boilerstrip: interrupted"
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.html", "out.jsonl"]


def test_output_onto_an_input_is_refused(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("A", "alpha"))
    result = runner.invoke(main, [path, "-o", path])
    assert result.exit_code == 2 and "refusing to overwrite the input" in result.stderr
    assert Path(path).read_text() == page("A", "alpha")
    nowhere = runner.invoke(main, [path, "-o", str(tmp_path / "no" / "such" / "out.md")])
    assert nowhere.exit_code == 2 and "does not exist" in nowhere.stderr


# ------------------------------------------------------------------ --explain, --version, --help


def test_explain_table_on_stderr_for_markdown(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("A", "Alpha paragraph"))
    result = runner.invoke(main, [path, "--explain"])
    assert result.exit_code == 0 and result.stdout == "# A\n\nAlpha paragraph\n"
    assert f"{path}: block decisions" in result.stderr
    assert any("body" in ln and "fake rule" in ln and "Alpha paragraph" in ln for ln in stderr_lines(result))
    assert "\x1b[" not in result.stderr  # no colour when stderr is not a terminal


def test_explain_goes_into_json_records(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page("A", "Alpha paragraph"))
    result = runner.invoke(main, [path, "--explain", "-f", "jsonl"])
    assert jsonl(result)[0]["explain"] == [{"text": "Alpha paragraph", "role": "body", "rule": "fake rule",
                                           "where": ""}]
    assert result.stderr == ""


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("boilerstrip 0.") and "trafilatura" in result.stdout


def test_help_lists_options_and_examples(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for text in ("--format", "--links", "--images", "--front-matter", "--explain", "--url", "--output",
                 "--quiet", "--max-bytes", "Examples:", "cat page.html | boilerstrip > article.md",
                 "boilerstrip --format jsonl pages/*.html > out.jsonl", "Exit status"):
        assert text in result.stdout


def test_help_imports_no_heavy_modules() -> None:
    code = ("import sys, cli.main; heavy = {'extractor', 'trafilatura', 'rich', 'lxml', 'bs4'}; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ------------------------------------------------------------------ closed stdout


class ClosedPipe:
    """A stdout whose reader has gone away."""

    def write(self, _data: bytes) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_exits_quietly(runner: CliRunner, fake: FakeExtract, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cli.output.stdout_stream", ClosedPipe)
    paths = [write(tmp_path, f"{i}.html", page(str(i), "body")) for i in range(3)]
    result = runner.invoke(main, ["-j1", "-f", "jsonl", *paths])
    assert result.exit_code == 141 and result.stderr == ""
    assert len(fake.calls) == 1  # stopped at the first failed write


def test_broken_pipe_for_real_via_python_m_cli(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i:03d}.txt", page(f"Doc {i}", "word " * 200)) for i in range(300)]
    proc = subprocess.Popen([sys.executable, "-m", "cli", "-f", "jsonl", *paths], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent)
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert json.loads(first)["path"] == paths[0]
    assert proc.returncode == 141 and err == b""


# ------------------------------------------------------------------ the installed console script


def test_console_script_end_to_end(tmp_path: Path) -> None:
    exe = shutil.which("boilerstrip")
    assert exe, "the boilerstrip console script is not installed: run pip install -e '.[dev]'"
    missing = str(tmp_path / "missing.html")
    article = str(DATA / "article.txt")
    proc = subprocess.run([exe, "--format", "jsonl", article, missing], check=False, capture_output=True,
                          timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 1
    first, second = (json.loads(line) for line in proc.stdout.decode("utf-8").splitlines())
    assert first["path"] == article and first["error"] is None and first["input_format"] == "text"
    assert "voted on Tuesday to keep the old harbour lighthouse lit" in first["text"]
    assert second["path"] == missing and second["error"]["type"] == "FileNotFoundError"
    lines = proc.stderr.decode().splitlines()
    assert f"boilerstrip: error: {missing}: No such file or directory" in lines
    assert "Traceback" not in proc.stderr.decode()


def test_truncate_cuts_an_oversized_input_instead_of_refusing_it(tmp_path):
    """--max-bytes refuses a big input; with --truncate the first max-bytes are used and a warning is printed."""
    page = tmp_path / "big.html"
    paragraph = "<p>" + "The harbour library reopened after two years of building work. " * 4 + "</p>"
    page.write_text("<html><body><h1>Library reopens</h1>" + paragraph * 200 + "</body></html>", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(main, ["--max-bytes", "10K", "-f", "jsonl", str(page)])
    assert refused.exit_code == 1
    assert json.loads(refused.stdout)["error"]["type"] == "TooLarge"
    cut = runner.invoke(main, ["--max-bytes", "10K", "--truncate", "-j1", "-f", "jsonl", str(page)])
    assert cut.exit_code == 0, cut.output
    record = json.loads(cut.stdout)
    assert record["error"] is None and "harbour library reopened" in record["text"]
    assert len(record["text"]) < 10_240
    assert "truncated to 10,240 bytes" in cut.stderr


def test_nfc_flag_reaches_the_extractor_and_is_off_by_default(runner: CliRunner, fake: FakeExtract) -> None:
    """--nfc asks for NFC-composed text; without it the page's Unicode is kept as written."""
    runner.invoke(main, ["-"], input=page("Harbour news", "The light stays on."))
    runner.invoke(main, ["--nfc", "-"], input=page("Harbour news", "The light stays on."))
    assert [call[2].normalize for call in fake.calls] == [False, True]


def run_module(*args: str) -> subprocess.CompletedProcess:
    """`python -m cli ARGS` in a real process (log records reach the real stderr)."""
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, timeout=120, check=False)


def test_stray_bytes_give_no_decoder_notice_on_stderr(tmp_path: Path) -> None:
    """A saved page with a few bytes no encoding explains: the text, and nothing from bs4's decoder on stderr (it
    said "Some characters could not be decoded ..." twice, without the file's name)."""
    page = tmp_path / "mixed.html"
    body = "<p>Caf\u00e9 STRAY. " + "The harbour board met on Tuesday night. " * 8 + "</p>"
    page.write_bytes(f"<html><head><meta charset='utf-8'></head><body><article><h1>Harbour board meets</h1>{body}</article></body></html>"
                     .encode("utf-8").replace(b"STRAY", b"\x81\x8d\x8f\x90\x9d \xe9t\xe9"))  # UTF-8, cp1252, neither
    proc = run_module("--format", "text", str(page))
    assert proc.returncode == 0
    assert "harbour board met" in proc.stdout.decode("utf-8")
    assert proc.stderr.decode("utf-8") == ""


def test_the_extractors_warnings_name_their_input(tmp_path: Path) -> None:
    """The extractor's warnings (nesting flattened) come as the CLI's own warning lines, with the input's name (in a
    batch, a bare "nesting was flattened" said nothing of which page), and `--quiet` silences them."""
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 300 + "<p>" + "Deep text of the story here. " * 10 + "</p>"
                    + "</div>" * 300 + "</body></html>", encoding="utf-8")
    loud, quiet = run_module("--format", "text", str(page)), run_module("-q", "--format", "text", str(page))
    assert loud.stderr.decode("utf-8").startswith(f"boilerstrip: warning: {page}: nesting deeper than 128 levels")
    assert quiet.stderr.decode("utf-8") == "" and quiet.stdout == loud.stdout
