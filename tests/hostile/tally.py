"""Run the hostile-input set through extract() or the real CLI and count the outcomes per class.

    cd tests && python -m hostile.tally            # fast cases, through the CLI (one process per case)
    cd tests && python -m hostile.tally --slow     # also the 200 MB page, 1,000,000-deep nesting, ...

Classes: ok (the exact sentence came out, or no article where none is expected), clean error (the expected
InputError kind, one line, no traceback), crash (a traceback or an unexpected error), timeout, wrong.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from .cases import Case, write_cases

LIMIT = 30.0  # seconds per document, the CLI's default --timeout


def judge(case: Case, record: dict | None, stderr: str, seconds: float) -> str:
    """The class of one CLI outcome."""
    if seconds > LIMIT:
        return "timeout"
    if "Traceback" in stderr or record is None:
        return "crash"
    error = record.get("error")
    if error:
        if case.expect == "error" and error.get("type") == case.error:
            return "clean error"
        kinds = ("EmptyInput", "BinaryInput", "TooLarge", "TooComplex", "CorruptInput", "InputError")
        return "wrong" if error.get("type") in kinds else "crash"
    if case.expect == "ok":
        return "ok" if case.sentence in (record.get("text") or "").split("\n\n") else "wrong"
    return "ok" if case.expect == "empty" and not record.get("text") else "wrong"


def run_cli(path: str) -> tuple[dict | None, str, float]:
    """One CLI run over one file: its first JSON Lines record, stderr, and the wall time."""
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "cli", "--format", "jsonl", "--", path],
                              capture_output=True, timeout=LIMIT * 3, check=False)
    except subprocess.TimeoutExpired:
        return None, "", LIMIT * 3
    seconds = time.perf_counter() - started
    lines = proc.stdout.decode("utf-8").splitlines()
    record = json.loads(lines[0]) if lines else None
    return record, proc.stderr.decode("utf-8", "replace"), seconds


def main() -> int:
    """Build the set in a temporary folder, run each case, print a table and the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slow", action="store_true", help="include the big cases (needs ~1 GB of RAM)")
    args = parser.parse_args()
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for path, case in write_cases(folder, slow=args.slow).items():
            record, stderr, seconds = run_cli(path)
            verdict = judge(case, record, stderr, seconds)
            counts[verdict] = counts.get(verdict, 0) + 1
            print(f"{verdict:12} {seconds:6.1f}s  {case.name}", flush=True)
            os.remove(path)
    print(" / ".join(f"{k}: {counts.get(k, 0)}" for k in ("ok", "clean error", "crash", "timeout", "wrong")))
    return 0 if counts.get("crash", 0) + counts.get("timeout", 0) + counts.get("wrong", 0) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
