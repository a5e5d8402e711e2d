"""Merging a shared dictionary folder: 10 users × 10,000 entries each (goal: <= 1 s).

Measures a cold open (every file read, checked and merged from scratch, as on a new machine or
after a restart) and a warm sync with nothing new (what every refresh in the app costs), plus
the cost of one user's change reaching another. Prints the figures.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minutes_desk.shareddict import CorrectionsDictionary  # noqa: E402
from minutes_desk.shareddict.files import append_lines, encode_all  # noqa: E402
from minutes_desk.shareddict.lineformat import OP_ACCEPT, OP_CORRECT, OP_REMOVE_WORD, Record, header_line  # noqa: E402

USERS = 10
PER_USER = 10_000
GOAL_S = 1.0


def _user_file(folder: Path, user: int, rng: random.Random) -> None:
    """Overlapping keys (a shared vocabulary of 30,000), a mix of words, corrections and removals."""
    records = []
    for i in range(PER_USER):
        word = f"ord{rng.randrange(30_000)}ä"
        stamp = f"2026-0{1 + i % 9}-{10 + user}T{i % 24:02d}:{i % 60:02d}:{rng.randrange(60):02d}.{i:06d}Z"
        kind = rng.random()
        if kind < 0.6:
            records.append(Record(stamp, f"användare{user}", OP_ACCEPT, word, "", "anteckning" if i % 7 == 0 else ""))
        elif kind < 0.95:
            records.append(Record(stamp, f"användare{user}", OP_CORRECT, word + "x", word))
        else:
            records.append(Record(stamp, f"användare{user}", OP_REMOVE_WORD, word))
    append_lines(folder / f"anvandare{user}.{user:012x}.mdict", encode_all(records), header_line(f"användare{user}", f"{user:012x}"))


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "share"
        folder.mkdir()
        for user in range(USERS):
            _user_file(folder, user, rng)
        size = sum(p.stat().st_size for p in folder.iterdir())

        start, cpu = time.perf_counter(), time.process_time()
        reader = CorrectionsDictionary.open(folder, "läsare", root / "reader")
        cold, cold_cpu = time.perf_counter() - start, time.process_time() - cpu
        live = len(reader)

        start = time.perf_counter()
        reader.sync()
        warm = time.perf_counter() - start

        start = time.perf_counter()
        CorrectionsDictionary.open(folder, "läsare", root / "reader")
        reopen = time.perf_counter() - start

        writer = CorrectionsDictionary.open(folder, "skrivare", root / "writer")
        start = time.perf_counter()
        writer.add_correction("Sodertilje", "Södertälje")
        write = time.perf_counter() - start
        start = time.perf_counter()
        reader.sync()
        seen = time.perf_counter() - start
        assert reader.correction("Sodertilje") == "Södertälje"

        start = time.perf_counter()
        for i in range(100_000):
            reader.verdict(f"ord{i}ä")
        verdicts = (time.perf_counter() - start) / 100_000

    print(f"folder: {USERS} users x {PER_USER:,} entries = {USERS * PER_USER:,} lines, {size / 1e6:.1f} MB; {live:,} live entries after merge")
    print(f"cold open (copy folder to local mirror + parse + merge): {cold:.3f} s, CPU {cold_cpu:.3f} s"
          f"  (goal <= {GOAL_S:.1f} s: {'OK' if cold <= GOAL_S else 'MISSED'})")
    print(f"re-open from the local mirror (parse + merge):           {reopen:.3f} s")
    print(f"sync with nothing new:                                   {warm * 1000:.1f} ms")
    print(f"one change written (outbox + folder, fsync):             {write * 1000:.1f} ms")
    print(f"that change seen by another user's sync:                 {seen * 1000:.1f} ms")
    print(f"verdict() per word:                                      {verdicts * 1e6:.2f} µs")
    print(f"machine load average (1 min) while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
