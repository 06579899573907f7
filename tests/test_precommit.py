"""The pre-commit hooks in .pre-commit-hooks.yaml: their definitions, their entries run the way pre-commit runs
them (fast), and `pre-commit try-repo` against this checkout's HEAD (slow: it builds a fresh environment)."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DUMP = ROOT / "fixtures" / "aggregator" / "case-001.txt"
ENV = {**os.environ, "NO_COLOR": "1"}


def hooks() -> dict[str, dict]:
    """The hooks file, by id (parsed with a minimal reader: a list of flat `key: value` mappings)."""
    found: dict[str, dict] = {}
    current: dict = {}
    for line in (ROOT / ".pre-commit-hooks.yaml").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            current = {}
            line = line[2:]
        key, _, value = line.strip().partition(":")
        current[key] = value.strip()
        if key == "id":
            found[value.strip()] = current
    return found


def git_repo(folder: Path) -> Path:
    """A fresh git repository with one staged text dump."""
    folder.mkdir()
    for args in (["init", "-q"], ["config", "user.email", "t@example.invalid"], ["config", "user.name", "t"]):
        subprocess.run(["git", *args], cwd=folder, check=True)
    shutil.copyfile(DUMP, folder / "story.txt")
    subprocess.run(["git", "add", "story.txt"], cwd=folder, check=True)
    return folder


def test_hook_definitions() -> None:
    defs = hooks()
    assert set(defs) == {"boilerstrip", "boilerstrip-check"}
    assert defs["boilerstrip"]["entry"] == "boilerstrip --in-place"
    assert defs["boilerstrip-check"]["entry"] == "boilerstrip --check"
    for hook in defs.values():
        assert hook["language"] == "python" and hook["types_or"] == "[markdown, plain-text]"


def test_hook_entries_as_pre_commit_runs_them(tmp_path: Path) -> None:
    repo = git_repo(tmp_path / "repo")
    defs = hooks()

    def hook(name: str) -> subprocess.CompletedProcess:
        cmd = [*shlex.split(defs[name]["entry"]), "story.txt"]
        return subprocess.run(cmd, check=False, cwd=repo, env=ENV, capture_output=True, text=True, timeout=120)

    staged = (repo / "story.txt").read_bytes()
    check = hook("boilerstrip-check")
    assert check.returncode == 1 and "would rewrite story.txt" in check.stderr
    assert (repo / "story.txt").read_bytes() == staged
    fix = hook("boilerstrip")
    assert fix.returncode == 0 and "rewrote story.txt" in fix.stderr
    assert (repo / "story.txt").read_bytes() != staged
    mtime = (repo / "story.txt").stat().st_mtime_ns
    assert hook("boilerstrip").returncode == 0 and (repo / "story.txt").stat().st_mtime_ns == mtime
    assert hook("boilerstrip-check").returncode == 0


def pre_commit() -> list[str]:
    """The pre-commit command, installing the package if needed (skip when it cannot be installed)."""
    probe = subprocess.run([sys.executable, "-m", "pre_commit", "--version"], check=False, capture_output=True)
    if probe.returncode != 0:
        got = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pre-commit"], check=False,
                             capture_output=True, text=True)
        if got.returncode != 0:
            pytest.skip(f"pre-commit is not installed and cannot be installed: {got.stderr.strip()[-300:]}")
    return [sys.executable, "-m", "pre_commit"]


@pytest.mark.slow  # try-repo builds a fresh virtualenv with boilerstrip's dependencies: about a minute
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    repo = git_repo(tmp_path / "repo")
    env = {**ENV, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    # this checkout's HEAD, cloned so that other people's uncommitted work is left out and every call
    # reuses the environment pre-commit builds on the first one
    hooks_repo = tmp_path / "boilerstrip"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(hooks_repo)], check=True)

    def try_repo(hook: str) -> subprocess.CompletedProcess:
        cmd = [*pre_commit(), "try-repo", str(hooks_repo), hook, "--files", "story.txt"]
        return subprocess.run(cmd, check=False, cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    staged = (repo / "story.txt").read_text()
    check = try_repo("boilerstrip-check")
    assert check.returncode == 1 and "would rewrite story.txt" in check.stdout, check.stdout + check.stderr
    first = try_repo("boilerstrip")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout and "rewrote story.txt" in first.stdout
    assert (repo / "story.txt").read_text() != staged
    subprocess.run(["git", "add", "story.txt"], cwd=repo, check=True)
    second = try_repo("boilerstrip")
    assert second.returncode == 0 and "Passed" in second.stdout, second.stdout + second.stderr
    assert try_repo("boilerstrip-check").returncode == 0
