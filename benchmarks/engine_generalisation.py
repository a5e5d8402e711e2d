"""The engine's figures on documents and damage it was not tuned on (issue #3: generalisation).

Two splits, fixed here once and never moved:

- tuning: the clean seeds 000/002/003/004 and the parser's test documents (tests/parser/documents),
  damaged by tests/support/ocr_noise.py with noise seeds 1-3. Misses may be looked at
  (``--misses``) and the engine improved on them, by rules of the genre and the OCR process.
- held-out: the parser's blind holdout documents (tests/parser/holdout) and the clean paragraphs
  written for the engine's measurements (tests/proof/texts), with noise seeds 31-33; plus the
  tuning documents under the same held-out noise seeds. Only the totals are printed: nobody looks
  at held-out misses, so nothing can be fitted to them.

Per split and damage (mixed at rates 0.1/0.2/0.3, no-diacritics, "shapes" since session 3: a
photo or worn print read by an OCR of other languages, letters of like outline swapped, specks; "margins" and
"text-layer" since session 8: words cut at a curled page's margins, a PDF font without a character map;
"one-letter" since session 9: a cloud OCR's one wrong letter, any letter, in a damaged word): detection precision, recall and
F1, best suggestion right, correct words changed; and the flags per 1000 words on the clean texts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes_desk.proof import evaluation  # noqa: E402
from minutes_desk.proof.engine import Engine  # noqa: E402
from minutes_desk.proof.names import document_names  # noqa: E402
from tests.conftest import seed_path  # noqa: E402
from tests.support.ocr_noise import damage  # noqa: E402

TUNING_NOISE = (1, 2, 3)
HELD_OUT_NOISE = (31, 32, 33)
DAMAGE = (("mixed", 0.1), ("mixed", 0.2), ("mixed", 0.3), ("no-diacritics", 0.3), ("shapes", 0.2), ("margins", 0.3),
          ("text-layer", 1.0), ("one-letter", 0.1))


def tuning_documents() -> dict[str, str]:
    docs = {f"seed {s}": seed_path(s).read_text(encoding="utf-8") for s in ("000", "002", "003", "004")}
    for path in sorted((ROOT / "tests" / "parser" / "documents").glob("*.txt")):
        docs[path.stem] = path.read_text(encoding="utf-8")
    return docs


def held_out_documents() -> dict[str, str]:
    docs = {}
    for folder in (ROOT / "tests" / "parser" / "holdout", ROOT / "tests" / "proof" / "texts"):
        for path in sorted(folder.glob("*.txt")):
            docs[path.stem] = path.read_text(encoding="utf-8")
    return docs


def measure(engine: Engine, docs: dict[str, str], noise: tuple[int, ...], kind: str, rate: float,
            misses: Counter | None = None) -> evaluation.Scores:
    parts = []
    for clean in docs.values():
        for seed in noise:
            ocr = damage(clean, rate, seed, kind)
            names = document_names(ocr)
            s = evaluation.score(ocr, clean, engine.check(ocr, engine.profile(ocr, names), names))
            parts.append(s)
            if misses is not None:
                misses.update(f"missed      {o} -> {g}" for o, g in s.missed)
                misses.update(f"wrong       {o} -> {f} (is {g})" for o, g, f in s.wrong_suggestions)
                misses.update(f"false alarm {o} -> {f}" for o, f in s.false_alarms)
    return evaluation.total(parts)


def clean_flags(engine: Engine, docs: dict[str, str], show: bool) -> tuple[int, int]:
    words = flags = 0
    for label, text in docs.items():
        names = document_names(text)
        found = engine.check(text, engine.profile(text, names), names)
        flags += len(found)
        words += len(text.split())
        if show:
            for f in found:
                print(f"  clean flag in {label}: {f.word} -> {f.best}")
    return flags, words


def line(label: str, s: evaluation.Scores) -> str:
    return (f"  {label:<24} errors {s.errors:5d}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"best {s.suggestion_accuracy:.3f}  changed {s.changed_share * 100:.2f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning split's misses (never the held-out's)")
    args = parser.parse_args()
    engine = Engine.load()
    tuning, held_out = tuning_documents(), held_out_documents()

    print("clean text (flags per 1000 words; goal ~0):")
    for label, docs, show in (("tuning documents", tuning, args.misses), ("held-out documents", held_out, False)):
        flags, words = clean_flags(engine, docs, show)
        print(f"  {label:<24} {flags} flags in {words} words = {1000 * flags / words:.2f} per 1000")

    misses: Counter[str] = Counter()
    for title, docs, noise, collect in (
        (f"tuning split: tuning documents x noise seeds {TUNING_NOISE}", tuning, TUNING_NOISE, True),
        (f"held-out split: held-out documents x noise seeds {HELD_OUT_NOISE}", held_out, HELD_OUT_NOISE, False),
        (f"held-out damage: tuning documents x noise seeds {HELD_OUT_NOISE}", tuning, HELD_OUT_NOISE, False),
    ):
        print(title)
        for kind, rate in DAMAGE:
            label = kind if kind == "no-diacritics" else f"{kind} {rate}"
            print(line(label, measure(engine, docs, noise, kind, rate, misses if collect and args.misses else None)))
    if args.misses:
        print("\ntuning split, most frequent misses:")
        for text, n in misses.most_common(120):
            print(f"  {n:3d}  {text}")


if __name__ == "__main__":
    main()
