"""Field-level agreement of the parser with hand-made expected records; prints the figures.

Documents: the five seeds (../shared/seeds) with their expected records (tests/parser/expected);
the same seeds OCR-damaged by tests/support/ocr_noise.py at rates 0.3/0.5/0.8 and with the
no-diacritics profile, on development random seeds and on held-out ones; and protocols of other
layouts written for the tests (tests/parser/documents), clean and damaged; and both sets with the
"digits" profile (digits misread inside numbers, dates and times) at rates 0.3 and 0.5. The definition of a
"field" is in tests/parser/agreement.py. Also prints the parse time per document. `-v` lists misses.
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


def damaged_set(names: list[str], seeds: range) -> list[tuple[str, str, str]]:
    pairs = []
    for n in names:
        for rate in (0.3, 0.5, 0.8):
            for s in seeds:
                pairs.append((f"{n} rate={rate} seed={s}", damage(seed_text(n), rate, s), n))
        for s in seeds:
            pairs.append((f"{n} no-diacritics seed={s}", damage(seed_text(n), 1.0, s, profile="no-diacritics"), n))
    return pairs


def main() -> None:
    verbose = "-v" in sys.argv
    names = ["000", "001", "002", "003", "004"]
    print("Clean seeds:")
    score([(n, seed_text(n), n) for n in names], verbose)
    print("OCR-damaged seeds, development damage (random seeds 1-3, looked at while building):")
    score(damaged_set(names, range(1, 4)), verbose)
    print("OCR-damaged seeds, held-out damage (random seeds 200-209, never looked at):")
    quiet_total(damaged_set(names, range(200, 210)))
    print("Other layouts (tests/parser/documents: §-protocols with ticks, page headers, Finland-Swedish; samverkansgrupp):")
    others = [(p.stem, p.read_text(encoding="utf-8"), p.stem) for p in sorted(OWN.glob("*.txt"))]
    score(others, verbose)
    print("Other layouts, OCR-damaged (rate 0.4 and 0.8, 5 random seeds each):")
    quiet_total([(f"{p} {r} {s}", damage(t, r, s), e) for p, t, e in others for r in (0.4, 0.8) for s in range(300, 305)])
    print("Digits profile (digits in numbers/dates/times misread), seeds + other layouts, rates 0.3/0.5:")
    digit_sets(names, others, verbose)
    timing(names)


def digit_sets(names: list[str], others: list[tuple[str, str, str]], verbose: bool) -> None:
    docs = [(n, seed_text(n), n) for n in names] + others
    for rate in (0.3, 0.5):
        print(f"  rate={rate}, development random seeds 1-3:")
        score([(f"{label} seed={s}", damage(text, rate, s, profile="digits"), e)
               for label, text, e in docs for s in range(1, 4)], verbose)
        print(f"  rate={rate}, held-out random seeds 600-609:")
        quiet_total([(f"{label} seed={s}", damage(text, rate, s, profile="digits"), e)
                     for label, text, e in docs for s in range(600, 610)])


def quiet_total(pairs: list[tuple[str, str, str]]) -> None:
    hits = total = 0
    worst = (1.0, "")
    for label, text, expected in pairs:
        h, t, _ = field_agreement(expected_record(expected), parsed_record(text))
        hits, total = hits + h, total + t
        worst = min(worst, (h / t, label))
    print(f"  {len(pairs)} documents: {hits}/{total} = {hits / total:.3f} (worst: {worst[1]} {worst[0]:.3f})")


def timing(names: list[str]) -> None:
    """Parse time: each document new (damaged variants, as an import of many files sees them)."""
    from minutes_desk.parser import parse

    texts = [damage(seed_text(n), 0.5, s) for s in range(400, 440) for n in names]
    started = time.perf_counter()
    for text in texts:
        parse(text)
    elapsed = time.perf_counter() - started
    size = sum(len(t) for t in texts) / len(texts)
    print(f"Parse time: {1000 * elapsed / len(texts):.2f} ms per document ({len(texts)} distinct documents, "
          f"{size / 1000:.1f} k characters on average; the first ones also fill the parser's caches)")
    for label, odd in (("one 200 k-character word", "O" * 200_000), ("270 k characters of digit-like runs", "lO.Ol-ll " * 30_000)):
        started = time.perf_counter()
        parse(odd)
        print(f"Parse time, {label}: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
