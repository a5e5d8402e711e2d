"""How Swedish-looking a string of letters is: a letter-trigram model of the lexicon's forms.

An unlisted capitalised word is usually a name nobody listed, so the engine leaves it alone unless
a listed word explains it far better. But OCR damage leaves letter sequences no Swedish word or
name has ("Wcsterlund", "Ljuuggren", "Riugsjöholm"): the rarer its letter sequences, the less
likely the string is a name as written. The model is derived from dictionaries/lexicon.tsv.gz by
scripts/build_lexicon.py (``dictionaries/letters.tsv.gz``); it says nothing about lost diacritics,
which leave ordinary sequences ("Stromback"): those are the channel's business.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from minutes_desk.config import dictionaries_dir
from minutes_desk.proof import lexicon_format as lf

LETTERS_FILE = "letters.tsv.gz"
SMOOTHING = 0.1
"""Pseudo-count of every letter after a pair (add-k smoothing)."""
ALPHABET_SIZE = 32
WEIGHT = 0.5
"""Share of the model's log-odds believed: letter trigrams over-state how sure they are."""
MAX_ODDITY = 3.0
"""Zipf points at most taken off a name hypothesis."""
_FORM = re.compile(r"[a-zåäöéü]+")


def _padded(word: str) -> str:
    return "^^" + word + "$"


def count_trigrams(forms: Iterable[str]) -> Counter[str]:
    """Letter trigrams (with word-boundary marks) of the lexicon's plain lower-case forms."""
    counts: Counter[str] = Counter()
    for form in forms:
        if _FORM.fullmatch(form):
            s = _padded(form)
            counts.update(s[i - 2 : i + 1] for i in range(2, len(s)))
    return counts


class LetterModel:
    def __init__(self, trigrams: dict[str, int], typical: float) -> None:
        self.trigrams = trigrams
        self.pairs: Counter[str] = Counter()
        for gram, n in trigrams.items():
            self.pairs[gram[:2]] += n
        self.typical = typical
        """Median mean log10 probability per letter of the lexicon's names."""

    def logprob(self, word: str) -> float:
        """log10 P(letters) as a chain of P(letter | two before), end mark included."""
        s = _padded(word.lower())
        total = 0.0
        for i in range(2, len(s)):
            total += math.log10((self.trigrams.get(s[i - 2 : i + 1], 0) + SMOOTHING)
                                / (self.pairs.get(s[i - 2 : i], 0) + SMOOTHING * ALPHABET_SIZE))
        return total

    def mean_logprob(self, word: str) -> float:
        """Mean log10 P(letter | two before) over the word and its end mark."""
        return self.logprob(word) / (len(word) + 1)

    def oddity(self, word: str) -> float:
        """Zipf points a name hypothesis loses for letter sequences rarer than a typical name's
        (0 for an ordinary-looking string)."""
        deficit = min(0.0, self.mean_logprob(word) - self.typical) * (len(word) + 1)
        return min(MAX_ODDITY, -WEIGHT * deficit)

    def to_lines(self) -> list[str]:
        return [f"# typical\t{self.typical:.4f}\n", *(f"{g}\t{n}\n" for g, n in sorted(self.trigrams.items()))]


def build(forms: Iterable[str], names: Iterable[str]) -> LetterModel:
    """The model of ``forms``, with the median score of ``names`` as what a name typically scores."""
    model = LetterModel(dict(count_trigrams(forms)), 0.0)
    scores = sorted(model.mean_logprob(n) for n in names if _FORM.fullmatch(n))
    model.typical = scores[len(scores) // 2] if scores else -1.0
    return model


def write(model: LetterModel, path: Path) -> None:
    """Same model, same bytes."""
    lf.write_table(model.to_lines(), path)


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> LetterModel:
    """The shipped model (read once per process: about 15,000 trigrams)."""
    path = path or dictionaries_dir() / LETTERS_FILE
    typical = -1.0
    trigrams: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            key, value = line.rstrip("\n").split("\t")
            if key == "# typical":
                typical = float(value)
            else:
                trigrams[key] = int(value)
    return LetterModel(trigrams, typical)


__all__ = ["LETTERS_FILE", "LetterModel", "build", "count_trigrams", "load", "write"]
