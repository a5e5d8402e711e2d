"""Importing 1,000 minutes documents into a fresh database (goal: <= 30 s on a 2-core machine).

The documents are variants of the seeds, each with its own header and its own simulated OCR damage
(tests/support/ocr_noise.py), a share in UTF-16 and Windows-1252, so no import is skipped as a
duplicate and the parser's caches see new words as they would in real use. The time covers
reading, decoding, parsing and storing, as ``minutes-desk import`` does.

Usage: ``bench_import.py [WORKERS]`` (default: as the import command chooses). On a shared machine,
compare the CPU time too: the wall time depends on what else runs.
"""

from __future__ import annotations

import codecs
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from minutes_desk.parser import parse
from minutes_desk.store import Store
from minutes_desk.store.parsing import default_workers
from minutes_desk.textio import read_text_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.support.ocr_noise import damage  # noqa: E402  (the repository root, for the simulator)

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
COUNT = 1000
GOAL_SECONDS = 30.0


def write_variants(directory: Path, count: int) -> list[Path]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("[0-9]*.txt"))]
    paths = []
    for n in range(count):
        text = seeds[n % len(seeds)]
        header = f"Protokoll nr {n + 1}/{2000 + n % 25}\nSammanträdesdatum {2000 + n % 25}-{n % 12 + 1:02}-{n % 28 + 1:02}\n"
        # Each document damaged its own way, as scans are: the parser's caches get no free ride.
        text = header + damage(text, rate=0.3, seed=n)
        if n % 10 == 7:
            data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        elif n % 10 == 3:
            data = text.replace("\n", "\r\n").encode("cp1252", errors="replace")
        else:
            data = text.encode("utf-8")
        path = directory / f"{n:04}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


LOAD_BEFORE = os.getloadavg()[0]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_variants(Path(tmp), COUNT)
        db = Path(tmp) / "bench.sqlite"
        workers = int(sys.argv[1]) if len(sys.argv) > 1 else default_workers(COUNT)
        t0, cpu0 = time.perf_counter(), _cpu_seconds()
        with Store.open(db) as store:
            outcomes = store.import_files(paths, workers=workers)
        elapsed, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu0
        created = sum(getattr(o, "created", False) for o in outcomes)

        with Store.open(db) as store:
            t0 = time.perf_counter()
            listed = store.list_meetings()
            list_time = time.perf_counter() - t0
            t0 = time.perf_counter()
            found = store.list_meetings("södertörn")
            search_time = time.perf_counter() - t0
            t0 = time.perf_counter()
            for summary in listed[:100]:
                store.load(summary.id)
            load_each = (time.perf_counter() - t0) / 100
            t0 = time.perf_counter()
            again = store.import_files(paths)
            reimport = time.perf_counter() - t0
        texts = [read_text_file(p).text for p in paths[:100]]
        t0 = time.perf_counter()
        for text in texts:
            parse(text)
        parse_each = (time.perf_counter() - t0) / len(texts)
        size_mb = db.stat().st_size / 1e6

    print(f"import of {COUNT} documents into a fresh database: {elapsed:.2f} s "
          f"({elapsed / COUNT * 1000:.1f} ms each; goal <= {GOAL_SECONDS:.0f} s) -> "
          f"{'OK' if elapsed <= GOAL_SECONDS and created == COUNT else 'FAILED'}")
    print(f"  {workers} parsing process(es); CPU time {cpu:.2f} s (this process and its workers); "
          f"load average before: {LOAD_BEFORE:.1f} on {os.cpu_count()} cores")
    print(f"  parsing alone, in this process afterwards: {parse_each * 1000:.1f} ms per document")
    print(f"  created {created}, duplicates {COUNT - created}; re-importing all {len(again)}: {reimport:.2f} s")
    print(f"  list_meetings over {len(listed)}: {list_time * 1000:.1f} ms; "
          f"search 'södertörn' ({len(found)} hits): {search_time * 1000:.1f} ms; load: {load_each * 1000:.2f} ms each")
    print(f"  database size: {size_mb:.1f} MB")
    return 0 if elapsed <= GOAL_SECONDS and created == COUNT else 1


if __name__ == "__main__":
    sys.exit(main())
