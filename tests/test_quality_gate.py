"""Quality gate: macro F1 of extractor.extract on a pinned 40-page ScrapingHub subset stays above a floor.

The pages are tests/data/gate/html/*.html.gz (every 4th of ScrapingHub's sorted ids, see LICENSE there);
the floor and the value it was set from are in tests/data/gate/floor.json. The metric is
tests/benchmarks/metric.py, the same as ../shared/tools/score.py real.

After a real improvement, raise the floor (never lower it to make a change pass):

    python tests/test_quality_gate.py --update     # floor = measured - 0.01, only ever upwards
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GATE = HERE / "data" / "gate"
FLOOR = GATE / "floor.json"
MARGIN = 0.01


def _metric():
    spec = importlib.util.spec_from_file_location("bench_metric", HERE / "benchmarks" / "metric.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def measure() -> tuple[float, float, float, list[tuple[str, float, float]]]:
    """(precision, recall, F1, per-page rows) of extractor.extract on the gate pages."""
    import extractor

    metric = _metric()
    truth = json.loads((GATE / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for i in sorted(truth):
        data = gzip.decompress((GATE / "html" / (i + ".html.gz")).read_bytes())
        try:
            text = extractor.extract(data, path=i + ".html").text
        except Exception:  # noqa: BLE001 - a page that fails scores 0/0, like in score.py
            text = ""
        p, r = metric.precision_recall(text, truth[i]["articleBody"])
        rows.append((i, p, r))
    p, r, f1 = metric.macro((p, r) for _, p, r in rows)
    return p, r, f1, rows


def test_gate_pages_are_pinned():
    truth = json.loads((GATE / "ground-truth.json").read_text(encoding="utf-8"))
    assert len(truth) == 40
    assert sorted(p.name for p in (GATE / "html").glob("*.html.gz")) == sorted(i + ".html.gz" for i in truth)


def test_quality_gate():
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    p, r, f1, rows = measure()
    worst = sorted(rows, key=lambda x: x[1] + x[2])[:5]
    detail = "; ".join(f"{i[:12]} P={pp:.3f} R={rr:.3f}" for i, pp, rr in worst)
    assert f1 >= floor["floor"], (
        "gate F1 {:.4f} (P {:.4f} R {:.4f}) fell below the floor {:.4f} (set from {:.4f}); worst pages: {}".format(f1, p, r, floor["floor"], floor["measured"], detail))


def update() -> int:
    old = json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {"floor": 0.0}
    p, r, f1, _ = measure()
    new = int((f1 - MARGIN) * 10000) / 10000  # 4 decimals, rounded down
    print("gate: F1 {:.4f}  P {:.4f}  R {:.4f}  (floor in repo {:.4f})".format(f1, p, r, old["floor"]))
    if new <= old["floor"]:
        print("floor left at {:.4f}".format(old["floor"]))
        return 0
    FLOOR.write_text(json.dumps({
        "floor": new, "measured": round(f1, 4), "measured_precision": round(p, 4),
        "measured_recall": round(r, 4), "margin": MARGIN,
        "note": "macro F1 of extractor.extract on tests/data/gate (40 ScrapingHub pages); "
                "floor = measured - margin (4 decimals, rounded down); raise with: python tests/test_quality_gate.py --update",
    }, indent=2) + "\n", encoding="utf-8")
    print(f"floor raised to {new:.4f}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        sys.exit(update())
    p, r, f1, rows = measure()
    print(f"gate: F1 {f1:.4f}  P {p:.4f}  R {r:.4f}")
