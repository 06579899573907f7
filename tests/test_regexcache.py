"""extractor.regexcache: compiled regex code kept between processes, with a plain re.compile fallback."""
from __future__ import annotations

import re

import pytest

from extractor import patterns, regexcache

SAMPLES = ["Updated: May 7, 2025", "Mint5 hours ago", "Related Articles", "vor 3 Stunden", "12 Comments", ""]


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory and a process-state as if nothing had been compiled yet."""
    monkeypatch.setenv("BOILERSTRIP_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("BOILERSTRIP_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "STORE", {})
    monkeypatch.setattr(regexcache, "USED", set())
    monkeypatch.setattr(regexcache, "AGES", {})
    monkeypatch.setattr(regexcache, "STATE", {"loaded": False, "dirty": False, "enabled": False})
    return tmp_path


def behaves_like(compiled: re.Pattern, source: re.Pattern) -> bool:
    """Same pattern, flags, groups and matches on the samples."""
    same = (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
        (source.pattern, source.flags, source.groups, source.groupindex)
    found = [(m.group(0), m.groupdict()) if (m := compiled.search(s)) else None for s in SAMPLES]
    expected = [(m.group(0), m.groupdict()) if (m := source.search(s)) else None for s in SAMPLES]
    return same and found == expected


def test_stored_code_rebuilds_the_same_patterns_in_a_new_process(fresh_cache, monkeypatch):
    sources = [patterns.TEXT_TIME, patterns.GLUED_TIME_TAIL.regex, re.compile(r"(?P<n>\d+)\s+comments", re.IGNORECASE)]
    for source in sources:
        assert behaves_like(regexcache.compile_regex(source.pattern, source.flags), source)
    regexcache.write_store()
    stored = list(fresh_cache.iterdir())
    assert len(stored) == 1 and stored[0].stat().st_size > 0
    monkeypatch.setattr(regexcache, "STORE", {})  # the next process
    monkeypatch.setattr(regexcache, "USED", set())
    monkeypatch.setattr(regexcache, "AGES", {})
    monkeypatch.setattr(regexcache, "STATE", {"loaded": False, "dirty": False, "enabled": False})
    for source in sources:
        assert behaves_like(regexcache.compile_regex(source.pattern, source.flags), source)
    assert not regexcache.STATE["dirty"]  # all came from the file


def test_a_damaged_cache_file_is_ignored(fresh_cache):
    regexcache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    regexcache.cache_file().write_bytes(b"\x00garbage")
    source = re.compile(r"^\s*related( articles)?\s*$", re.IGNORECASE)
    assert behaves_like(regexcache.compile_regex(source.pattern, source.flags), source)


def test_caching_can_be_switched_off(fresh_cache, monkeypatch):
    monkeypatch.setenv("BOILERSTRIP_NO_CACHE", "1")
    assert regexcache.cache_file() is None
    assert regexcache.compile_regex(r"\d+h ago").match("5h ago")
    regexcache.write_store()
    assert list(fresh_cache.iterdir()) == []


def next_process(monkeypatch) -> None:
    """Forget what this process read and compiled, as a new process starts."""
    monkeypatch.setattr(regexcache, "STORE", {})
    monkeypatch.setattr(regexcache, "USED", set())
    monkeypatch.setattr(regexcache, "AGES", {})
    monkeypatch.setattr(regexcache, "STATE", {"loaded": False, "dirty": False, "enabled": False})


def test_old_patterns_do_not_pile_up(fresh_cache, monkeypatch):
    """Patterns nobody asks for (an older version's) survive MAX_AGE rewrites of the file, then go; those in use stay
    (a dev machine's file had grown to 37 MB of old date grammars, 0.13 s to read at every start)."""
    for n in range(60):
        regexcache.compile_regex(rf"old pattern {n} \d+")
    regexcache.write_store()
    for n in range(regexcache.MAX_AGE + 1):
        next_process(monkeypatch)
        regexcache.compile_regex(r"kept pattern \d+")
        regexcache.compile_regex(rf"new pattern {n} \d+")
        regexcache.write_store()
        stored = set(regexcache.read_store())
        assert (r"kept pattern \d+", 0) in stored
        assert ((r"old pattern 0 \d+", 0) in stored) == (n + 1 < regexcache.MAX_AGE + 1)
    assert len(stored) == regexcache.MAX_AGE + 2  # the kept one and the last MAX_AGE + 1 new ones


def test_a_text_only_run_keeps_the_html_paths_code(fresh_cache, monkeypatch):
    """A run that uses another subset of the patterns (a dump, not a page) rewrites the file without dropping them."""
    regexcache.compile_regex(r"html rule \d+")
    regexcache.write_store()
    next_process(monkeypatch)
    regexcache.compile_regex(r"text rule \d+")
    regexcache.write_store()
    assert {(r"html rule \d+", 0), (r"text rule \d+", 0)} <= set(regexcache.read_store())


def test_no_home_directory_means_no_cache(monkeypatch):
    """Without HOME, XDG_CACHE_HOME or BOILERSTRIP_CACHE_DIR there is nowhere to keep code: compile plainly."""
    for name in ("BOILERSTRIP_CACHE_DIR", "XDG_CACHE_HOME", "BOILERSTRIP_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(regexcache.Path, "home", classmethod(lambda cls: (_ for _ in ()).throw(RuntimeError("no home"))))
    assert regexcache.cache_file() is None


def test_a_bytes_pattern_is_stored_and_read_back(fresh_cache, monkeypatch):
    """A bytes pattern (the <meta charset> sniffer) once missed at every start: each run rewrote the whole file."""
    source = re.compile(rb"<meta[^>]+charset\s*=\s*([a-z0-9_-]+)", re.IGNORECASE)
    assert regexcache.compile_regex(source.pattern, source.flags).search(b'<meta charset=utf-8>').group(1) == b"utf-8"
    regexcache.write_store()
    monkeypatch.setattr(regexcache, "STORE", {})  # the next process
    monkeypatch.setattr(regexcache, "USED", set())
    monkeypatch.setattr(regexcache, "AGES", {})
    monkeypatch.setattr(regexcache, "STATE", {"loaded": False, "dirty": False, "enabled": False})
    assert regexcache.compile_regex(source.pattern, source.flags).search(b'<meta charset=utf-8>').group(1) == b"utf-8"
    assert not regexcache.STATE["dirty"]


def test_a_gates_literal_heads_are_kept_between_processes(fresh_cache, monkeypatch):
    """A gate's literal heads (worked out by parsing its regex: 20 ms for the big header grammars, 0.4 s a start in
    all) are stored with the code and read back, not recomputed."""
    source = re.compile(r"^\s*(related|more from|lesen sie auch)\s*:?\s*$", re.IGNORECASE)
    gate = patterns.Gated(regexcache.compile_regex(source.pattern, source.flags))
    assert gate.by_first == {"l": ("lesen sie auch",), "m": ("more from",), "r": ("related",)}
    regexcache.write_store()
    monkeypatch.setattr(regexcache, "STORE", {})  # the next process
    monkeypatch.setattr(regexcache, "USED", set())
    monkeypatch.setattr(regexcache, "AGES", {})
    monkeypatch.setattr(regexcache, "STATE", {"loaded": False, "dirty": False, "enabled": False})
    monkeypatch.setattr(patterns, "literal_heads", lambda pattern: pytest.fail("heads recomputed"))
    again = patterns.Gated(regexcache.compile_regex(source.pattern, source.flags))
    assert again.by_first == gate.by_first
    assert not regexcache.STATE["dirty"]


def test_a_damaged_derived_entry_is_dropped(fresh_cache):
    """Only (kind, pattern, flags) -> None or a set of strings is read back as a derived value."""
    assert regexcache.is_derived(("heads", "^x", 0), {"x"}) and regexcache.is_derived(("heads", "^.", 0), None)
    assert not regexcache.is_derived(("heads", "^x", 0), {1}) and not regexcache.is_derived(("heads", 0), {"x"})
