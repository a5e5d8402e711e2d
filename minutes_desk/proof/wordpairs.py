"""Which words stand beside which in minutes: word-pair counts of the genre, for real-word errors.

An OCR misreading can make one real word of another ("son" for som, "ett" for att, "ske" for ska,
"dem" for den): no dictionary flags them, and the channel alone cannot tell "ska ske" from
"verksamheten ske följas upp". The words beside them can. The counts come from a genre corpus
written for this project (dictionaries/corpus/, see its README), counted by
scripts/build_wordpairs.py into ``dictionaries/wordpairs.tsv.gz``; nothing here is taken from the
documents the engine is measured on.

The score is the classic noisy-channel one for real words: a reading's odds over the word as
written gain log10 P(reading | word before) P(word after | reading) minus the same for the word
as written, less what the frequencies alone already say (the engine's prior has those).
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

PAIRS_FILE = "wordpairs.tsv.gz"
BOUNDARY = "<s>"
"""A sentence's edge: a full stop, question or exclamation mark, colon, semicolon or blank line."""
NUMBER = "<n>"
COMMA = ","
DISCOUNT = 0.75
"""What each pair count gives up to the pairs never seen (interpolated absolute discounting, as
in Kneser and Ney's models): with a Dirichlet prior instead, one sighting of a rare word beside a
common one outweighed a hundred of its rival's ("en sen som" over "en son som")."""
MAX_LIFT = 4.0
"""log10 odds a pair may give at most, either way."""

ACRONYM_UNIT = 5
"""A word in capitals up to this long is a unit of its own, as written (an acronym: SON, BUN, KS);
a longer one is a heading's word, counted as the word."""
WINDOW = 60
"""Characters looked at on each side of a word for its neighbours."""
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,:/–-]\d+)*|\n[ \t]*\n|[.!?:;,]")
_ENDS = frozenset(".!?:;")


def _unit(piece: str) -> str | None:
    """The pair model's unit for a piece of text (None for nothing it counts)."""
    if piece[0].isdigit():
        return NUMBER
    if piece[0] in _ENDS or piece[0] == "\n":
        return BOUNDARY
    if piece == COMMA:
        return COMMA
    if piece.isupper() and len(piece) <= ACRONYM_UNIT and len(piece) > 1:
        return piece  # "Dnr SON 2026/81": an acronym, not the word "son"
    return piece.lower()


def _abbreviation_dot(pieces: list[str], k: int) -> bool:
    """Is the full stop ``pieces[k]`` an abbreviation's, not a sentence's end? A sentence opens
    with a capital: a dot before a small letter closes "ev.", "bl.a.", "t.ex." ("ev. ändringar")."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
    return pieces[k] == "." and nxt[:1].islower()


def units(text: str) -> list[str]:
    """``text`` as the model's units: lower-case words, numbers, commas and sentence edges."""
    out = [BOUNDARY]
    pieces = _TOKEN.findall(text)
    for k, piece in enumerate(pieces):
        if _abbreviation_dot(pieces, k):
            continue
        unit = _unit(piece)
        if unit is not None and not (unit == BOUNDARY and out[-1] == BOUNDARY):
            out.append(unit)
    if out[-1] != BOUNDARY:
        out.append(BOUNDARY)
    return out


def count(texts: Iterable[str]) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """Pair and single counts of ``texts``."""
    pairs: Counter[tuple[str, str]] = Counter()
    singles: Counter[str] = Counter()
    for text in texts:
        seq = units(text)
        singles.update(seq)
        pairs.update(zip(seq, seq[1:]))
    return pairs, singles


