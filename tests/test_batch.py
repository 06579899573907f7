"""Batch mode: --files-from, --glob/--exclude, --output-dir, -j workers (timeouts, dead workers), progress,
--in-place/--check/--diff. CliRunner with fake extractors (forked workers inherit the monkeypatch)."""
from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner, Result

import extractor
from cli.main import main
from cli.report import Reporter

if TYPE_CHECKING:
    from conftest import FakeExtract


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


@pytest.fixture
def stripper(fake: FakeExtract, monkeypatch: pytest.MonkeyPatch) -> FakeExtract:
    """The fake extractor, plus: paragraphs starting `Advert` are boilerplate; a title `Unstable` loses its
    first body paragraph on every pass; `SLEEP` hangs; `DIE` kills the worker process."""
    def extract(data: bytes | str, **kwargs: object) -> extractor.Document:
        raw = data if isinstance(data, bytes) else data.encode()
        if raw.startswith(b"SLEEP"):
            time.sleep(60)
        if raw.startswith(b"DIE"):
            os._exit(7)
        doc = fake(raw, **kwargs)
        body = tuple(b for b in doc.body if not b.text.startswith("Advert"))
        if doc.title == "Unstable":
            body = body[1:]
        return extractor.Document(title=doc.title, body=body, url=doc.url, input_format="text")

    monkeypatch.setattr(extractor, "extract", extract)
    return fake


# ------------------------------------------------------------------ choosing inputs


