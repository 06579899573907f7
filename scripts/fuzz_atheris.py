"""Coverage-guided fuzzing of extractor.extract() with atheris: any exception but InputError is a finding.

    pip install atheris
    python scripts/fuzz_atheris.py -max_total_time=60            # a one-minute run
    python scripts/fuzz_atheris.py fuzz-corpus/ -max_len=65536   # keep a corpus between runs

A crash prints the traceback and writes the input to ./crash-<sha1>; replay it with
`python scripts/fuzz_atheris.py crash-<sha1>`.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["extractor"]):
    from extractor import extract
    from extractor.errors import InputError
    from extractor.render import to_record
    from extractor.render.json import dumps_line


def test_one_input(data: bytes) -> None:
    """Extract from the bytes as a page and as text; the JSON record must encode as UTF-8."""
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    raw = provider.ConsumeBytes(len(data))
    page: bytes | str = raw.decode("utf-8", "surrogateescape") if as_text else raw
    try:
        doc = extract(page)
    except InputError:
        return
    dumps_line(to_record(doc, "fuzz.html")).encode("utf-8")


def main() -> None:
    """Hand the arguments to libFuzzer and run."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
