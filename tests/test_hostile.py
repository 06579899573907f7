"""The hostile-input set (tests/hostile/cases.py) through extract() and through a real CLI batch.

Each case must give its exact sentence, no article, or its clean InputError, within the time limit.
The big cases (200 MB page, 1,000,000-deep nesting, 1,000,000 elements, 50 MB lines) run with -m slow.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager

import pytest
from hostile.builders import SENTENCE, article
from hostile.cases import CASES, Case, write_cases

from extractor import extract
from extractor.errors import InputError

LIMIT = 30  # seconds: the per-document time limit


@contextmanager
def time_limit(seconds: int):
    """Fail the test (instead of hanging) when the body runs longer than seconds."""
    def on_alarm(_signum, _frame):
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def params(cases: list[Case]) -> list:
    """pytest params: slow cases marked slow, cases with a known later-stage bug marked xfail."""
    marks = {c.name: ([pytest.mark.slow] if c.slow else [])
             + ([pytest.mark.xfail(strict=True, reason=c.bug)] if c.bug else []) for c in cases}
    return [pytest.param(c, id=c.name, marks=marks[c.name]) for c in cases]


def check(case: Case, data: bytes) -> None:
    """Assert what extract() gives for one case (a known-bug case gets 5 s, not 30)."""
    with time_limit(5 if case.bug else LIMIT):
        if case.expect == "error":
            with pytest.raises(InputError) as info:
                extract(data)
            assert info.value.kind == case.error
            assert "\n" not in str(info.value)
            return
        doc = extract(data)
    if case.expect == "ok":
        assert case.sentence in doc.text.split("\n\n")
    else:
        assert not doc.has_article
    doc.text.encode("utf-8")  # no lone surrogates can reach the output


def test_the_set_has_forty_cases_of_every_kind():
    kinds = {c.expect for c in CASES}
    assert len(CASES) >= 40 and kinds == {"ok", "empty", "error"}
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", params(CASES))
def test_hostile_case_through_extract(case):
    check(case, case.build())


def test_batch_over_hostile_set_and_good_pages(tmp_path):
    """One real CLI run over every fast case plus good pages: no traceback, every good page converted."""
    cases = write_cases(str(tmp_path))
    good = []
    for i in range(3):
        path = tmp_path / f"good {i} ünï.html"
        path.write_text(article(f"Gute Seite {i}"), encoding="utf-8")
        good.append(str(path))
    dash = tmp_path / "-dash.html"
    dash.write_text(article("Mit Strich"), encoding="utf-8")
    missing = str(tmp_path / "missing.html")
    os.symlink(str(tmp_path / "nowhere"), missing)
    empty_dir = tmp_path / "empty-folder.html"
    empty_dir.mkdir()
    names = [*cases, *good, str(dash), missing, str(empty_dir)]
    proc = subprocess.run([sys.executable, "-m", "cli", "--format", "jsonl", "--", *names],
                          capture_output=True, timeout=600, check=False)
    stderr = proc.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    assert proc.returncode == 1
    records = {r["path"]: r for r in map(json.loads, proc.stdout.decode("utf-8").splitlines())}
    for path in [*good, str(dash)]:
        assert SENTENCE in records[path]["text"].split("\n\n"), path
    for path, case in cases.items():
        record = records.get(path) or next(r for p, r in records.items() if p.startswith(path + "#"))
        if case.expect == "error":
            assert record["error"]["type"] == case.error, case.name
        elif case.expect == "ok" and not case.bug:
            assert case.sentence in (record["text"] or "").split("\n\n"), case.name
    assert records[missing]["error"]["type"] == "FileNotFoundError"
    assert records[str(empty_dir)]["error"]["type"] == "NoInputFiles"
    errors = [line for line in stderr.splitlines() if "error" in line.lower()]
    assert all(len(line) < 400 for line in errors)
