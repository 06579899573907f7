"""The benchmark metric (tests/benchmarks/metric.py) agrees with the reference scorer and known values."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCORE_PY = HERE.parent.parent / "shared" / "tools" / "score.py"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


metric = _load("bench_metric", HERE / "benchmarks" / "metric.py")

TRUTH = ("The quick brown fox jumps over the lazy dog. It was a sunny day in the park, "
         "and everybody enjoyed the weather while the dog slept.")
PAIRS = [
    (TRUTH, TRUTH),
    ("", TRUTH),
    (TRUTH, ""),
    ("", ""),
    ("Menu Home News " + TRUTH + " Share on Twitter. Subscribe to our newsletter!", TRUTH),
    (TRUTH.split(".")[0], TRUTH),
    ("THE QUICK, brown   fox\njumps over the lazy dog", "the quick brown fox jumps over the lazy dog"),
    ("a b c", "a b c"),
    ("a b c", "a b c d"),
    ("to be or not to be to be or not", "to be or not to be"),
    ("Der Bär läuft schnell über die Straße zum Haus", "der bär läuft schnell über die straße"),
    ("日本語 の テキスト です よ", "日本語 の テキスト です"),
]


def test_known_values():
    pr = metric.precision_recall
    assert pr(TRUTH, TRUTH) == (1.0, 1.0)
    assert pr("", TRUTH) == (0.0, 0.0)
    assert pr(TRUTH, "") == (0.0, 0.0)
    assert pr("", "") == (1.0, 1.0)
    # 9 tokens -> 6 shingles; the prediction holds the first 6 tokens -> 3 shingles, all true
    assert pr("the quick brown fox jumps over", "the quick brown fox jumps over the lazy dog") == (1.0, 0.5)
    # short texts are one shingle: equal or not at all
    assert pr("a b c", "A, b; c!") == (1.0, 1.0)
    assert pr("a b c", "a b c d") == (0.0, 0.0)
    # multisets: a repeated shingle only counts as often as the truth has it
    p, r = pr("to be or not to be to be or not", "to be or not to be")
    assert (round(p, 4), r) == (round(3 / 7, 4), 1.0)
    # macro averages, F1 of the averages (not the average of F1s)
    p, r, f1 = metric.macro([(1.0, 0.5), (0.5, 1.0)])
    assert (p, r, f1) == (0.75, 0.75, 0.75)
    assert metric.macro([(0.0, 0.0), (1.0, 1.0)]) == (0.5, 0.5, 0.5)
    assert metric.macro([]) == (0.0, 0.0, 0.0)


def test_snippet_values():
    c = metric.snippet_counts("Alpha beta\n gamma. Menu", ["alpha beta gamma", "Alpha beta  gamma", "delta"],
                              ["Menu", "Cookies"])
    assert (c["tp"], c["fn"], c["fp"], c["tn"]) == (1, 2, 1, 1)  # matching is case-sensitive
    p, r, f1, acc = metric.snippet_scores([c, {"tp": 3, "fn": 0, "fp": 0, "tn": 1}])
    assert (p, r) == (0.8, 4 / 6)
    assert f1 == pytest.approx(2 * 0.8 * (4 / 6) / (0.8 + 4 / 6))
    assert acc == pytest.approx(6 / 9)


@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/tools/score.py is not there")
def test_agrees_with_score_py():
    score = _load("reference_score", SCORE_PY)
    rows = []
    for pred, true in PAIRS:
        ours = metric.precision_recall(pred, true)
        ref = score.precision_recall(pred, true)
        assert ours == pytest.approx(ref, abs=1e-12), (pred, true)
        rows.append({"P": ref[0], "R": ref[1]})
    ref_p, ref_r, ref_f1 = score.f1_of(rows)
    p, r, f1 = metric.macro(metric.precision_recall(a, b) for a, b in PAIRS)
    assert (round(p, 3), round(r, 3), round(f1, 3)) == (round(ref_p, 3), round(ref_r, 3), round(ref_f1, 3))
    assert (p, r, f1) == pytest.approx((ref_p, ref_r, ref_f1), abs=1e-12)
    for out in ("a b  c\nd", "", "x y"):
        assert metric.fold(out) == score.fold(out)
