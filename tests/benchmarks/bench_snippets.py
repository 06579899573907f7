#!/usr/bin/env python3
"""Generalisation check: boilerstrip and trafilatura on trafilatura's evaluation set (not tuned on).

    python tests/benchmarks/bench_snippets.py [--dataset DIR] [--tools a,b] [--limit N] [--out FILE.md] [--as-text]
        [--dump-style lynx|w3m|markdown|pandoc|screenreader|chrome|...]

The dataset is a folder with ground-truth.json ({key: {"with": [...], "without": [...]}}) and
html/<key>.html.gz; the default is ../shared/benchmarks/trafilatura-eval (990 pages, many languages).
Per page, snippets that must be in the output and snippets that must not (boilerplate), matched in the
whitespace-folded output; micro precision/recall/F1 over all snippets, as `score.py snippets`.

Both tools run in this process, page by page, with a per-page time limit (SIGALRM, --doc-limit, 30 s by
default): a page that hits it scores as an empty output and is listed at the end, so one slow page
cannot hang the run. (The alarm interrupts Python code; a call stuck inside C code is interrupted when
it returns to Python.) Not run by pytest.

--as-text hands every tool an innerText-like text dump of each page instead of its HTML (made by
fixtures/aggregator/textdump.py, the converter our text fixtures come from): the text-dump path on real
pages. A tool given the whole dump back scores recall 0.989, precision 0.533 (the ceiling of that test).
--dump-style STYLE hands them the dump another tool would make instead (lynx -dump, w3m -dump, html2text
Markdown, pandoc plain text, a screen reader's log, a browser's select-all copy...), made by the twelve dumpers
of fixtures/holdout25/src/dumpers.py: the text path on real pages saved by other tools.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import adapters
import metric

ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DATASET = os.path.join(os.path.dirname(ROOT), "shared", "benchmarks", "trafilatura-eval")


def as_text_dump(data: bytes, style: str = "innertext") -> bytes:
    """A text dump of an HTML page (decoded as boilerstrip decodes it): innerText-like, or as another tool makes it."""
    from extractor.load import load

    text = load(data).text
    if style == "innertext":
        sys.path.insert(0, os.path.join(ROOT, "fixtures", "aggregator"))
        from textdump import dump

        return (dump(text) or "(empty)").encode("utf-8")
    sys.path.insert(0, os.path.join(ROOT, "fixtures", "holdout25", "src"))
    import dumpers

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    return (dumpers.dump(style, text, url="https://example.org/", stamp="2026-06-01 10:00")[0] or "(empty)").encode("utf-8")


def bench(tool: str, keys: list[str], truth: dict, dataset: str, doc_limit: int, worst: int,
          as_text: str | None = None) -> dict:
    """Score one tool over the pages (or their text dumps); return its figures, slow and failed pages."""
    try:
        extract = adapters.make(tool)
    except ImportError as e:
        return {"tool": tool, "skipped": f"not importable: {e}"}
    counts, slow, failed, seconds = [], [], [], 0.0
    for n, k in enumerate(keys):
        with gzip.open(os.path.join(dataset, "html", k + ".html.gz")) as f:
            data = f.read()
        if as_text:
            try:
                data = as_text_dump(data, as_text)
            except Exception:  # noqa: BLE001 - a page the converter cannot read gives an empty dump
                data = b"(empty)"
        out = ""
        t0 = time.perf_counter()
        try:
            with adapters.time_limit(doc_limit):
                out = extract(data, f"{n:05d}.html")
        except adapters.TimeLimit:
            slow.append(k)
        except Exception as e:  # noqa: BLE001 - a failing page scores as empty output and is reported
            failed.append((k, f"{type(e).__name__}: {str(e)[:200]}"))
        seconds += time.perf_counter() - t0
        c = metric.snippet_counts(out, truth[k]["with"], truth[k]["without"])
        c["key"] = k
        counts.append(c)
    p, r, f1, acc = metric.snippet_scores(counts)
    worst_pages = sorted(counts, key=lambda c: (c["fn"] + c["fp"], c["key"]), reverse=True)[:worst]
    return {"tool": tool, "version": adapters.version(tool), "docs": len(keys), "seconds": seconds,
            "F1": f1, "P": p, "R": r, "accuracy": acc, "slow": slow, "failed": failed,
            "worst": [(c["key"], c["missed"][:2], c["leaked"][:2]) for c in worst_pages if c["fn"] + c["fp"]]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default=DEFAULT_DATASET)
    ap.add_argument("--tools", default="boilerstrip,trafilatura", help="comma-separated (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (sorted keys)")
    ap.add_argument("--doc-limit", type=int, default=30, help="seconds per page (default: %(default)s)")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages per tool")
    ap.add_argument("--out", help="write a Markdown table here")
    ap.add_argument("--as-text", action="store_true", help="give the tools text dumps of the pages, not HTML")
    ap.add_argument("--dump-style", help="give the tools the dumps another tool makes (see fixtures/holdout25/src)")
    a = ap.parse_args(argv)
    a.as_text = a.dump_style or ("innertext" if a.as_text else None)
    if not os.path.isfile(os.path.join(a.dataset, "ground-truth.json")):
        ap.error(f"no ground-truth.json in {a.dataset} (pass --dataset)")
    with open(os.path.join(a.dataset, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    keys = sorted(truth)[:a.limit or None]
    a.host = adapters.machine()  # before the runs: the load average is the machine's, not ours
    results = []
    for tool in [t.strip() for t in a.tools.split(",") if t.strip()]:
        if tool not in adapters.TOOLS:
            ap.error("unknown tool {!r} (known: {})".format(tool, ", ".join(adapters.TOOLS)))
        res = bench(tool, keys, truth, a.dataset, a.doc_limit, a.worst, a.as_text)
        results.append(res)
        if "skipped" in res:
            print(f"{tool:<12} skipped: {res['skipped']}")
            continue
        rate = res["docs"] / res["seconds"] if res["seconds"] else 0
        print(f"{tool:<12} {res['version']:<7} snippets ({res['docs']} pages): F1 {res['F1']:.4f}  "
              f"precision {res['P']:.4f}  recall {res['R']:.4f}  accuracy {res['accuracy']:.4f}  "
              f"{res['seconds']:.1f} s  {rate:.1f} docs/s  time limit hit {len(res['slow'])}  "
              f"failed {len(res['failed'])}", flush=True)
        for k in res["slow"]:
            print(f"  time limit ({a.doc_limit} s): {k} {truth[k].get('url', '')}")
        for k, err in res["failed"]:
            print(f"  failed: {k} {err}")
        for k, miss, leak in res["worst"]:
            print(f"  worst: {k} missed={miss!r} leaked={leak!r}")
    if a.out:
        command = "python tests/benchmarks/bench_snippets.py" + "".join(" " + x for x in (argv or sys.argv[1:]))
        name = os.path.basename(os.path.normpath(a.dataset))
        lines = [f"Dataset `{name}` ({len(keys)} pages), run {dt.date.today().isoformat()} on {a.host}.",
                 "",
                 "| Tool | Version | F1 | Precision | Recall | docs/s | Pages over the time limit |",
                 "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
        for r in results:
            if "skipped" not in r:
                rate = r["docs"] / r["seconds"] if r["seconds"] else 0
                lines.append(f"| {r['tool']} | {r['version']} | {r['F1']:.3f} | {r['P']:.3f} | {r['R']:.3f} "
                             f"| {rate:.1f} | {len(r['slow'])} |")
        lines += ["", ("Micro precision/recall over must-have and must-not-have snippets, as `score.py snippets`. "
                  f"Reproduce: `{command}`")]
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"table written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
