"""Golden tests over our own aggregator fixtures (layouts unlike the dev set), in HTML and text-dump form:
fixtures/aggregator (15 cases) and the held-out sets fixtures/holdout to fixtures/holdout22 (8 to 12 cases each), built
later by helpers that never read the extractor.

Each case has floors for body F1, title, publisher and teaser-title F1 and ceilings for teaser/comment leakage in
tests/data/aggregator_floors.json, measured when the case was last improved; a change that makes any case worse
fails here.
Update after a real improvement with: python tests/test_fixtures_golden.py --update
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import extract
from tests.benchmarks.metric import precision_recall, tokens

CASES = ROOT / "fixtures" / "aggregator"
SETS = {"": CASES, "holdout/": ROOT / "fixtures" / "holdout",  # floor-key prefix -> folder
        "holdout2/": ROOT / "fixtures" / "holdout2", "holdout3/": ROOT / "fixtures" / "holdout3",
        "holdout4/": ROOT / "fixtures" / "holdout4", "holdout5/": ROOT / "fixtures" / "holdout5",
        "holdout6/": ROOT / "fixtures" / "holdout6", "holdout7/": ROOT / "fixtures" / "holdout7",
        "holdout8/": ROOT / "fixtures" / "holdout8", "holdout9/": ROOT / "fixtures" / "holdout9",
        "holdout10/": ROOT / "fixtures" / "holdout10", "holdout11/": ROOT / "fixtures" / "holdout11",
        "holdout12/": ROOT / "fixtures" / "holdout12", "holdout13/": ROOT / "fixtures" / "holdout13",
        "holdout14/": ROOT / "fixtures" / "holdout14", "holdout15/": ROOT / "fixtures" / "holdout15",
        "holdout16/": ROOT / "fixtures" / "holdout16",
        "holdout17/": ROOT / "fixtures" / "holdout17", "holdout18/": ROOT / "fixtures" / "holdout18",
        "holdout19/": ROOT / "fixtures" / "holdout19", "holdout20/": ROOT / "fixtures" / "holdout20",
        "holdout21/": ROOT / "fixtures" / "holdout21", "holdout22/": ROOT / "fixtures" / "holdout22",
        "holdout23/": ROOT / "fixtures" / "holdout23", "holdout24/": ROOT / "fixtures" / "holdout24",
        "holdout25/": ROOT / "fixtures" / "holdout25", "holdout26/": ROOT / "fixtures" / "holdout26",
        "holdout27/": ROOT / "fixtures" / "holdout27", "holdout28/": ROOT / "fixtures" / "holdout28",
        "holdout29/": ROOT / "fixtures" / "holdout29", "holdout30/": ROOT / "fixtures" / "holdout30",
        "holdout31/": ROOT / "fixtures" / "holdout31", "holdout32/": ROOT / "fixtures" / "holdout32",
        "holdout33/": ROOT / "fixtures" / "holdout33", "holdout34/": ROOT / "fixtures" / "holdout34",
        "holdout35/": ROOT / "fixtures" / "holdout35", "holdout36/": ROOT / "fixtures" / "holdout36",
        "holdout37/": ROOT / "fixtures" / "holdout37", "holdout38/": ROOT / "fixtures" / "holdout38",
        "holdout39/": ROOT / "fixtures" / "holdout39", "holdout40/": ROOT / "fixtures" / "holdout40",
        "holdout41/": ROOT / "fixtures" / "holdout41", "holdout42/": ROOT / "fixtures" / "holdout42",
        "holdout43/": ROOT / "fixtures" / "holdout43",
        "holdout44/": ROOT / "fixtures" / "holdout44",
        "holdout45/": ROOT / "fixtures" / "holdout45", "holdout46/": ROOT / "fixtures" / "holdout46"}
FLOORS = ROOT / "tests" / "data" / "aggregator_floors.json"
MARGIN = 0.02


def leaked(texts: list[str], body: str, truth_body: str) -> float:
    """Share of 4-grams of `texts` found in the output beyond what the true body explains."""
    from tests.benchmarks.metric import shingles

    extra = shingles(tokens(body)) - shingles(tokens(truth_body))
    need = sum((shingles(tokens(t)) for t in texts), start=shingles([]))
    total = sum(need.values())
    return sum((need & extra).values()) / total if total else 0.0


def measure(case: str, form: str) -> dict[str, float]:
    """Body F1 and leakage of one case ("case-001" or "holdout/case-001") in one form."""
    prefix, name = case.rpartition("/")[0] + "/" if "/" in case else "", case.rpartition("/")[2]
    folder = SETS[prefix]
    truth = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    doc = extract((folder / f"{name}.{form}").read_bytes())
    p, r = precision_recall(doc.text, truth["body"])
    return {
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "related": leaked([x["summary"] for x in truth["related"]], doc.text, truth["body"]),
        "comments": leaked([x["text"] for x in truth["comments"]], doc.text, truth["body"]),
        "title": float(same(doc.title, truth["title"])),
        "publisher": float(same(doc.publisher, truth["source"])),
        "related_titles": title_f1([t.title for t in doc.related], [x["title"] for x in truth["related"]]),
    }


def same(got: str | None, want: str | None) -> bool:
    """Equal once case and spacing are ignored (both empty counts as equal)."""
    return " ".join((got or "").split()).casefold() == " ".join((want or "").split()).casefold()


def title_f1(got: list[str], want: list[str]) -> float:
    """F1 of the teaser titles found against the true ones (1.0 when there are none and none were found)."""
    norm = {" ".join(t.split()).casefold() for t in got}
    true = {" ".join(t.split()).casefold() for t in want}
    if not norm and not true:
        return 1.0
    hit = len(norm & true)
    return 2 * hit / (len(norm) + len(true))


def case_names() -> list[str]:
    """All fixture cases of every set."""
    return sorted(prefix + p.stem for prefix, folder in SETS.items() for p in folder.glob("case-*.json"))


@pytest.mark.parametrize("form", ["html", "txt"])
@pytest.mark.parametrize("case", case_names())
def test_case_does_not_regress(case: str, form: str) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[f"{case}.{form}"]
    got = measure(case, form)
    assert got["f1"] >= floors["f1"] - MARGIN, got
    assert got["related"] <= floors["related"] + MARGIN, got
    assert got["comments"] <= floors["comments"] + MARGIN, got
    for key in ("title", "publisher", "related_titles"):  # the head fields and the teaser list, as score.py agg reads them
        assert got[key] >= floors.get(key, 0.0) - MARGIN, (key, got)


def test_most_cases_are_right() -> None:
    """Beyond no-regression: the recorded state itself must be good on most cases, in both forms."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    good = [k for k, v in floors.items() if v["f1"] >= 0.9]
    assert len(good) >= 0.65 * len(floors), sorted(set(floors) - set(good))


def update() -> None:
    """Record today's figures as the floors."""
    table = {f"{c}.{f}": {k: round(v, 4) for k, v in measure(c, f).items()} for c in case_names()
             for f in ("html", "txt")}
    FLOORS.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for key, value in table.items():
        print(key, value)


if __name__ == "__main__" and "--update" in sys.argv:
    update()
