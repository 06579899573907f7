"""extractor.patterns: every regex stays fast on adversarial lines (no catastrophic backtracking)."""
from __future__ import annotations

import re
import time

import pytest

from extractor import patterns

ADVERSARIAL = [
    "2 " + "2" * 60 + "< . @",            # a digit run that nearly fits a repeated token (was a hang in SHARE_BAR)
    "share " * 40 + "<",
    "Upvote " + "1 " * 60 + "x",
    "a " * 200 + "!",
    "by " + "Name " * 50 + ".",
    "( " * 100,
    "/" * 200,
]
PATTERNS = [(name, value) for name, value in vars(patterns).items()
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str)]


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_fast_on_adversarial_lines(name: str, pattern: re.Pattern) -> None:
    for line in ADVERSARIAL:
        start = time.perf_counter()
        pattern.match(line)
        pattern.search(line)
        assert time.perf_counter() - start < 0.05, (name, line[:20])
