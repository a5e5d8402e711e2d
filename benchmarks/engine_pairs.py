"""The engine's figures on every token-aligned pair we have (issue #3), folder by folder.

- dev: seed 001 and its hand correction (../shared/eval), the goal's own set;
- former blind sets (tests/proof/holdout, holdout2, holdout3, holdout4, holdout6, holdout7, holdout9,
  holdout12, holdout15): each README gives figures from before anyone working on the engine had read it; they are
  development sets now;
- real OCR (tests/proof/realocr): the same golds printed and read back by Tesseract;
- sealed (tests/proof/holdout5, holdout8, holdout10, holdout11, holdout13, holdout14, holdout16, holdout17, holdout18,
  holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, realocr_sealed): written blind and never read; printed only with ``--sealed``, and only as figures
  (no misses), for the final measurement of a session.

Per pair: errors, detection precision / recall / F1, best suggestion right, correct words changed;
per folder the totals over its pairs. ``--misses`` lists misses of the non-sealed folders.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes_desk.proof.engine import Engine  # noqa: E402
from minutes_desk.proof.evaluation import Scores, score, total  # noqa: E402
from minutes_desk.proof.names import document_names  # noqa: E402
from tests.conftest import SHARED_DIR, seed_path  # noqa: E402

PROOF = ROOT / "tests" / "proof"
OPEN_FOLDERS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout6", "holdout7", "holdout9", "holdout12", "holdout15", "realocr")
SEALED_FOLDERS = ("holdout5", "holdout8", "holdout10", "holdout11", "holdout13", "holdout14", "holdout16", "holdout17", "holdout18", "holdout19",
                  "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "realocr_sealed")


def pairs(folder: str) -> list[tuple[str, Path, Path]]:
    return [(p.name.removesuffix(".ocr.txt"), p, p.with_name(p.name.removesuffix(".ocr.txt") + ".gold.txt"))
            for p in sorted((PROOF / folder).glob("*.ocr.txt"))]


def measure(engine: Engine, ocr_path: Path, gold_path: Path) -> Scores:
    ocr, gold = ocr_path.read_text(encoding="utf-8"), gold_path.read_text(encoding="utf-8")
    names = document_names(ocr)
    return score(ocr, gold, engine.check(ocr, engine.profile(ocr, names), known_words=names))


def line(name: str, s: Scores) -> str:
    return (f"  {name:42s} errors {s.errors:4d}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"best {s.suggestion_accuracy:.3f}  changed {100 * s.changed_share:.2f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sealed", action="store_true", help="also measure the sealed folders (figures only)")
    parser.add_argument("--misses", action="store_true", help="list misses of the open folders")
    args = parser.parse_args()
    engine = Engine.load()
    groups = [("dev", [("seed001", seed_path("001"), SHARED_DIR / "eval" / "001.corrected.txt")])]
    groups += [(folder, pairs(folder)) for folder in OPEN_FOLDERS]
    if args.sealed:
        groups += [(folder, pairs(folder)) for folder in SEALED_FOLDERS if folder != "realocr_sealed"]
        sealed_ocr = pairs("realocr_sealed")
        for prefix in sorted({name.split("_")[0] for name, _, _ in sealed_ocr}):  # one group per source set
            groups.append((f"realocr_sealed/{prefix}", [p for p in sealed_ocr if p[0].startswith(prefix + "_")]))
    for folder, members in groups:
        print(f"{folder}:")
        results = []
        for name, ocr_path, gold_path in members:
            s = measure(engine, ocr_path, gold_path)
            results.append(s)
            print(line(name, s))
            if args.misses and not folder.startswith(SEALED_FOLDERS):
                for kind, rows in (("missed", s.missed), ("false", s.false_alarms), ("wrong", s.wrong_suggestions)):
                    for row in rows:
                        print(f"      {kind:6s} " + " -> ".join(row))
        if len(results) > 1:
            print(line("TOTAL", total(results)))


if __name__ == "__main__":
    main()
