"""Build dictionaries/wordpairs.tsv.gz from the genre corpus dictionaries/corpus/*.txt (`make wordpairs`).

Counts every pair of neighbouring units (lower-case words, numbers, commas, sentence edges) and every
unit (minutes_desk/proof/wordpairs.py). The output is deterministic: same corpus, same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes_desk.proof import wordpairs  # noqa: E402

CORPUS = ROOT / "dictionaries" / "corpus"


def main() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    pairs, singles = wordpairs.count(texts)
    model = wordpairs.WordPairs.counted(pairs, singles)
    out = ROOT / "dictionaries" / wordpairs.PAIRS_FILE
    wordpairs.write(model, out)
    print(f"{len(texts)} texts, {model.total} units, {len(pairs)} pairs -> {out} ({out.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()
