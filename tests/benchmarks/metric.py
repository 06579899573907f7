"""The benchmark metrics, identical to ../shared/tools/score.py (standard library only).

ScrapingHub article-extraction metric: tokens are regex \\w+ on lower-cased text; 4-gram token
shingles as multisets (a text shorter than 4 tokens is one shingle); per-document precision and
recall; each macro-averaged over documents; F1 is the harmonic mean of the two averages. An empty
output (or empty truth) scores precision 0 and recall 0; both empty score 1 and 1.

Snippet metric (trafilatura's evaluation set): per page, snippets that must be in the
whitespace-folded output and snippets that must not; micro precision/recall/F1 over all snippets.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

TOKEN = re.compile(r"\w+")
WS = re.compile(r"\s+")


def tokens(text: str | None) -> list[str]:
    """Lower-cased \\w+ tokens."""
    return TOKEN.findall((text or "").lower())


def shingles(toks: list[str], n: int = 4) -> Counter:
    """Multiset of n-token shingles; a shorter non-empty text is a single shingle."""
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def precision_recall(pred: str | None, true: str | None) -> tuple[float, float]:
    """Per-document shingle precision and recall of `pred` against `true`."""
    p, t = shingles(tokens(pred)), shingles(tokens(true))
    if not t and not p:
        return 1.0, 1.0
    if not p or not t:
        return 0.0, 0.0
    hit = sum((p & t).values())
    return hit / sum(p.values()), hit / sum(t.values())


def macro(pairs: Iterable[tuple[float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1): macro-averaged P and R, F1 the harmonic mean of the averages."""
    pairs = list(pairs)
    if not pairs:
        return 0.0, 0.0, 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p and r else 0.0)


def doc_f1(p: float, r: float) -> float:
    """Harmonic mean of one document's precision and recall."""
    return 2 * p * r / (p + r) if p and r else 0.0


def fold(s: str | None) -> str:
    """Collapse whitespace runs to one space and strip."""
    return WS.sub(" ", s or "").strip()


def snippet_counts(output: str | None, with_: list[str], without: list[str]) -> dict:
    """tp/fn/fp/tn for one page, plus the missed and leaked snippets."""
    out = fold(output)
    miss = [w for w in with_ if fold(w) not in out]
    leak = [w for w in without if fold(w) in out]
    return {"tp": len(with_) - len(miss), "fn": len(miss), "fp": len(leak),
            "tn": len(without) - len(leak), "missed": miss, "leaked": leak}


def snippet_scores(counts: Iterable[dict]) -> tuple[float, float, float, float]:
    """Micro (precision, recall, F1, accuracy) over the pages' snippet counts."""
    tp = fn = fp = tn = 0
    for c in counts:
        tp += c["tp"]
        fn += c["fn"]
        fp += c["fp"]
        tn += c["tn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, (tp + tn) / max(1, tp + tn + fp + fn)