class WordPairs:
    """Counts of units and of neighbouring pairs. Pairs are kept under "a<TAB>b" keys with their counts
    as read (text until looked up): 150,000 tuples and ints would cost the engine's start a tenth of
    a second."""

    def __init__(self, pairs: dict[str, int | str], singles: dict[str, int],
                 kinds: tuple[dict[str, int], dict[str, int]] | None = None) -> None:
        """``kinds``: the followers and predecessors (below), when the file already counted them."""
        self._pairs = pairs
        self.singles = singles
        self.total = sum(singles.values()) or 1
        if kinds is None:
            ends = [key.split("\t") for key in pairs]
            kinds = (Counter(a for a, _ in ends), Counter(b for _, b in ends))
        self.followers: Counter[str] = Counter(kinds[0])
        """How many different units were seen after each unit (before each: ``predecessors``)."""
        self.predecessors: Counter[str] = Counter(kinds[1])

    @classmethod
    def counted(cls, pairs: Counter[tuple[str, str]], singles: Counter[str]) -> WordPairs:
        return cls({f"{a}\t{b}": n for (a, b), n in pairs.items()}, dict(singles))

    def pair(self, a: str, b: str) -> int:
        """How often ``b`` was seen right after ``a``."""
        return int(self._pairs.get(f"{a}\t{b}", 0))

    def _general(self, word: str) -> float:
        return (self.singles.get(word, 0) + 0.5) / (self.total + 0.5 * len(self.singles))

    def _gain(self, pair: tuple[str, str], word: str, other: str, kinds: Counter[str]) -> float:
        """log10 of P(word beside ``other``) / P(word): how much ``other`` calls for ``word``, by
        absolute discounting (each count less DISCOUNT, the mass freed spread by word's general
        frequency in proportion to the different words seen beside ``other``, ``kinds``): a pair
        seen once says little more than one never seen; 0 where ``other`` was never seen."""
        n = self.singles.get(other, 0)
        if not n:
            return 0.0
        general = self._general(word)
        p = max(self.pair(*pair) - DISCOUNT, 0.0) / n + DISCOUNT * max(kinds[other], 1) / n * general
        return math.log10(p / general)

    def lift(self, before: str, reading: str, written: str, after: str) -> float:
        """log10 odds the neighbours give ``reading`` over ``written``, beyond their frequencies.
        Both sides ask which word the neighbour calls for (P(word | before), P(word | after)), so a
        neighbour seen with neither word says nothing, however common one word is."""
        value = (
            self._gain((before, reading), reading, before, self.followers)
            - self._gain((before, written), written, before, self.followers)
            + self._gain((reading, after), reading, after, self.predecessors)
            - self._gain((written, after), written, after, self.predecessors)
        )
        return max(-MAX_LIFT, min(MAX_LIFT, value))

    def to_lines(self) -> list[str]:
        """One line a unit (its count, followers and predecessors), then one a pair."""
        lines = [f"{w}\t\t{n}\t{self.followers[w]}\t{self.predecessors[w]}\n" for w, n in sorted(self.singles.items())]
        lines.extend(f"{key}\t{n}\n" for key, n in sorted(self._pairs.items()))
        return lines


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The units before and after the token at ``start``..``end`` of ``text``."""
    before = _TOKEN.findall(text[max(0, start - WINDOW) : start])
    after = _TOKEN.findall(text[end : end + WINDOW])
    if before and _abbreviation_dot([*before, text[start:end]], len(before) - 1):
        before.pop()  # "ev. ändringar": the word before is "ev"
    if after and _abbreviation_dot(after, 0):
        after.pop(0)
    first = _unit(before[-1]) if before else BOUNDARY
    last = _unit(after[0]) if after else BOUNDARY
    return first or BOUNDARY, last or BOUNDARY


def write(model: WordPairs, path: Path) -> None:
    """Same counts, same bytes."""
    lf.write_table(model.to_lines(), path)


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> WordPairs:
    """The shipped counts (read once per process)."""
    path = path or dictionaries_dir() / PAIRS_FILE
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    # the units' lines come first (an empty second field), each with its count, followers and
    # predecessors as counted when the file was written; then the pairs, kept as read
    first_pair = next((i for i, line in enumerate(lines) if "\t\t" not in line), len(lines))
    units = [line.split("\t") for line in lines[:first_pair]]
    singles = {w: int(n) for w, _, n, _, _ in units}
    kinds = ({w: int(f) for w, _, _, f, _ in units}, {w: int(p) for w, _, _, _, p in units})
    pairs: dict[str, int | str] = dict(line.rsplit("\t", 1) for line in lines[first_pair:] if line)  # type: ignore[misc]
    return WordPairs(pairs, singles, kinds)


__all__ = ["BOUNDARY", "NUMBER", "PAIRS_FILE", "WordPairs", "count", "load", "neighbours", "units", "write"]
