"""Field-level agreement of the parser with hand-made expected records; prints the figures.

Documents: the five seeds (../shared/seeds), the same seeds OCR-damaged by tests/support/ocr_noise.py
(several rates and random seeds, both damage profiles), and two protocols of other layouts written
for the tests (tests/parser/documents). The definition of "field" is in tests/parser/agreement.py.
Also prints the parse time per document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.parser.agreement import expected_record, field_agreement, parsed_record  # noqa: E402
from tests.support.ocr_noise import damage  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
OWN = ROOT / "tests" / "parser" / "documents"


def seed_text(name: str) -> str:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    return path.read_text(encoding="utf-8")


def score(pairs: list[tuple[str, str, str]], verbose: bool) -> float:
    hits = total = 0
    for label, text, expected in pairs:
        h, t, misses = field_agreement(expected_record(expected), parsed_record(text))
        hits += h
        total += t
        print(f"  {label:<34} {h:4d}/{t:<4d} = {h / t:.3f}")
        if verbose:
            for miss in misses:
                print(f"      - {miss[:150]}")
    print(f"  {'TOTAL':<34} {hits:4d}/{total:<4d} = {hits / total:.3f}")
    return hits / total


def main() -> None:
    verbose = "-v" in sys.argv
    names = ["000", "001", "002", "003", "004"]
    print("Clean seeds:")
    score([(n, seed_text(n), n) for n in names], verbose)
    print("OCR-damaged seeds (mixed profile, rate 0.3/0.5, 3 random seeds each; no-diacritics profile):")
    damaged = []
    for n in names:
        for rate in (0.3, 0.5):
            for s in (1, 2, 3):
                damaged.append((f"{n} rate={rate} seed={s}", damage(seed_text(n), rate, s), n))
        damaged.append((f"{n} no-diacritics", damage(seed_text(n), 1.0, 7, profile="no-diacritics"), n))
    score(damaged, verbose)
    print("Other layouts (§-protocol with [X] ticks; samverkansgrupp with dashes):")
    others = [(p.stem, p.read_text(encoding="utf-8"), p.stem) for p in sorted(OWN.glob("*.txt"))]
    score(others, verbose)
    print("Other layouts, OCR-damaged (rate 0.4):")
    score([(f"{p} damaged", damage(t, 0.4, 5), e) for p, t, e in others], verbose)
    texts = [seed_text(n) for n in names] * 40
    started = time.perf_counter()
    for text in texts:
        parsed_record(text)
    elapsed = time.perf_counter() - started
    print(f"Parse time: {1000 * elapsed / len(texts):.2f} ms per seed document ({len(texts)} parses)")


if __name__ == "__main__":
    main()
