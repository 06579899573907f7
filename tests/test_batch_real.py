"""Batch runs for real: the installed console script, the real extractor, inputs copied from fixtures/."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "fixtures" / "aggregator"
ENV = {**os.environ, "NO_COLOR": "1"}


def exe() -> str:
    """The installed console script."""
    found = shutil.which("boilerstrip")
    assert found, "the boilerstrip console script is not installed: run pip install -e '.[dev]'"
    return found


def build(folder: Path, count: int, suffixes: tuple[str, ...] = (".txt",)) -> list[Path]:
    """`count` inputs copied from the fixtures, spread over sub-folders of 100 (no two share a stem)."""
    sources = sorted(p for p in FIXTURES.iterdir() if p.suffix in suffixes)
    made = []
    for i in range(count):
        src = sources[i % len(sources)]
        dest = folder / f"part{i // 100:02d}" / f"{i:05d}-{src.stem}{src.suffix}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        made.append(dest)
    return made


def outputs(folder: Path) -> dict[str, int]:
    """Every file under `folder` with its mtime (ns); a temp file renamed while we look is skipped, not an error."""
    found = {}
    for path in folder.rglob("*"):
        try:
            if path.is_file():
                found[str(path.relative_to(folder))] = path.stat().st_mtime_ns
        except FileNotFoundError:
            continue
    return found


def test_killed_and_resumed_run(tmp_path: Path) -> None:
    build(tmp_path / "in", 60)
    cmd = [exe(), "in", "--output-dir", "out", "-j2", "-q"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=ENV, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while len(outputs(tmp_path / "out")) < 8 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole run, workers included, with no chance to clean up
    proc.wait(30)
    first = {k: v for k, v in outputs(tmp_path / "out").items() if not k.endswith(".tmp")}
    assert 8 <= len(first) < 60, "the run was not interrupted half way"
    resumed = subprocess.run([*cmd[:-1], "--skip-existing"], check=False, cwd=tmp_path, env=ENV, capture_output=True,
                             text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    after = outputs(tmp_path / "out")
    assert len(after) == 60 and not [k for k in after if k.endswith(".tmp")]
    assert all(after[k] == v for k, v in first.items()), "a finished output was rewritten"
    assert f"60 processed, {60 - len(first)} articles, 0 no article, 0 failed, {len(first)} skipped" \
        in resumed.stderr
    for path in (tmp_path / "out").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and text.endswith("\n") and len(text) > 200


def test_broken_pipe_with_workers(tmp_path: Path) -> None:
    build(tmp_path / "in", 40)
    proc = subprocess.Popen([exe(), "-j2", "-f", "jsonl", "in"], cwd=tmp_path, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert json.loads(first)["path"] == "in/part00/00000-case-001.txt"
    assert proc.returncode == 141 and err == b""


def test_find_print0_into_files_from(tmp_path: Path) -> None:
    build(tmp_path / "in", 6)
    find = subprocess.run(["find", "in", "-name", "*.txt", "-print0"], cwd=tmp_path, capture_output=True,
                          check=True)
    proc = subprocess.run([exe(), "--files-from", "-", "-0", "-f", "jsonl", "-j2"], cwd=tmp_path, env=ENV, check=False,
                          input=find.stdout, capture_output=True, timeout=120)
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["path"] for r in records] == [p for p in find.stdout.decode().split("\0") if p]
    assert proc.returncode == 0 and all(r["error"] is None and r["text"] for r in records)


@pytest.mark.slow
def test_thousand_file_batch(tmp_path: Path) -> None:
    made = build(tmp_path / "in", 1000, (".txt", ".html"))
    (tmp_path / "in" / "part03" / "broken.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    proc = subprocess.run([exe(), "in", "--output-dir", "out", "-j2"], cwd=tmp_path, env=ENV, check=False,
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 1  # the PNG
    written = sorted((tmp_path / "out").rglob("*.md"))
    assert len(written) == 1000
    assert [p.stem for p in written] == sorted(p.stem for p in made)
    assert "1001 processed, 1000 articles, 0 no article, 1 failed" in proc.stderr
    assert "  failed: in/part03/broken.html: input is binary (PNG image), not a web page" in proc.stderr
    jsonl = subprocess.run([exe(), "in", "-f", "jsonl", "-j2", "-q"], cwd=tmp_path, env=ENV, check=False,
                           capture_output=True, timeout=1800)
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    walked = sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "in").rglob("*.*"))
    assert [r["path"] for r in records] == walked


def test_in_place_on_a_real_dump_is_idempotent(tmp_path: Path) -> None:
    dump = tmp_path / "story.txt"
    shutil.copyfile(FIXTURES / "case-001.txt", dump)
    page = tmp_path / "page.html"
    shutil.copyfile(FIXTURES / "case-002.html", page)
    first = subprocess.run([exe(), "--in-place", str(dump), str(page)], env=ENV, check=False, capture_output=True,
                           text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "We value your privacy" not in dump.read_text() and (tmp_path / "page.md").exists()
    mtimes = outputs(tmp_path)
    again = subprocess.run([sys.executable, "-m", "cli", "--check", str(dump), str(page)], cwd=ROOT, env=ENV, check=False,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "2 already clean" in again.stderr
    assert outputs(tmp_path) == mtimes
