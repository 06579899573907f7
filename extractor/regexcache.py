"""Compiled regular expressions kept between runs, so that a process starts without recompiling its grammars.

CPython compiles a regex in Python code (parse, then code generation): boilerstrip's multilingual date, header and
teaser grammars cost about 0.2 s at every start, a fifth of a one-page run (`cat page.html | boilerstrip`). The
generated code is stored (marshal: plain data) in the user's cache directory, keyed by interpreter and regex engine
version, and handed to the C engine on the next start. Anything unexpected (another Python, a damaged or unwritable
cache, BOILERSTRIP_NO_CACHE set) falls back to re.compile.
"""
from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable

try:
    import _sre
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    try:
        import _sre
        import sre_compile  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]
    except ImportError:
        _sre = None

Entry = tuple  # (flags, code, groups, groupindex, indexgroup): the arguments _sre.compile takes after the pattern
# What the cache file holds, plus what this process compiled: (pattern, flags) -> Entry, and (kind, pattern, flags) ->
# a value derived from the pattern (remember(): a gate's literal heads, 2-20 ms a pattern to work out).
STORE: dict[tuple, object] = {}
USED: set[tuple[str, int]] = set()  # the keys this process asked for
AGES: dict[tuple, int] = {}  # per stored key: the rewrites of the file since a process last asked for it
STATE = {"loaded": False, "dirty": False, "enabled": False}
MAX_AGE = 3  # rewrites an entry nobody asks for survives: an older version's patterns (a date grammar's code is
# 0.6 MB) go after three, instead of piling up (a 37 MB file, 0.13 s to read at every start, after a month of edits),
# while a text-only run's rewrite does not drop the HTML path's code at once


def ensure_loaded() -> bool:
    """Read the file once a process (not once a pattern); whether caching is on."""
    if not STATE["loaded"]:
        STATE["loaded"] = True
        STATE["enabled"] = _sre is not None and cache_file() is not None
        entries, ages = read_file() if STATE["enabled"] else ({}, {})
        STORE.update(entries)
        AGES.update(ages)
    return STATE["enabled"]


def mark_dirty() -> None:
    """Something new to keep: write the file back at exit."""
    if not STATE["dirty"]:
        STATE["dirty"] = True
        atexit.register(write_store)


def remember(kind: str, pattern: str | bytes, flags: int, compute: Callable[[], object]) -> object:
    """compute(), a plain-data value derived from a pattern (marshal-able), kept in the file like compiled code."""
    if not ensure_loaded():
        return compute()
    key = (kind, pattern, int(flags))
    USED.add(key)
    if key in STORE:
        return STORE[key]
    value = compute()
    STORE[key] = value
    mark_dirty()
    return value


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), built from the stored code when there is some."""
    if not ensure_loaded():
        return re.compile(pattern, flags)
    flags = int(flags)
    USED.add((pattern, flags))
    entry = STORE.get((pattern, flags))
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):
            pass  # stored by an engine that differs after all: compile afresh
    try:
        entry = generate(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # noqa: BLE001 (an internal API: any surprise means the plain way)
        return re.compile(pattern, flags)
    STORE[(pattern, flags)] = entry
    mark_dirty()
    return compiled


def generate(pattern: str, flags: int) -> Entry:
    """The engine code for a pattern, as sre_compile.compile makes it, in marshal-able form."""
    parsed = sre_parse.parse(pattern, flags)
    code = [int(op) for op in sre_compile._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_file() -> Path | None:
    """Where the compiled code lives for this interpreter and engine; None when caching is off."""
    if os.environ.get("BOILERSTRIP_NO_CACHE") or sys.implementation.name != "cpython":
        return None
    try:
        base = os.environ.get("BOILERSTRIP_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME") or
                                                                 Path.home() / ".cache") / "boilerstrip"
    except (RuntimeError, KeyError):  # no home directory to resolve: no cache
        return None
    version = ".".join(str(part) for part in sys.version_info[:3])
    return Path(base) / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{version}.bin"


def read_store() -> dict[tuple, object]:
    """The stored entries, or none when the file is missing or not what this module writes."""
    return read_file()[0]


def read_file() -> tuple[dict[tuple, object], dict[tuple, int]]:
    """(entries, their ages) as stored, or nothing when the file is missing or not what this module writes."""
    path = cache_file()
    try:
        data = marshal.loads(path.read_bytes()) if path is not None else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict) or not isinstance(data.get("ages"), dict):
        return {}, {}  # (a file of an older layout: rebuilt)
    entries = {key: value for key, value in data["entries"].items() if is_entry(key, value) or is_derived(key, value)}
    ages = {key: age for key, age in data["ages"].items() if key in entries and isinstance(age, int)}
    return entries, ages


def is_entry(key: object, value: object) -> bool:
    """A well-formed (pattern, flags) -> (flags, code, groups, groupindex, indexgroup) item."""
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], (str, bytes)) and isinstance(key[1], int)
            and isinstance(value, tuple) and len(value) == 5 and isinstance(value[1], list)
            and isinstance(value[3], dict) and isinstance(value[4], tuple))


def is_derived(key: object, value: object) -> bool:
    """A well-formed (kind, pattern, flags) -> value item (the value: None or a set of strings)."""
    return (isinstance(key, tuple) and len(key) == 3 and isinstance(key[0], str) and isinstance(key[1], (str, bytes))
            and isinstance(key[2], int) and (value is None or isinstance(value, (set, frozenset))
                                             and all(isinstance(v, str) for v in value)))


def entries_to_keep() -> dict[str, dict]:
    """What a rewrite stores: the entries this process used (age 0) and the others, one rewrite older, unless they
    are older than MAX_AGE (patterns of an older version)."""
    ages = {key: 0 if key in USED else AGES.get(key, 0) + 1 for key in STORE}
    kept = {key: age for key, age in ages.items() if age <= MAX_AGE}
    return {"entries": {key: STORE[key] for key in kept}, "ages": kept}


def write_store() -> None:
    """Save the entries atomically (a temporary file renamed over the old one); a cache that cannot be written is
    simply not kept."""
    path = cache_file()
    if path is None or not STATE["dirty"]:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(entries_to_keep()))
        os.replace(temp, path)
        STATE["dirty"] = False
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temp)