def test_files_from_stdin_nul_separated(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    a = write(tmp_path, "a b.html", page("A", "alpha"))
    b = write(tmp_path, "sub/b\nnewline.txt", page("B", "beta"))
    result = runner.invoke(main, ["-f", "jsonl", "--files-from", "-", "-0"], input=f"{b}\0{a}\0".encode())
    assert result.exit_code == 0, result.stderr
    assert [r["path"] for r in jsonl(result)] == [b, a]


def test_files_from_a_list_file_plus_arguments(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    a = write(tmp_path, "a.html", page("A", "alpha"))
    b = write(tmp_path, "b.html", page("B", "beta"))
    listing = write(tmp_path, "list.txt", f"{b}\n\n{tmp_path / 'gone.html'}\n")
    result = runner.invoke(main, ["-f", "json", a, "--files-from", listing])
    records = json.loads(result.stdout)
    assert [r["path"] for r in records] == [a, b, str(tmp_path / "gone.html")]
    assert records[2]["error"]["type"] == "FileNotFoundError" and result.exit_code == 1


def test_glob_and_exclude(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    root = tmp_path / "site"
    for name in ("a.html", "b.txt", "news/c.html", "news/drafts/d.html", "e.page", "old/f.html"):
        write(root, name, page(name, "body"))
    result = runner.invoke(main, ["-f", "jsonl", str(root), "--glob", "*.html", "--glob", "*.page",
                                  "--exclude", "drafts", "--exclude", "old/*"])
    names = [os.path.relpath(r["path"], root) for r in jsonl(result)]
    assert names == ["a.html", "e.page", "news/c.html"]


@pytest.mark.parametrize("args", [
    ["-o", "x.md", "--output-dir", "d"],
    ["--in-place", "-o", "x.md"],
    ["--check", "--format", "json"],
    ["--skip-existing"],
    ["-0"],
    ["--jobs", "0"],
    ["--timeout", "-1"],
])
def test_usage_errors_exit_2(runner: CliRunner, fake: FakeExtract, tmp_path: Path, args: list[str]) -> None:
    path = write(tmp_path, "a.html", page("A", "alpha"))
    result = runner.invoke(main, [path, *args])
    assert result.exit_code == 2 and result.stdout == "" and "Usage:" in result.stderr


def test_stdin_cannot_be_rewritten(runner: CliRunner, fake: FakeExtract) -> None:
    result = runner.invoke(main, ["--in-place", "-"], input=page("A", "alpha"))
    assert result.exit_code == 2 and "stdin cannot be used" in result.stderr


# ------------------------------------------------------------------ --output-dir


def test_output_dir_mirrors_paths_with_format_extension(runner: CliRunner, fake: FakeExtract, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a/b/page.html", page("P", "body"))
    write(tmp_path, "a/q.htm.gz", __import__("gzip").compress(page("Q", "zipped").encode()))
    write(tmp_path, "a/none.html", page("N", "NOARTICLE"))
    result = runner.invoke(main, ["a", "--output-dir", "out", "-j2"])
    assert result.exit_code == 1  # one input has no article
    assert (tmp_path / "out/a/b/page.md").read_text() == "# P\n\nbody\n"
    assert (tmp_path / "out/a/q.md").read_text() == "# Q\n\nzipped\n"
    assert not (tmp_path / "out/a/none.md").exists()
    assert result.stdout == ""
    as_json = runner.invoke(main, ["a/b/page.html", "--output-dir", "out", "-f", "json"])
    assert json.loads((tmp_path / "out/a/b/page.json").read_text())["title"] == "P" and as_json.exit_code == 0
    files = [p.name for p in (tmp_path / "out").rglob("*")]
    assert not [n for n in files if n.endswith(".tmp")]


def test_output_dir_never_overwrites_an_input(runner: CliRunner, fake: FakeExtract, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "d.txt", page("D", "dump"))
    result = runner.invoke(main, ["d.txt", "--output-dir", ".", "-f", "text"])
    assert result.exit_code == 1 and "is an input; not written" in result.stderr
    assert (tmp_path / "d.txt").read_text() == page("D", "dump")


def test_skip_existing_keeps_newer_outputs(runner: CliRunner, fake: FakeExtract, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in "abc":
        write(tmp_path, f"in/{name}.html", page(name.upper(), "body"))
    assert runner.invoke(main, ["in", "--output-dir", "out"]).exit_code == 0
    kept = tmp_path / "out/in/a.md"
    os.utime(kept, ns=(1, os.stat("in/a.html").st_mtime_ns + 10**9))
    before = kept.stat().st_mtime_ns
    (tmp_path / "out/in/b.md").unlink()
    os.utime("in/c.html", ns=(1, os.stat("out/in/c.md").st_mtime_ns + 10**9))  # the input changed since
    fake.calls.clear()
    result = runner.invoke(main, ["in", "--output-dir", "out", "--skip-existing", "-j1"])
    assert result.exit_code == 0
    assert sorted(os.path.basename(c[0]) for c in fake.calls) == ["b.html", "c.html"]
    assert kept.stat().st_mtime_ns == before
    assert "3 processed, 2 articles, 0 no article, 0 failed, 1 skipped (up to date)" in result.stderr


# ------------------------------------------------------------------ -j workers


def test_jobs_output_is_ordered_like_one_job(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"p{i:03d}.html", page(f"T{i}", f"body {i}")) for i in range(60)]
    one = runner.invoke(main, ["-j1", "-f", "jsonl", *paths])
    two = runner.invoke(main, ["-j2", "-f", "jsonl", *paths])
    unordered = runner.invoke(main, ["-j2", "--unordered", "-f", "jsonl", *paths])
    assert one.exit_code == two.exit_code == unordered.exit_code == 0
    assert two.stdout == one.stdout
    assert sorted(unordered.stdout.splitlines()) == sorted(one.stdout.splitlines())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_timeout_fails_the_input_and_the_run_goes_on(runner: CliRunner, stripper: FakeExtract, tmp_path: Path,
                                                    jobs: str) -> None:
    paths = [write(tmp_path, "a.html", page("A", "alpha")), write(tmp_path, "slow.html", "SLEEP\n"),
             write(tmp_path, "b.html", page("B", "beta"))]
    started = time.monotonic()
    result = runner.invoke(main, ["-j", jobs, "--timeout", "0.5", "-f", "jsonl", *paths])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    a, slow, b = jsonl(result)
    assert a["text"] == "alpha" and b["text"] == "beta"
    assert slow["error"] == {"type": "Timeout", "message": "took longer than 0.5 s (--timeout); stopped"}
    assert f"boilerstrip: error: {paths[1]}: took longer than 0.5 s" in result.stderr


def test_dead_worker_is_replaced_and_its_input_reported(runner: CliRunner, stripper: FakeExtract,
                                                       tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i:02d}.html", "DIE\n" if i in (3, 7) else page(f"T{i}", f"b{i}"))
             for i in range(12)]
    result = runner.invoke(main, ["-j2", "-f", "jsonl", *paths])
    assert result.exit_code == 1
    records = jsonl(result)
    assert [r["path"] for r in records] == paths
    assert [r["error"]["type"] for r in records if r["error"]] == ["WorkerDied", "WorkerDied"]
    assert "exit code 7" in records[3]["error"]["message"]
    assert sum(r["text"] is not None and r["error"] is None for r in records) == 10
    assert "12 processed, 10 articles, 0 no article, 2 failed" in result.stderr
    assert f"  failed: {paths[3]}: the worker process died (exit code 7)" in result.stderr


# ------------------------------------------------------------------ progress and summary


def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    monkeypatch.delenv("TERM", raising=False)
    buffer = io.StringIO()
    reporter = Reporter(console=Console(file=buffer, force_terminal=True, width=120))
    reporter.start(4)
    for status in ("article", "failed", "article", "empty"):
        reporter.count(status, "x.html", "boom")
        reporter.drawn = 0.0
    reporter.stop()
    out = buffer.getvalue()
    assert "docs/s" in out and "1 failed" in out and "4/4" in out and "ETA" in out


@pytest.mark.parametrize(("term", "quiet"), [("dumb", False), ("xterm", True)])
def test_no_progress_bar_for_dumb_terminals_or_quiet(monkeypatch: pytest.MonkeyPatch, term: str,
                                                     quiet: bool) -> None:
    from rich.console import Console

    monkeypatch.setenv("TERM", term)
    buffer = io.StringIO()
    reporter = Reporter(quiet=quiet, console=Console(file=buffer, force_terminal=True))
    reporter.start(4)
    assert reporter.progress is None


def test_no_progress_when_stderr_is_not_a_terminal(runner: CliRunner, fake: FakeExtract, tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i}.html", page(str(i), "body")) for i in range(3)]
    result = runner.invoke(main, [*paths], env={"NO_COLOR": "1"})
    lines = [ln for ln in result.stderr.splitlines() if ln]
    assert len(lines) == 1 and lines[0].startswith("boilerstrip: 3 processed, 3 articles")
    assert "\x1b[" not in result.stderr


# ------------------------------------------------------------------ --in-place / --check / --diff


def test_in_place_rewrites_dumps_and_is_idempotent(runner: CliRunner, stripper: FakeExtract,
                                                   tmp_path: Path) -> None:
    dump = tmp_path / "story.txt"
    dump.write_text(page("Story", "Advert: buy now", "First.", "Second."))
    md = tmp_path / "notes.md"
    md.write_text(page("Notes", "Kept.", "Advert here"))
    first = runner.invoke(main, ["--in-place", str(dump), str(md)])
    assert first.exit_code == 0, first.stderr
    assert dump.read_text() == "Story\n\nFirst.\n\nSecond.\n"
    assert md.read_text() == "# Notes\n\nKept.\n"
    assert f"boilerstrip: rewrote {dump}" in first.stderr
    mtimes = (dump.stat().st_mtime_ns, md.stat().st_mtime_ns)
    time.sleep(0.01)
    second = runner.invoke(main, ["--in-place", str(dump), str(md)])
    assert second.exit_code == 0
    assert (dump.stat().st_mtime_ns, md.stat().st_mtime_ns) == mtimes
    assert "2 processed, 0 rewritten, 2 already clean" in second.stderr
    assert runner.invoke(main, ["--check", str(dump), str(md)]).exit_code == 0


def test_in_place_html_gets_a_sibling_markdown_file(runner: CliRunner, stripper: FakeExtract,
                                                    tmp_path: Path) -> None:
    html = write(tmp_path, "site/page.html", page("Page", "Body.", "Advert x"))
    result = runner.invoke(main, ["--in-place", str(tmp_path / "site")])
    assert result.exit_code == 0, result.stderr
    sibling = tmp_path / "site/page.md"
    assert sibling.read_text() == "# Page\n\nBody.\n" and Path(html).read_text() == page("Page", "Body.", "Advert x")
    mtime = sibling.stat().st_mtime_ns
    again = runner.invoke(main, ["--in-place", str(tmp_path / "site")])  # page.md is page.html's output
    assert again.exit_code == 0 and sibling.stat().st_mtime_ns == mtime
    assert "1 processed, 0 rewritten, 1 already clean" in again.stderr


def test_in_place_leaves_failures_and_unstable_files_untouched(runner: CliRunner, stripper: FakeExtract,
                                                               tmp_path: Path) -> None:
    files = {"none.txt": page("Title", "NOARTICLE"), "crash.txt": "CRASH\n", "empty.md": "",
             "unstable.txt": page("Unstable", "one", "two", "three")}
    for name, text in files.items():
        write(tmp_path, name, text)
    result = runner.invoke(main, ["--in-place", *(str(tmp_path / n) for n in files)])
    assert result.exit_code == 1
    for name, text in files.items():
        assert (tmp_path / name).read_text() == text
    assert "no article found; left untouched" in result.stderr
    assert "would change again on the next run" in result.stderr
    assert "4 processed, 0 rewritten, 0 already clean, 1 no article, 3 failed" in result.stderr


def test_check_lists_files_and_writes_nothing(runner: CliRunner, stripper: FakeExtract, tmp_path: Path) -> None:
    dirty = write(tmp_path, "dirty.txt", page("D", "Body.", "Advert!"))
    clean = write(tmp_path, "clean.txt", "C\n\nBody.\n")
    result = runner.invoke(main, ["--check", dirty, clean])
    assert result.exit_code == 1 and result.stdout == ""
    assert f"boilerstrip: would rewrite {dirty}" in result.stderr and clean not in result.stderr
    assert "2 processed, 1 would be rewritten, 1 already clean" in result.stderr
    assert Path(dirty).read_text() == page("D", "Body.", "Advert!")


def test_diff_prints_a_unified_diff(runner: CliRunner, stripper: FakeExtract, tmp_path: Path) -> None:
    dirty = write(tmp_path, "dirty.txt", "D\n\nBody.\n\nAdvert!\n")
    html = write(tmp_path, "p.html", page("P", "x"))
    diff_only = runner.invoke(main, ["--diff", dirty, html])
    assert diff_only.exit_code == 0
    assert diff_only.stdout == (f"--- {dirty}\n+++ {dirty}\n@@ -1,5 +1,3 @@\n D\n \n Body.\n-\n-Advert!\n"
                                f"--- /dev/null\n+++ {tmp_path / 'p.md'}\n@@ -0,0 +1,3 @@\n+# P\n+\n+x\n")
    both = runner.invoke(main, ["--check", "--diff", dirty])
    assert both.exit_code == 1 and both.stdout.startswith(f"--- {dirty}\n") and "would rewrite" in both.stderr
    assert Path(dirty).read_text() == "D\n\nBody.\n\nAdvert!\n" and not (tmp_path / "p.md").exists()


def test_output_dir_for_records_of_an_archive(runner: CliRunner, fake: FakeExtract, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.inputs import Source

    monkeypatch.chdir(tmp_path)
    write(tmp_path, "crawl.warc.gz", b"not read: the records carry their bytes")

    def records(path: str) -> list[Source]:
        return [Source(f"{path}#<urn:uuid:{n}>", None, data=page(n.upper(), "body").encode()) for n in "ab"]

    monkeypatch.setattr("cli.inputs.expand_container", records)
    result = runner.invoke(main, ["crawl.warc.gz", "--output-dir", "out", "-j2"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out/crawl.warc/urn_uuid_a.md").read_text() == "# A\n\nbody\n"
    assert (tmp_path / "out/crawl.warc/urn_uuid_b.md").read_text() == "# B\n\nbody\n"
    again = runner.invoke(main, ["crawl.warc.gz", "--output-dir", "out", "--skip-existing"])
    assert "2 skipped" in again.stderr and again.exit_code == 0
    in_place = runner.invoke(main, ["--in-place", "crawl.warc.gz"])
    assert in_place.exit_code == 1 and "cannot be rewritten in place" in in_place.stderr
