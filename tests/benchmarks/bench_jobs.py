"""Batch speed and memory: `-j 1` vs `-j 2` over 500+ real pages, and peak RSS over a 10,000-file run.

    python tests/benchmarks/bench_jobs.py [--pages 500] [--files 10000]

Pages are the scrapinghub benchmark's HTML (decompressed into a temp folder, repeated as needed). Each run is
the installed `boilerstrip` writing JSON Lines to /dev/null. Peak RSS is ru_maxrss of the waited-for
children (the largest single process: the parent or one worker), read with resource.getrusage after each run
in a fresh Python process, so earlier runs do not count.
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PAGES = Path("/work/shared/benchmarks/scrapinghub/html")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "aggregator"

MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def make_pages(folder: Path, count: int) -> int:
    """`count` decompressed benchmark pages (repeated as needed); returns their total size in bytes."""
    sources = sorted(PAGES.glob("*.html.gz"))
    if not sources:
        sys.exit(f"no pages under {PAGES}")
    folder.mkdir(parents=True)
    total = 0
    for i in range(count):
        data = gzip.decompress(sources[i % len(sources)].read_bytes())
        (folder / f"{i:05d}.html").write_bytes(data)
        total += len(data)
    return total


def make_files(folder: Path, count: int) -> None:
    """`count` small inputs copied from the fixtures (text dumps and HTML), 500 to a folder."""
    sources = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html"))
    for i in range(count):
        dest = folder / f"d{i // 500:03d}" / f"{i:05d}{sources[i % len(sources)].suffix}"
        if i % 500 == 0:
            dest.parent.mkdir(parents=True)
        shutil.copyfile(sources[i % len(sources)], dest)


def measure(args: list[str]) -> tuple[int, float, int, float]:
    """(exit code, wall seconds, peak RSS in KiB of the largest process, CPU seconds) of one run."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=True)
    code, seconds, rss, cpu = out.stdout.split()
    return int(code), float(seconds), int(rss), float(cpu)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--files", type=int, default=10_000, help="0: skip the memory run")
    parser.add_argument("--repeat", type=int, default=2, help="runs per -j setting (the best one counts)")
    opts = parser.parse_args()
    exe = shutil.which("boilerstrip") or sys.exit("boilerstrip is not installed")
    print(f"CPUs: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="bench-jobs-") as tmp:
        size = make_pages(Path(tmp) / "pages", opts.pages)
        print(f"{opts.pages} pages, {size / 1e6:.1f} MB of HTML")
        runs: dict[int, list] = {1: [], 2: []}
        for _ in range(opts.repeat):  # alternate, so a change in machine load hits both settings
            for jobs in (1, 2):
                load = os.getloadavg()[0]
                runs[jobs].append((*measure([exe, "-q", "-f", "jsonl", "-j", str(jobs), str(Path(tmp) / "pages")]),
                                   load))
        for jobs in (1, 2):
            for code, seconds, rss, cpu, load in runs[jobs]:
                print(f"  -j {jobs}: {seconds:.1f} s wall ({opts.pages / seconds:.1f} pages/s), {cpu:.1f} s CPU, "
                      f"exit {code}, peak RSS {rss / 1024:.0f} MiB, load before {load:.2f}")
        best = {jobs: min(r[1] for r in runs[jobs]) for jobs in (1, 2)}
        print(f"  speed-up -j 2 / -j 1 (best runs): {best[1] / best[2]:.2f}x")
        if not opts.files:
            return
        make_files(Path(tmp) / "many", opts.files)
        many = Path(tmp) / "many"
        for files, target in ((min(500, opts.files), many / "d000"), (opts.files, many)):
            code, seconds, rss, _ = measure([exe, "-q", "-j", "2", str(target), "--output-dir",
                                             str(Path(tmp) / f"out{files}")])
            print(f"{files} files, -j 2, --output-dir: {seconds:.1f} s, exit {code}, "
                  f"peak RSS {rss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
